package ca.harbour.care.internal;

import ca.harbour.platform.demo.DemoDataContributor;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two demo CARE teams, each pairing a children's aid society with a police service; the second also has an
 * Indigenous organization's liaison worker. The named accounts {@code care}, {@code carepolice} and {@code liaison}
 * are members, so the rules between the team's sides can be tried by hand. Every row is marked demo.
 */
@Component
@ConditionalOnBooleanProperty("harbour.demo.enabled")
class CareDemoData implements DemoDataContributor {

    /** The demo teams' names; the youth, conferences and board of each are added by later contributors. */
    static final String FIRST_TEAM = "Lakeshore CARE unit";

    static final String SECOND_TEAM = "Northern CARE unit";

    private final JdbcClient jdbc;
    private final CareTeams teams;
    private final Clock clock;

    CareDemoData(JdbcClient jdbc, CareTeams teams, Clock clock) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "care-teams";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public void contribute(Random random) {
        Instant since = clock.instant().minus(200, ChronoUnit.DAYS);
        UUID first = teams.create(FIRST_TEAM, true);
        add(first, named("care"), MemberFunction.CHILD_PROTECTION, since);
        add(first, named("carepolice"), MemberFunction.POLICE, since);
        others("CHILDRENS_AID_SOCIETY", 0, 1).forEach(u -> add(first, u, MemberFunction.CHILD_PROTECTION, since));

        UUID second = teams.create(SECOND_TEAM, true);
        add(second, named("liaison"), MemberFunction.INDIGENOUS_LIAISON, since);
        others("CHILDRENS_AID_SOCIETY", 1, 2).forEach(u -> add(second, u, MemberFunction.CHILD_PROTECTION, since));
        others("POLICE_SERVICE", 1, 1).forEach(u -> add(second, u, MemberFunction.POLICE, since));
    }

    private void add(UUID team, UUID user, MemberFunction function, Instant since) {
        teams.addMember(team, user, function, since);
    }

    private UUID named(String username) {
        return jdbc.sql("select id from app_user where username = :name")
                .param("name", username)
                .query(UUID.class)
                .single();
    }

    /**
     * Up to {@code count} CARE members, other than the named accounts, of the {@code which}-th organization of the
     * type (by name) that has any.
     */
    private List<UUID> others(String type, int which, int count) {
        return jdbc.sql("""
                with orgs as (
                  select o.id from organization o
                  where o.type = :type and o.active
                    and exists (select 1 from app_user u where u.organization_id = o.id and u.active
                                and 'CARE_MEMBER' = any(u.roles)
                                and u.username not in ('care', 'carepolice', 'liaison'))
                  order by o.name offset :which limit 1)
                select u.id from app_user u join orgs on u.organization_id = orgs.id
                where u.active and 'CARE_MEMBER' = any(u.roles) and u.username not in ('care', 'carepolice', 'liaison')
                order by u.username limit :count""")
                .param("type", type)
                .param("which", which)
                .param("count", count)
                .query(UUID.class)
                .list();
    }
}
