package ca.harbour.audit;

import java.util.UUID;

/**
 * The one way modules write to the audit log. Calls join the caller's transaction, so a change
 * and its audit row commit or roll back together. The actor is taken from the security context
 * unless given. Implementations are thread-safe.
 */
public interface Audit {

    void record(AuditAction action, String resourceType, Object resourceId);

    void record(AuditAction action, String resourceType, Object resourceId, String reason);

    /** For events without a signed-in actor, such as a failed sign-in. */
    void recordFor(String actor, UUID organizationId, AuditAction action, String resourceType, Object resourceId,
            String reason);
}
