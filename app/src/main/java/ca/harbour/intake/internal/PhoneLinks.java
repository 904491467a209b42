package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tips and contacts from the same phone number, matched on the stored keyed hashes alone (one
 * lookup context, {@link Contacts#PHONE_LOOKUP}): nobody else's record is decrypted to find a
 * match, and only what the viewer could open is listed, under the same rule as its detail page.
 * The caller has already checked access to the record the links start from.
 */
@Service
public class PhoneLinks {

    private static final int MAX_SHOWN = 20;

    private final JdbcClient jdbc;
    private final ContactDesk desk;
    private final Audit audit;

    PhoneLinks(JdbcClient jdbc, ContactDesk desk, Audit audit) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.audit = audit;
    }

    /** A tip from the same phone, as much as a link needs (nothing decrypted). */
    public record LinkedTip(UUID id, String reference, Instant receivedAt, Urgency urgency, String status) {}

    /** A contact from the same phone, as much as a link needs (nothing decrypted). */
    public record LinkedContact(UUID id, Instant startedAt, Urgency urgency, String channel, String status) {}

    @Transactional
    public List<LinkedTip> tipsForContact(StaffPrincipal viewer, UUID contactId) {
        SqlPredicate scope = TipQueue.scope(viewer);
        List<LinkedTip> tips = jdbc.sql("select t.id, t.reference, t.received_at, t.urgency, t.status from tip t"
                        + " join contact c on c.caller_phone_hash = t.contact_phone_hash"
                        + " where c.id = :contact and t.organization_id is not null and " + scope.sql()
                        + " order by t.received_at desc limit :limit")
                .params(scope.params())
                .param("contact", contactId)
                .param("limit", MAX_SHOWN)
                .query((rs, n) -> new LinkedTip(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        Urgency.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
        audit.recordList(
                AuditAction.SEARCH,
                "tip",
                "same phone as contact " + contactId,
                tips.stream().map(LinkedTip::id).toList());
        return tips;
    }

    @Transactional
    public List<LinkedContact> contactsForTip(StaffPrincipal viewer, UUID tipId) {
        SqlPredicate scope = desk.scope(viewer);
        List<LinkedContact> contacts = jdbc.sql(
                        "select c.id, c.started_at, c.urgency, c.channel, c.status from contact c"
                                + " join tip t on t.contact_phone_hash = c.caller_phone_hash"
                                + " where t.id = :tip and " + scope.sql() + " order by c.started_at desc limit :limit")
                .params(scope.params())
                .param("tip", tipId)
                .param("limit", MAX_SHOWN)
                .query((rs, n) -> new LinkedContact(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        Urgency.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        audit.recordList(
                AuditAction.SEARCH,
                "contact",
                "same phone as tip " + tipId,
                contacts.stream().map(LinkedContact::id).toList());
        return contacts;
    }
}
