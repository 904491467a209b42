package ca.harbour.platform.web;

import ca.harbour.platform.domain.Rejection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns binding and validation failures, and a rule's {@link Rejection}, into one field → translated
 * message map that form templates show next to each field (and the error summary lists).
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

    /** Each field at fault with its message; a refusal that names no field is shown for the whole form. */
    public Map<String, String> of(Rejection rejection) {
        Map<String, String> errors = new LinkedHashMap<>();
        rejection.fields().forEach((field, key) -> errors.put(field, text(key)));
        if (errors.isEmpty()) {
            errors.put(
                    "form",
                    messages.getMessage(
                            rejection.messageKey(),
                            rejection.args().toArray(),
                            rejection.messageKey(),
                            LocaleContextHolder.getLocale()));
        }
        return errors;
    }

    public String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
