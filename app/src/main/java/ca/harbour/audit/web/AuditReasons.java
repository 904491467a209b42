package ca.harbour.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An audit reason in the reader's language. Reasons are stored as fixed English words, sometimes with values in
 * them (an id, a count, a code such as a role): the words, with each value replaced by {@code x}, name a message
 * key {@code auditReason.<words>} that the module writing the reason translates in its own messages, the values
 * given back as arguments, a code by its {@code auditReason.code.<CODE>} message when there is one. "roles: ADVOCATE
 * -> SUPERVISOR" is {@code auditReason.roles.x.x}. Parts joined by
 * "; " are translated one by one, and a list's "(120 shown)" is added after them. A reason with no message is
 * shown as stored, so an older or new wording is never hidden.
 */
@Component
public class AuditReasons {

    /** Ids, counts and codes (upper case, as enums and roles are written): what varies in a fixed reason. */
    private static final Pattern VALUE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+|[A-Z][A-Z0-9_]+(?:,[A-Z][A-Z0-9_]+)*");

    private static final Pattern SHOWN = Pattern.compile("(.*) \\((\\d+) shown\\)");

    private final MessageSource messages;

    AuditReasons(MessageSource messages) {
        this.messages = messages;
    }

    public String show(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        Matcher shown = SHOWN.matcher(reason);
        String words = shown.matches() ? shown.group(1) : reason;
        String separator = messages.getMessage("auditReason.separator", null, "; ", locale);
        String text = List.of(words.split("; ")).stream()
                .map(part -> part(part, locale))
                .collect(Collectors.joining(separator));
        return shown.matches()
                ? text + " " + messages.getMessage("auditReason.shown", new Object[] {shown.group(2)}, locale)
                : text;
    }

    /** A code, or a list of codes, each by its {@code auditReason.code.<CODE>} message when it has one. */
    private String code(String value, Locale locale) {
        if (!Character.isUpperCase(value.charAt(0))) {
            return value;
        }
        return List.of(value.split(",")).stream()
                .map(code -> messages.getMessage("auditReason.code." + code, null, code, locale))
                .collect(Collectors.joining(", "));
    }

    private String part(String text, Locale locale) {
        List<String> values = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        Matcher value = VALUE.matcher(text);
        while (value.find()) {
            values.add(code(value.group(), locale));
            value.appendReplacement(words, "x");
        }
        value.appendTail(words);
        String key = "auditReason."
                + words.toString()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", ".")
                        .replaceAll("^\\.|\\.$", "");
        String translated = messages.getMessage(key, values.toArray(), null, locale);
        return translated != null ? translated : text;
    }
}
