package ca.harbour.care.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All the SQL of CARE teams and their members. Membership is read from the database on every request, so a member
 * removed from a team loses access to its youth at once, whatever their session says.
 */
@Repository
public class CareTeams {

    /**
     * The SQL condition, for {@code AccessPolicy.predicate}, that the signed-in user ({@code :scope_user}) is a
     * current member of the team of a youth aliased {@code y}.
     */
    public static final String MEMBER = "exists (select 1 from care_team_member m where m.team_id = y.team_id"
            + " and m.user_id = :scope_user and m.removed_at is null)";

    /** A team. */
    public record Team(UUID id, String name, boolean demo) {}

    /** A current or past member of a team. */
    public record Member(
            UUID teamId,
            UUID userId,
            MemberFunction function,
            Instant addedAt,
            @Nullable Instant removedAt) {
        public boolean current() {
            return removedAt == null;
        }
    }

    private final JdbcClient jdbc;

    CareTeams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID create(String name, boolean demo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into care_team(id, name, demo) values (:id, :name, :demo)")
                .param("id", id)
                .param("name", name)
                .param("demo", demo)
                .update();
        return id;
    }

    public Optional<Team> find(UUID teamId) {
        return jdbc.sql("select id, name, demo from care_team where id = :id")
                .param("id", teamId)
                .query((rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("demo")))
                .optional();
    }

    public List<Team> all() {
        return jdbc.sql("select id, name, demo from care_team order by lower(name)")
                .query((rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("demo")))
                .list();
    }

    /** The teams the user is a current member of, by name. */
    public List<Team> teamsOf(UUID userId) {
        return jdbc.sql("""
                select t.id, t.name, t.demo from care_team t
                join care_team_member m on m.team_id = t.id and m.user_id = :user and m.removed_at is null
                order by lower(t.name)""")
                .param("user", userId)
                .query((rs, n) -> new Team(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("demo")))
                .list();
    }

    /** The team's current members' ids (the "assigned" users of everything the team holds). */
    public Set<UUID> currentMemberIds(UUID teamId) {
        return jdbc
                .sql("select user_id from care_team_member where team_id = :team and removed_at is null")
                .param("team", teamId)
                .query(UUID.class)
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The user's current function in the team, if they are a current member. */
    public Optional<MemberFunction> functionOf(UUID teamId, UUID userId) {
        return jdbc.sql("""
                select function from care_team_member
                where team_id = :team and user_id = :user and removed_at is null""")
                .param("team", teamId)
                .param("user", userId)
                .query(String.class)
                .optional()
                .map(MemberFunction::valueOf);
    }

    public List<Member> members(UUID teamId) {
        return jdbc.sql("""
                select team_id, user_id, function, added_at, removed_at from care_team_member
                where team_id = :team order by removed_at nulls first, added_at""")
                .param("team", teamId)
                .query((rs, n) -> new Member(
                        rs.getObject("team_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        MemberFunction.valueOf(rs.getString("function")),
                        rs.getTimestamp("added_at").toInstant(),
                        rs.getTimestamp("removed_at") == null
                                ? null
                                : rs.getTimestamp("removed_at").toInstant()))
                .list();
    }

    /** Adds the user to the team, or brings a past member back with the function given. */
    public void addMember(UUID teamId, UUID userId, MemberFunction function, Instant at) {
        jdbc.sql("""
                insert into care_team_member(team_id, user_id, function, added_at) values (:team, :user, :function, :at)
                on conflict (team_id, user_id)
                do update set function = excluded.function, added_at = excluded.added_at, removed_at = null""")
                .param("team", teamId)
                .param("user", userId)
                .param("function", function.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Ends the user's membership now; true when they were a current member. */
    public boolean removeMember(UUID teamId, UUID userId, Instant at) {
        return jdbc.sql("""
                update care_team_member set removed_at = :at
                where team_id = :team and user_id = :user and removed_at is null""")
                        .param("team", teamId)
                        .param("user", userId)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }
}
