package ca.harbour.audit;

import java.util.Collection;
import java.util.UUID;

/**
 * The one way modules write to the audit log. Calls join the caller's transaction, so a change
 * and its audit row commit or roll back together. The actor is taken from the security context
 * unless given. Implementations are thread-safe.
 */
public interface Audit {

    /** The most ids one row lists; a longer list is cut there and its full size given in the reason. */
    int MAX_LISTED = 200;

    void record(AuditAction action, String resourceType, Object resourceId);

    void record(AuditAction action, String resourceType, Object resourceId, String reason);

    /** For events without a signed-in actor, such as a failed sign-in. */
    void recordFor(
            String actor,
            UUID organizationId,
            AuditAction action,
            String resourceType,
            Object resourceId,
            String reason);

    /**
     * Records which records a list, search or API list showed: their {@code ids} go into the row (at
     * most {@link #MAX_LISTED}), {@code list} names the list in fixed words (e.g. "live queue"; never
     * personal data) and becomes the row's reason. Within one session, the same ids shown again by the
     * same list write no row, so a page that polls unchanged content leaves no trail of repeats; any
     * change writes one. Without a session (or a request) every call writes a row.
     */
    void recordList(AuditAction action, String resourceType, String list, Collection<?> ids);
}
