package ca.harbour.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record does not exist, or the viewer may not know it exists (same answer either way). A
 * refusal by scope is made with {@link #refused}: the answer is the same 404, and the audit log
 * records the attempt as denied, with the resource type and the id tried.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String refusedType;
    private final String refusedId;

    public NotFoundException() {
        this(null, null);
    }

    private NotFoundException(String refusedType, String refusedId) {
        super("not found");
        this.refusedType = refusedType;
        this.refusedId = refusedId;
    }

    /** The record exists but the viewer's scope refuses it; {@code resourceType} is a fixed name, never input. */
    public static NotFoundException refused(String resourceType, Object id) {
        return new NotFoundException(resourceType, String.valueOf(id));
    }

    /** The resource type of a refusal by scope; null when the record simply does not exist. */
    public String refusedType() {
        return refusedType;
    }

    /** The id that was tried, for a refusal by scope; null otherwise. */
    public String refusedId() {
        return refusedId;
    }
}
