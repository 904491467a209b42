package ca.harbour.platform.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a rule refused what was asked, in terms the person can fix: a message key (translated when the
 * answer is written) with its arguments, and, where the fault lies in named fields, each field's own
 * message key. Never carries what the person typed, so it is safe in logs and audit reasons.
 *
 * @param messageKey the summary, never null
 * @param args arguments of the summary's message, in order (numbers or codes, never personal data)
 * @param fields field name → message key, in the order the form shows them; empty when no field is at fault
 */
public record Rejection(String messageKey, List<Object> args, Map<String, String> fields) {

    public Rejection {
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A refusal of the whole request, with nothing to point at in a form. */
    public static Rejection of(String messageKey, Object... args) {
        return new Rejection(messageKey, List.of(args), Map.of());
    }

    /** A refusal summed up by {@code messageKey}, with one message key per field at fault. */
    public static Rejection of(String messageKey, Map<String, String> fields) {
        return new Rejection(messageKey, List.of(), fields);
    }

    /** A form that fails on one field: the generic "check the fields" summary and that field's message. */
    public static Rejection field(String field, String messageKey) {
        return of("error.validation", Map.of(field, messageKey));
    }

    /** This refusal as an exception, for a service that must undo its transaction and tell the caller. */
    public Rejected exception() {
        return new Rejected(this);
    }
}
