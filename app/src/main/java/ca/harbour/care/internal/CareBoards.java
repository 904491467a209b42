package ca.harbour.care.internal;

import ca.harbour.identity.SqlPredicate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of a team's board. Every query takes the list scope ({@link CareDesk#listScope}, a youth aliased
 * {@code y}) so the board shows exactly what the youth pages would.
 */
@Repository
public class CareBoards {

    /** Under 16 at the referral and no report recorded: the same as {@link YouthDuty#overdue}. */
    static final String DUTY_OVERDUE =
            "y.age_at_referral < 16" + " and not exists (select 1 from care_duty_report d where d.youth_id = y.id)";

    /** First Nations, Inuit or Métis and no answer yet: no offer made, or made and not answered. */
    static final String LIAISON_PENDING = "y.indigenous_identity in ('FIRST_NATIONS', 'INUIT', 'METIS')"
            + " and y.status in ('RECEIVED', 'ACCEPTED')"
            + " and not exists (select 1 from care_liaison_offer o where o.youth_id = y.id and o.taken_up is not null)";

    /** A row of the board's short lists: which youth, since when. */
    public record Flagged(
            UUID youthId, Instant referredAt, @Nullable Integer ageAtReferral, boolean offered) {}

    private final JdbcClient jdbc;

    CareBoards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope narrowed to one team. */
    public static SqlPredicate ofTeam(SqlPredicate scope, UUID teamId) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("board_team", teamId);
        return new SqlPredicate("(" + scope.sql() + ") and y.team_id = :board_team", params);
    }

    public Map<YouthStatus, Integer> counts(SqlPredicate scope) {
        Map<YouthStatus, Integer> counts = new EnumMap<>(YouthStatus.class);
        for (YouthStatus s : YouthStatus.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("select y.status, count(*) from care_youth y where " + scope.sql() + " group by y.status")
                .params(scope.params())
                .query(rs -> {
                    counts.put(YouthStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    public List<Flagged> dutyOverdue(SqlPredicate scope, int limit) {
        return flagged(DUTY_OVERDUE, scope, limit);
    }

    public List<Flagged> liaisonPending(SqlPredicate scope, int limit) {
        return flagged(LIAISON_PENDING, scope, limit);
    }

    /** The median time from referral to first contact of the youth referred since {@code since}; null when none. */
    public @Nullable Duration medianToFirstContact(SqlPredicate scope, Instant since) {
        List<@Nullable Double> rows = jdbc.sql("select percentile_cont(0.5) within group (order by"
                        + " extract(epoch from y.first_contact_at - y.referred_at))"
                        + " from care_youth y where y.first_contact_at is not null and y.referred_at >= :since and "
                        + scope.sql())
                .params(scope.params())
                .param("since", Timestamp.from(since))
                .query((rs, n) -> rs.getObject(1, Double.class))
                .list();
        Double seconds = rows.isEmpty() ? null : rows.get(0);
        return seconds == null ? null : Duration.ofSeconds(Math.round(seconds));
    }

    /** How many youth of the scope have {@code status} (every status when null), for paging. */
    public int count(SqlPredicate scope, @Nullable YouthStatus status) {
        return jdbc.sql("select count(*) from care_youth y where " + scope.sql()
                        + " and (cast(:status as text) is null or y.status = :status)")
                .params(scope.params())
                .param("status", status == null ? null : status.name())
                .query(Integer.class)
                .single();
    }

    private List<Flagged> flagged(String condition, SqlPredicate scope, int limit) {
        return jdbc.sql("select y.id, y.referred_at, y.age_at_referral,"
                        + " exists (select 1 from care_liaison_offer o where o.youth_id = y.id)"
                        + " from care_youth y where " + condition + " and " + scope.sql()
                        + " order by y.referred_at, y.id limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query((rs, n) -> new Flagged(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, Integer.class),
                        rs.getBoolean(4)))
                .list();
    }
}
