package ca.harbour.care.internal;

import ca.harbour.identity.SqlPredicate;
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

/** All the SQL of intervention-plan actions; what each action says is encrypted. */
@Repository
public class CareActions {

    static final String DESCRIPTION = "care_action.description";

    /** An action of a conference's intervention plan. */
    public record Action(
            UUID id,
            UUID conferenceId,
            UUID youthId,
            String description,
            UUID ownerId,
            LocalDate dueOn,
            @Nullable Instant doneAt) {

        public boolean done() {
            return doneAt != null;
        }

        /** Not done and due before {@code today}. */
        public boolean overdue(LocalDate today) {
            return doneAt == null && dueOn.isBefore(today);
        }
    }

    /** An open action on the board, with the youth's label and team. */
    public record Due(Action action, String youthLabel, UUID teamId, String teamName) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CareActions(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public void insert(Action a) {
        jdbc.sql("""
                insert into care_action(id, conference_id, youth_id, description, owner_id, due_on)
                values (:id, :conference, :youth, :description, :owner, :due)""")
                .param("id", a.id())
                .param("conference", a.conferenceId())
                .param("youth", a.youthId())
                .param("description", cipher.encrypt(a.description(), DESCRIPTION))
                .param("owner", a.ownerId())
                .param("due", Date.valueOf(a.dueOn()))
                .update();
    }

    public Optional<Action> find(UUID id) {
        return jdbc.sql("select a.* from care_action a where a.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public List<Action> forConference(UUID conferenceId) {
        return jdbc.sql("select a.* from care_action a where a.conference_id = :conference order by a.due_on, a.id")
                .param("conference", conferenceId)
                .query(this::map)
                .list();
    }

    /** Marks the action done (or not done again); false when it was already so. */
    public boolean markDone(UUID id, boolean done, UUID by, Instant at) {
        return jdbc.sql("""
                update care_action set done_at = :at, done_by = :by
                where id = :id and (done_at is null) = :done""")
                        .param("id", id)
                        .param("at", done ? Timestamp.from(at) : null)
                        .param("by", done ? by : null)
                        .param("done", done)
                        .update()
                > 0;
    }

    /**
     * The open actions due on or before {@code until} (the overdue ones included) of the youth the scope lets
     * through (a youth aliased {@code y}), the earliest first.
     */
    public List<Due> openUntil(SqlPredicate scope, LocalDate until, int limit) {
        return jdbc.sql("select a.*, y.label, y.team_id, t.name as team_name from care_action a"
                        + " join care_youth y on y.id = a.youth_id join care_team t on t.id = y.team_id"
                        + " where a.done_at is null and a.due_on <= :until and " + scope.sql()
                        + " order by a.due_on, t.name, a.id limit :limit")
                .params(scope.params())
                .param("until", Date.valueOf(until))
                .param("limit", limit)
                .query((rs, n) -> new Due(
                        map(rs, n),
                        cipher.decrypt(rs.getBytes("label"), CareYouthRecords.LABEL),
                        rs.getObject("team_id", UUID.class),
                        rs.getString("team_name")))
                .list();
    }

    private Action map(ResultSet rs, int n) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new Action(
                rs.getObject("id", UUID.class),
                rs.getObject("conference_id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                cipher.decrypt(rs.getBytes("description"), DESCRIPTION),
                rs.getObject("owner_id", UUID.class),
                rs.getDate("due_on").toLocalDate(),
                done == null ? null : done.toInstant());
    }
}
