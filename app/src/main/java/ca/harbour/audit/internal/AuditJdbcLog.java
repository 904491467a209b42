package ca.harbour.audit.internal;

import ca.harbour.audit.Actor;
import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends rows linked by keyed MACs ({@link AuditChain}). A transaction-scoped advisory lock
 * serialises writers so each row links to the one before it; the lock is released when the
 * caller's transaction ends, so ids are also committed in order. Every method runs in a
 * transaction (the caller's, or its own), which the lock needs.
 */
@Service
@Transactional
class AuditJdbcLog implements Audit {

    static final long CHAIN_LOCK = 4_242_001L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditKeys keys;
    private final ShownLists shown;

    AuditJdbcLog(JdbcClient jdbc, Clock clock, AuditKeys keys, ShownLists shown) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.shown = shown;
    }

    @Override
    public void record(AuditAction action, String resourceType, Object resourceId) {
        record(action, resourceType, resourceId, null);
    }

    @Override
    public void record(AuditAction action, String resourceType, Object resourceId, String reason) {
        append(currentActor(), currentOrganization(), action, resourceType, resourceId, reason, null);
    }

    @Override
    public void recordFor(
            String actor,
            UUID organizationId,
            AuditAction action,
            String resourceType,
            Object resourceId,
            String reason) {
        append(actor, organizationId, action, resourceType, resourceId, reason, null);
    }

    @Override
    public void recordList(AuditAction action, String resourceType, String list, Collection<?> ids) {
        List<String> all =
                ids.stream().filter(Objects::nonNull).map(Object::toString).toList();
        String actor = currentActor();
        // keyed by actor too: a session that changes hands at sign-in keeps its attributes
        if (!shown.changed(actor + "|" + action + "|" + resourceType + "|" + list, all)) {
            return;
        }
        List<String> listed = all.size() > MAX_LISTED ? all.subList(0, MAX_LISTED) : all;
        String reason = listed.size() < all.size() ? list + " (" + all.size() + " shown)" : list;
        append(actor, currentOrganization(), action, resourceType, null, reason, String.join(" ", listed));
    }

    private void append(
            String actor,
            UUID organizationId,
            AuditAction action,
            String resourceType,
            Object resourceId,
            String reason,
            String shownIds) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", CHAIN_LOCK)
                .query()
                .singleValue();
        byte[] previous = jdbc.sql("select hash from audit_event order by id desc limit 1")
                .query(byte[].class)
                .optional()
                .orElse(AuditChain.GENESIS);
        long id = jdbc.sql("select nextval('audit_event_id_seq')")
                .query(Long.class)
                .single();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String resource = resourceId == null ? null : resourceId.toString();
        String keyId = keys.activeKeyId();
        AuditChain.Entry entry = new AuditChain.Entry(
                id, at, actor, organizationId, action.name(), resourceType, resource, reason, shownIds, keyId);
        byte[] mac = AuditChain.mac(keys.key(keyId).orElseThrow(), previous, entry);
        jdbc.sql("""
                insert into audit_event(id, occurred_at, actor, organization_id, action, resource_type, resource_id,
                                        reason, shown_ids, key_id, prev_hash, hash)
                values (:id, :at, :actor, :org, :action, :type, :resource, :reason, :shown, :key, :prev, :hash)""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("org", organizationId)
                .param("action", action.name())
                .param("type", resourceType)
                .param("resource", resource)
                .param("reason", reason)
                .param("shown", shownIds)
                .param("key", keyId)
                .param("prev", previous)
                .param("hash", mac)
                .update();
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return "anonymous";
        }
        return auth.getPrincipal() instanceof Actor a ? a.actorName() : auth.getName();
    }

    private static UUID currentOrganization() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Actor a ? a.actorOrganizationId() : null;
    }
}
