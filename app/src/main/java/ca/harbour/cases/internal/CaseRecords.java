package ca.harbour.cases.internal;

import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.CaseSummary;
import ca.harbour.cases.NewCase;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of cases, their workers and their timeline; personal text is encrypted before it is stored. */
@Repository
public class CaseRecords {

    static final String LABEL = "case_file.label";
    static final String SUMMARY = "case_file.summary";

    /** A case as stored, decrypted. */
    public record CaseRow(
            UUID id,
            String reference,
            UUID organizationId,
            Set<UUID> workers,
            CaseStatus status,
            CaseStage stage,
            CaseOrigin origin,
            @Nullable UUID sourceId,
            String label,
            @Nullable String summary,
            List<String> exploitationTypes,
            List<String> meansOfControl,
            Instant openedAt,
            Instant updatedAt,
            boolean demo) {

        public Ownership ownership() {
            return new Ownership(organizationId, workers);
        }

        public CaseSummary toSummary() {
            return new CaseSummary(id, reference, organizationId, workers, status, stage, origin, label, openedAt);
        }
    }

    /**
     * One entry of a case's timeline; {@code intake} tells more of a hotline contact or a screening the case was
     * opened from (null for the case's own entries).
     */
    public record TimelineEntry(
            UUID id,
            String kind,
            @Nullable UUID recordId,
            @Nullable UUID actorId,
            Instant at,
            @Nullable IntakeDetail intake) {

        TimelineEntry(UUID id, String kind, @Nullable UUID recordId, @Nullable UUID actorId, Instant at) {
            this(id, kind, recordId, actorId, at, null);
        }
    }

    /**
     * What the timeline shows of a hotline contact (its outcomes) or of a screening done on it (instrument, its
     * name in the viewer's language, the level of concern), with the contact's address when the viewer may open it.
     */
    public record IntakeDetail(
            List<String> outcomes,
            @Nullable String instrumentCode,
            @Nullable String instrument,
            @Nullable String level,
            @Nullable String contactLink) {

        public IntakeDetail {
            outcomes = List.copyOf(outcomes);
        }
    }

    private static final String COLUMNS = """
            select c.id, c.reference, c.organization_id,
                   array(select w.user_id from case_worker w where w.case_id = c.id order by w.assigned_at) as workers,
                   c.status, c.stage, c.origin, c.source_id, c.label, c.summary, c.exploitation_types,
                   c.means_of_control, c.opened_at, c.updated_at, c.demo
            from case_file c""";

    /**
     * The SQL condition, for {@code AccessPolicy.predicate}, that a case (aliased {@code c}) is assigned to the
     * user bound as {@code :scope_user}; it reads the {@code case_worker_user} index.
     */
    public static final String ASSIGNED =
            "exists (select 1 from case_worker w where w.case_id = c.id and w.user_id = :scope_user)";

