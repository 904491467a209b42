package ca.harbour.audit.internal;

import ca.harbour.audit.Actor;
import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends hash-chained rows. A transaction-scoped advisory lock serialises writers so each row
 * links to the one before it; the lock is released when the caller's transaction ends.
 */
@Service
class AuditJdbcLog implements Audit {

    static final long CHAIN_LOCK = 4_242_001L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditJdbcLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(AuditAction action, String resourceType, Object resourceId) {
        record(action, resourceType, resourceId, null);
    }

    @Override
    public void record(AuditAction action, String resourceType, Object resourceId, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "anonymous" : auth.getName();
        UUID organization = auth != null && auth.getPrincipal() instanceof Actor a ? a.actorOrganizationId() : null;
        if (auth != null && auth.getPrincipal() instanceof Actor a) {
            actor = a.actorName();
        }
        recordFor(actor, organization, action, resourceType, resourceId, reason);
    }

    @Override
    @Transactional
    public void recordFor(String actor, UUID organizationId, AuditAction action, String resourceType,
            Object resourceId, String reason) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleValue();
        byte[] previous = jdbc.sql("select hash from audit_event order by id desc limit 1")
                .query(byte[].class).optional().orElse(AuditChain.GENESIS);
        long id = jdbc.sql("select nextval('audit_event_id_seq')").query(Long.class).single();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String resource = resourceId == null ? null : resourceId.toString();
        byte[] hash = AuditChain.hash(previous, id, at, actor, organizationId, action.name(), resourceType, resource,
                reason);
        jdbc.sql("""
                insert into audit_event(id, occurred_at, actor, organization_id, action, resource_type, resource_id,
                                        reason, prev_hash, hash)
                values (:id, :at, :actor, :org, :action, :type, :resource, :reason, :prev, :hash)""")
                .param("id", id).param("at", java.sql.Timestamp.from(at)).param("actor", actor)
                .param("org", organizationId).param("action", action.name()).param("type", resourceType)
                .param("resource", resource).param("reason", reason).param("prev", previous).param("hash", hash)
                .update();
    }
}
