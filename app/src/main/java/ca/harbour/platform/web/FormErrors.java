package ca.harbour.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns binding and validation failures, and {@link InvalidRequestException}s, into one
 * field → translated message map that form templates show next to each field.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> of(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError e : result.getFieldErrors()) {
            errors.putIfAbsent(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        if (result.hasGlobalErrors()) {
            errors.putIfAbsent("form", text("error.validation"));
        }
        return errors;
    }

    public Map<String, String> of(InvalidRequestException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, key) -> errors.put(field, text(key)));
        if (errors.isEmpty()) {
            errors.put("form", text(e.messageKey()));
        }
        return errors;
    }

    public String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
