package ca.harbour.intelligence.internal;

import ca.harbour.cases.CasePoliceTipContent;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.intake.PoliceTipContent;
import ca.harbour.intelligence.TipStatus;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** All the SQL of police tips; content and feedback are encrypted before they reach the database. */
@Repository
public class PoliceTips {

    static final String CONTENT = "police_tip.content";
    static final String FEEDBACK = "police_tip.feedback";

    /**
     * What a case tip stores as content: only that it came from a case. What it says is read from the case at
     * every read, through the case's consent, so a withdrawn or expired consent stops it at once.
     */
    private record FromCase(String source) {}

    private static final String CASE = "CASE";

    /** A police tip as stored, decrypted. */
    public record PoliceTip(
            UUID id,
            @Nullable UUID contactId,
            UUID senderOrganizationId,
            UUID policeOrganizationId,
            String basis,
            PoliceTipContent content,
            TipStatus status,
            @Nullable String feedback,
            Instant receivedAt,
            Instant updatedAt,
            boolean demo,
            @Nullable UUID actionId,
            boolean fromCase,
            @Nullable CasePoliceTipContent caseContent) {

        /** The same tip with a case tip's content as the case lets it be read now (null: consent no longer covers it). */
        PoliceTip withCaseContent(@Nullable CasePoliceTipContent now) {
            return new PoliceTip(
                    id,
                    contactId,
                    senderOrganizationId,
                    policeOrganizationId,
                    basis,
                    content,
                    status,
                    feedback,
                    receivedAt,
                    updatedAt,
                    demo,
                    actionId,
                    fromCase,
                    now);
        }

        /** True for a case tip whose consent no longer covers what it said (or whose case is gone). */
        public boolean withheld() {
            return fromCase && caseContent == null;
        }
    }

    private static final String COLUMNS = "select t.id, t.contact_id, t.sender_org_id, t.police_org_id, t.basis,"
            + " t.content, t.status, t.feedback, t.received_at, t.updated_at, t.demo, t.categories,"
            + " t.action_id from police_tip t";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json = JsonMapper.builder().build();

    PoliceTips(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(
            UUID id,
            @Nullable UUID actionId,
            @Nullable UUID contactId,
            UUID sender,
            UUID police,
            String basis,
            PoliceTipContent content,
            Instant at,
            boolean demo) {
        jdbc.sql("""
                insert into police_tip(id, action_id, contact_id, sender_org_id, police_org_id, categories, basis,
                                       content, received_at, updated_at, demo)
                values (:id, :action, :contact, :sender, :police, :categories, :basis, :content, :at, :at, :demo)""")
                .param("id", id)
                .param("action", actionId)
                .param("contact", contactId)
                .param("sender", sender)
                .param("police", police)
                .param("categories", String.join(",", content.categories()))
                .param("basis", basis)
                .param("content", cipher.encrypt(json.writeValueAsString(content), CONTENT))
                .param("at", Timestamp.from(at))
                .param("demo", demo)
                .update();
    }

    /**
     * Stores that a tip was sent from a case: its categories and basis, never what it says, which the case module
     * gives again, under its consent, each time the tip is read.
     */
    void insertFromCase(
            UUID id, UUID caseTipId, UUID sender, UUID police, String basis, List<String> categories, Instant at) {
        jdbc.sql("""
                insert into police_tip(id, action_id, sender_org_id, police_org_id, categories, basis, content,
                                       received_at, updated_at)
                values (:id, :action, :sender, :police, :categories, :basis, :content, :at, :at)""")
                .param("id", id)
                .param("action", caseTipId)
                .param("sender", sender)
                .param("police", police)
                .param("categories", String.join(",", categories))
                .param("basis", basis)
                .param("content", cipher.encrypt(json.writeValueAsString(new FromCase(CASE)), CONTENT))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The tips sent as these records of cases (the case module's ids), oldest first, at most {@code limit}. */
    List<PoliceTip> forCaseTips(List<UUID> caseTipIds, int limit) {
        if (caseTipIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where t.action_id in (:ids) and t.contact_id is null order by t.received_at"
                        + " limit :limit")
                .param("ids", caseTipIds)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    Optional<PoliceTip> find(UUID id, boolean forUpdate) {
        return jdbc.sql(COLUMNS + " where t.id = :id" + (forUpdate ? " for update" : ""))
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The tips {@code scope} lets the viewer see, newest first. */
    List<PoliceTip> list(SqlPredicate scope, int limit) {
        return jdbc.sql(COLUMNS + " where " + scope.sql() + " order by t.received_at desc limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /**
     * The tips sent from hotline contacts that {@code scope} lets the viewer see, newest first: not those sent from a
     * case (no contact, and the case's own record as their action), which the case shows to those who may read it.
     */
    List<PoliceTip> listFromContacts(SqlPredicate scope, int limit) {
        return jdbc.sql(COLUMNS + " where not (t.contact_id is null and t.action_id is not null) and " + scope.sql()
                        + " order by t.received_at desc limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** The tips sent from one contact that {@code scope} lets the viewer see, oldest first, at most {@code limit}. */
    List<PoliceTip> forContact(UUID contactId, SqlPredicate scope, int limit) {
        return jdbc.sql(COLUMNS + " where t.contact_id = :contact and " + scope.sql()
                        + " order by t.received_at limit :limit")
                .params(scope.params())
                .param("contact", contactId)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /**
     * The tips among {@code ids} that {@code policeOrg} received, content as stored (only what consent allowed),
     * oldest first; for an evidence package, whose caller has checked the viewer's access to that service.
     */
    public List<PoliceTip> receivedBy(UUID policeOrg, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where t.police_org_id = :police and t.id = any(:ids) order by t.received_at, t.id")
                .param("police", policeOrg)
                .param("ids", ids.toArray(UUID[]::new))
                .query(this::map)
                .list();
    }

    void update(UUID id, TipStatus status, @Nullable String feedback, UUID by, Instant at) {
        jdbc.sql("update police_tip set status = :status, feedback = :feedback, updated_by = :by, updated_at = :at"
                        + " where id = :id")
                .param("id", id)
                .param("status", status.name())
                .param("feedback", cipher.encrypt(feedback, FEEDBACK))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    private PoliceTip map(ResultSet rs, int n) throws SQLException {
        String text = cipher.decrypt(rs.getBytes(6), CONTENT);
        JsonNode node = json.readTree(text);
        boolean fromCase = CASE.equals(node.path("source").asString(""));
        PoliceTipContent content =
                fromCase ? categoriesOnly(rs.getString(12)) : json.treeToValue(node, PoliceTipContent.class);
        return new PoliceTip(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                content,
                TipStatus.valueOf(rs.getString(7)),
                cipher.decrypt(rs.getBytes(8), FEEDBACK),
                rs.getTimestamp(9).toInstant(),
                rs.getTimestamp(10).toInstant(),
                rs.getBoolean(11),
                rs.getObject(13, UUID.class),
                fromCase,
                null);
    }

    /** A case tip in the hotline's shape for the lists: its categories and nothing else. */
    private static PoliceTipContent categoriesOnly(String categories) {
        List<String> codes = categories.isBlank() ? List.of() : List.of(categories.split(","));
        return new PoliceTipContent(codes, List.of(), List.of(), "", "UNKNOWN", false, null, null, null);
    }
}
