package ca.harbour.cases.internal.work;

import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of service plans: goals (their text encrypted) and the directory services planned under them. */
@Repository
public class ServicePlanRecords {

    static final String GOAL_TEXT = "case_goal.text";

    /** A goal as stored. */
    record GoalRow(UUID id, String text, @Nullable LocalDate targetDate, Instant createdAt) {}

    /** A planned service as stored: the directory gives its name. */
    record ServiceRow(
            UUID id,
            UUID goalId,
            UUID caseId,
            UUID serviceId,
            PlannedServiceStatus status,
            @Nullable LocalDate dueDate,
            @Nullable UUID referralId) {}

    private static final String SERVICE_COLUMNS =
            "select id, goal_id, case_id, service_id, status, due_date, referral_id from case_planned_service";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ServicePlanRecords(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insertGoal(UUID id, UUID caseId, String text, @Nullable LocalDate target, UUID by, Instant at, boolean demo) {
        jdbc.sql("""
                insert into case_goal(id, case_id, text, target_date, created_at, created_by, demo)
                values (:id, :c, :text, :target, :at, :by, :demo)""")
                .param("id", id)
                .param("c", caseId)
                .param("text", cipher.encrypt(text, GOAL_TEXT))
                .param("target", target == null ? null : Date.valueOf(target))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("demo", demo)
                .update();
    }

    List<GoalRow> goals(UUID caseId) {
        return jdbc.sql("select id, text, target_date, created_at from case_goal where case_id = :c"
                        + " order by created_at, id")
                .param("c", caseId)
                .query((rs, n) -> {
                    Date target = rs.getDate(3);
                    return new GoalRow(
                            rs.getObject(1, UUID.class),
                            cipher.decrypt(rs.getBytes(2), GOAL_TEXT),
                            target == null ? null : target.toLocalDate(),
                            rs.getTimestamp(4).toInstant());
                })
                .list();
    }

    boolean goalOfCase(UUID goalId, UUID caseId) {
        return jdbc.sql("select count(*) from case_goal where id = :g and case_id = :c")
                        .param("g", goalId)
                        .param("c", caseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insertService(
            UUID id,
            UUID goalId,
            UUID caseId,
            UUID serviceId,
            @Nullable LocalDate due,
            UUID by,
            Instant at,
            boolean demo) {
        jdbc.sql("""
                insert into case_planned_service(id, goal_id, case_id, service_id, status, due_date, created_at,
                                                 updated_at, updated_by, demo)
                values (:id, :g, :c, :s, 'PLANNED', :due, :at, :at, :by, :demo)""")
                .param("id", id)
                .param("g", goalId)
                .param("c", caseId)
                .param("s", serviceId)
                .param("due", due == null ? null : Date.valueOf(due))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("demo", demo)
                .update();
    }

    List<ServiceRow> services(UUID caseId) {
        return jdbc.sql(SERVICE_COLUMNS + " where case_id = :c order by created_at, id")
                .param("c", caseId)
                .query(this::service)
                .list();
    }

    Optional<ServiceRow> service(UUID id, boolean forUpdate) {
        return jdbc.sql(SERVICE_COLUMNS + " where id = :id" + (forUpdate ? " for update" : ""))
                .param("id", id)
                .query(this::service)
                .optional();
    }

    /** The case's services still to be given by the directory service {@code serviceId}, locked. */
    List<ServiceRow> openServices(UUID caseId, UUID serviceId) {
        return jdbc.sql(SERVICE_COLUMNS + " where case_id = :c and service_id = :s"
                        + " and status in ('PLANNED', 'REQUESTED', 'IN_PROGRESS') order by created_at, id for update")
                .param("c", caseId)
                .param("s", serviceId)
                .query(this::service)
                .list();
    }

    void setStatus(UUID id, PlannedServiceStatus status, @Nullable UUID referralId, @Nullable UUID by, Instant at) {
        jdbc.sql("""
                update case_planned_service set status = :status, referral_id = coalesce(:referral, referral_id),
                       updated_at = :at, updated_by = :by where id = :id""")
                .param("id", id)
                .param("status", status.name())
                .param("referral", referralId)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    private ServiceRow service(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate(6);
        return new ServiceRow(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                PlannedServiceStatus.valueOf(rs.getString(5)),
                due == null ? null : due.toLocalDate(),
                rs.getObject(7, UUID.class));
    }
}
