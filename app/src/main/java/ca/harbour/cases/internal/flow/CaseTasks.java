package ca.harbour.cases.internal.flow;

import ca.harbour.identity.SqlPredicate;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of case tasks; a task's title is encrypted before it is stored. */
@Repository
public class CaseTasks {

    static final String TITLE = "case_task.title";

    private static final String COLUMNS = """
            select t.id, t.case_id, c.reference, t.title, t.due_on, t.assignee_id, u.display_name, t.done_at
            from case_task t join case_file c on c.id = t.case_id join app_user u on u.id = t.assignee_id""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CaseTasks(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID caseId, String title, LocalDate dueOn, UUID assignee, UUID by, Instant at, boolean demo) {
        jdbc.sql("""
                insert into case_task(id, case_id, title, due_on, assignee_id, created_by, created_at, demo)
                values (:id, :case, :title, :due, :assignee, :by, :at, :demo)""")
                .param("id", id)
                .param("case", caseId)
                .param("title", cipher.encrypt(title, TITLE))
                .param("due", Date.valueOf(dueOn))
                .param("assignee", assignee)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("demo", demo)
                .update();
    }

    Optional<CaseTask> find(UUID id) {
        return jdbc.sql(COLUMNS + " where t.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** A case's tasks: open ones by due date, then done ones, most recently done first. */
    List<CaseTask> forCase(UUID caseId) {
        return jdbc.sql(COLUMNS + " where t.case_id = :case"
                        + " order by t.done_at is not null, t.due_on, t.done_at desc, t.id limit 500")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    /**
     * The open tasks due from {@code from} (when given) to {@code until}, given to {@code assignee} (when given), on
     * the cases {@code scope} lets the viewer see (over {@code case_file c}), overdue ones first.
     */
    List<CaseTask> open(
            @Nullable UUID assignee, @Nullable LocalDate from, LocalDate until, SqlPredicate scope, int limit) {
        return jdbc.sql(COLUMNS + " where " + condition(assignee, from) + " and " + scope.sql()
                        + " order by t.due_on, c.reference, t.id limit :limit")
                .params(scope.params())
                .params(window(assignee, from, until))
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** How many tasks {@link #open} would answer without its limit. */
    long countOpen(@Nullable UUID assignee, @Nullable LocalDate from, LocalDate until, SqlPredicate scope) {
        return jdbc.sql("select count(*) from case_task t join case_file c on c.id = t.case_id where "
                        + condition(assignee, from) + " and " + scope.sql())
                .params(scope.params())
                .params(window(assignee, from, until))
                .query(Long.class)
                .single();
    }

    /** The condition of {@link #open}, from code only: the parts asked for and nothing typed. */
    private static String condition(@Nullable UUID assignee, @Nullable LocalDate from) {
        return "t.done_at is null and t.due_on <= :until"
                + (from == null ? "" : " and t.due_on >= :from")
                + (assignee == null ? "" : " and t.assignee_id = :assignee");
    }

    private static Map<String, Object> window(@Nullable UUID assignee, @Nullable LocalDate from, LocalDate until) {
        Map<String, Object> params = new HashMap<>();
        params.put("until", Date.valueOf(until));
        if (from != null) {
            params.put("from", Date.valueOf(from));
        }
        if (assignee != null) {
            params.put("assignee", assignee);
        }
        return params;
    }

    /** Marks the task done; false when it already was. */
    boolean markDone(UUID id, UUID by, Instant at) {
        return jdbc.sql("update case_task set done_at = :at, done_by = :by where id = :id and done_at is null")
                        .param("id", id)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** The active staff of the organization who work cases (case workers and supervisors), by name. */
    List<Worker> workers(UUID organizationId) {
        return jdbc.sql("""
                select id, display_name from app_user
                where organization_id = :org and active and roles && array['CASE_WORKER', 'SUPERVISOR']::text[]
                order by display_name, id""")
                .param("org", organizationId)
                .query((rs, n) -> new Worker(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    private CaseTask map(ResultSet rs, int n) throws SQLException {
        Timestamp done = rs.getTimestamp(8);
        return new CaseTask(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                cipher.decrypt(rs.getBytes(4), TITLE),
                rs.getDate(5).toLocalDate(),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                done == null ? null : done.toInstant());
    }
}
