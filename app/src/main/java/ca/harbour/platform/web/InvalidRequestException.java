package ca.harbour.platform.web;

import java.util.Map;

/**
 * A request the API refuses for a reason the caller can fix; carries message keys (translated
 * when the answer is written) and, where the fault is in a field, which one.
 */
public class InvalidRequestException extends RuntimeException {

    private final String messageKey;
    private final Map<String, String> fieldErrors;

    public InvalidRequestException(String messageKey, Map<String, String> fieldErrors) {
        super(messageKey);
        this.messageKey = messageKey;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public InvalidRequestException(String messageKey) {
        this(messageKey, Map.of());
    }

    public String messageKey() {
        return messageKey;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
