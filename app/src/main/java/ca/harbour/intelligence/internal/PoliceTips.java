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
import java.util.ArrayList;
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

    /** The category of a case tip's note, written by the case worker for police. */
    static final String WORKER_NOTE = "WORKER_NOTE";

    /** The envelope a case tip's content is stored in; a hotline tip's content has no {@code source}. */
    private record FromCase(String source, CasePoliceTipContent content) {}

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
            @Nullable CasePoliceTipContent caseContent) {

        /** True when the tip came from an agency's case rather than a hotline contact. */
        public boolean fromCase() {
            return caseContent != null;
        }
    }

    private static final String COLUMNS = "select t.id, t.contact_id, t.sender_org_id, t.police_org_id, t.basis,"
            + " t.content, t.status, t.feedback, t.received_at, t.updated_at, t.demo from police_tip t";

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
     * Stores a tip sent from a case; its content is kept whole, in an envelope that says it came from a case, and
     * {@link PoliceTip#content} shows the codes of it that the hotline's shape holds.
     */
    void insertFromCase(
            UUID id, UUID caseTipId, UUID sender, UUID police, String basis, CasePoliceTipContent content, Instant at) {
        jdbc.sql("""
                insert into police_tip(id, action_id, sender_org_id, police_org_id, categories, basis, content,
                                       received_at, updated_at)
                values (:id, :action, :sender, :police, :categories, :basis, :content, :at, :at)""")
                .param("id", id)
                .param("action", caseTipId)
                .param("sender", sender)
                .param("police", police)
                .param("categories", String.join(",", categories(content)))
                .param("basis", basis)
                .param("content", cipher.encrypt(json.writeValueAsString(new FromCase(CASE, content)), CONTENT))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The tips sent as these records of cases (the case module's ids), oldest first. */
    List<PoliceTip> forCaseTips(List<UUID> caseTipIds) {
        if (caseTipIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where t.action_id in (:ids) and t.contact_id is null order by t.received_at")
                .param("ids", caseTipIds)
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

    /** The tips sent from one contact that {@code scope} lets the viewer see. */
    List<PoliceTip> forContact(UUID contactId, SqlPredicate scope) {
        return jdbc.sql(COLUMNS + " where t.contact_id = :contact and " + scope.sql() + " order by t.received_at")
                .params(scope.params())
                .param("contact", contactId)
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
        CasePoliceTipContent fromCase = CASE.equals(node.path("source").asString(""))
                ? json.treeToValue(node.get("content"), CasePoliceTipContent.class)
                : null;
        PoliceTipContent content = fromCase == null
                ? json.treeToValue(node, PoliceTipContent.class)
                : asTipContent(fromCase, rs.getString(5));
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
                fromCase);
    }

    /** A case tip's codes in the hotline's shape, for the lists: no name, no contact, no text but the note. */
    private static PoliceTipContent asTipContent(CasePoliceTipContent c, String basis) {
        return new PoliceTipContent(
                categories(c),
                c.exploitationTypes(),
                List.of(),
                "",
                c.ageBand(),
                "IMMINENT_DANGER".equals(basis),
                c.note(),
                null,
                null);
    }

    /** The categories a case tip carries, with its note as {@link #WORKER_NOTE}. */
    private static List<String> categories(CasePoliceTipContent c) {
        List<String> categories =
                new ArrayList<>(c.shared().stream().map(Enum::name).toList());
        if (c.note() != null) {
            categories.add(WORKER_NOTE);
        }
        return categories;
    }
}