    /** The column holding a case's owning organization, for {@code AccessPolicy.predicate}. */
    public static final String ORGANIZATION = "c.organization_id";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CaseRecords(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Stores a new case owned by {@code organizationId} and assigns it to {@code worker}; answers its reference. */
    String insert(UUID id, UUID organizationId, NewCase opening, UUID worker, Instant at, boolean demo) {
        long number = jdbc.sql("select nextval('case_reference_seq')")
                .query(Long.class)
                .single();
        String reference = "C-" + Year.from(at.atOffset(ZoneOffset.UTC)) + "-" + String.format("%06d", number);
        jdbc.sql("""
                insert into case_file(id, reference, organization_id, origin, source_id, label, summary,
                                      exploitation_types, means_of_control, opened_by, opened_at, updated_at, demo)
                values (:id, :reference, :org, :origin, :source, :label, :summary, :types, :means, :by, :at, :at,
                        :demo)""")
                .param("id", id)
                .param("reference", reference)
                .param("org", organizationId)
                .param("origin", opening.origin().name())
                .param("source", opening.sourceId())
                .param("label", cipher.encrypt(opening.label(), LABEL))
                .param("summary", cipher.encrypt(opening.summary(), SUMMARY))
                .param("types", opening.exploitationTypes().toArray(String[]::new))
                .param("means", opening.meansOfControl().toArray(String[]::new))
                .param("by", worker)
                .param("at", Timestamp.from(at))
                .param("demo", demo)
                .update();
        assign(id, worker, at);
        return reference;
    }

    void assign(UUID caseId, UUID worker, Instant at) {
        jdbc.sql("insert into case_worker(case_id, user_id, assigned_at) values (:c, :u, :at) on conflict do nothing")
                .param("c", caseId)
                .param("u", worker)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<CaseRow> find(UUID id) {
        return jdbc.sql(COLUMNS + " where c.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    void addEvent(UUID caseId, String kind, @Nullable UUID recordId, @Nullable UUID actorId, Instant at) {
        jdbc.sql("""
                insert into case_event(id, case_id, kind, record_id, actor_id, at)
                values (:id, :c, :kind, :record, :actor, :at)""")
                .param("id", UUID.randomUUID())
                .param("c", caseId)
                .param("kind", kind)
                .param("record", recordId)
                .param("actor", actorId)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("update case_file set updated_at = greatest(updated_at, :at) where id = :c")
                .param("c", caseId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The case's timeline, newest first. */
    List<TimelineEntry> timeline(UUID caseId, int limit) {
        return jdbc.sql("select id, kind, record_id, actor_id, at from case_event where case_id = :c"
                        + " order by at desc, id limit :limit")
                .param("c", caseId)
                .param("limit", limit)
                .query((rs, n) -> new TimelineEntry(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * One page of the cases {@code scope} lets the viewer see, narrowed by {@code filter} (SQL from code, never
     * from input, over alias {@code c}), most recently active first.
     */
    List<CaseRow> page(SqlPredicate scope, SqlPredicate filter, int limit, int offset) {
        return jdbc.sql(COLUMNS + " where " + scope.sql() + " and " + filter.sql()
                        + " order by c.updated_at desc, c.id limit :limit offset :offset")
                .params(scope.params())
                .params(filter.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    long count(SqlPredicate scope, SqlPredicate filter) {
        return jdbc.sql("select count(*) from case_file c where " + scope.sql() + " and " + filter.sql())
                .params(scope.params())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    /** Locks the case's row until the transaction ends, so two changes are decided one after the other. */
    void lock(UUID caseId) {
        jdbc.sql("select id from case_file where id = :c for update")
                .param("c", caseId)
                .query(UUID.class)
                .optional();
    }

    void moveTo(UUID caseId, CaseStatus status, CaseStage stage, Instant at) {
        jdbc.sql("""
                update case_file set status = :status, stage = :stage, updated_at = :at,
                       closed_at = case when :closed then coalesce(closed_at, :at) end
                where id = :c""")
                .param("c", caseId)
                .param("status", status.name())
                .param("stage", stage.name())
                .param("closed", status.closed())
                .param("at", Timestamp.from(at))
                .update();
    }

    void unassign(UUID caseId, UUID worker) {
        jdbc.sql("delete from case_worker where case_id = :c and user_id = :u")
                .param("c", caseId)
                .param("u", worker)
                .update();
    }

    /** Gives the case to another organization; its workers there are assigned afresh. */
    void transfer(UUID caseId, UUID organizationId, Instant at) {
        jdbc.sql("delete from case_worker where case_id = :c")
                .param("c", caseId)
                .update();
        jdbc.sql("update case_file set organization_id = :org, updated_at = :at where id = :c")
                .param("c", caseId)
                .param("org", organizationId)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<String> recruitment(UUID caseId) {
        return jdbc.sql("select recruitment from case_file where id = :c")
                .param("c", caseId)
                .query((rs, n) -> strings(rs.getArray(1)))
                .optional()
                .orElse(List.of());
    }

    void describe(UUID caseId, List<String> types, List<String> means, List<String> recruitment, Instant at) {
        jdbc.sql("""
                update case_file set exploitation_types = :types, means_of_control = :means, recruitment = :recruitment,
                       updated_at = :at
                where id = :c""")
                .param("c", caseId)
                .param("types", types.toArray(String[]::new))
                .param("means", means.toArray(String[]::new))
                .param("recruitment", recruitment.toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The case opened from this contact or referral, if any. */
    Optional<UUID> openedFrom(UUID sourceId) {
        return jdbc.sql("select id from case_file where source_id = :s order by opened_at limit 1")
                .param("s", sourceId)
                .query(UUID.class)
                .optional();
    }

    /** The timeline, newest first, of the kinds asked (all when {@code kinds} is empty). */
    List<TimelineEntry> timeline(UUID caseId, List<String> kinds, int limit) {
        if (kinds.isEmpty()) {
            return timeline(caseId, limit);
        }
        return jdbc.sql("select id, kind, record_id, actor_id, at from case_event where case_id = :c"
                        + " and kind in (:kinds) order by at desc, id limit :limit")
                .param("c", caseId)
                .param("kinds", kinds)
                .param("limit", limit)
                .query((rs, n) -> new TimelineEntry(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The kinds of entry the case's timeline holds, for its filter. */
    List<String> timelineKinds(UUID caseId) {
        return jdbc.sql("select distinct kind from case_event where case_id = :c order by kind")
                .param("c", caseId)
                .query(String.class)
                .list();
    }

    private CaseRow map(ResultSet rs, int n) throws SQLException {
        return new CaseRow(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getObject(3, UUID.class),
                new HashSet<>(Arrays.asList((UUID[]) rs.getArray(4).getArray())),
                CaseStatus.valueOf(rs.getString(5)),
                CaseStage.valueOf(rs.getString(6)),
                CaseOrigin.valueOf(rs.getString(7)),
                rs.getObject(8, UUID.class),
                cipher.decrypt(rs.getBytes(9), LABEL),
                cipher.decrypt(rs.getBytes(10), SUMMARY),
                strings(rs.getArray(11)),
                strings(rs.getArray(12)),
                rs.getTimestamp(13).toInstant(),
                rs.getTimestamp(14).toInstant(),
                rs.getBoolean(15));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
