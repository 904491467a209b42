package ca.harbour.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.care.internal.CareDesk;
import ca.harbour.care.internal.CareTeams;
import ca.harbour.care.internal.CareYouthRecords;
import ca.harbour.care.internal.CareYouthRecords.NewYouth;
import ca.harbour.care.internal.IndigenousIdentity;
import ca.harbour.care.internal.MemberFunction;
import ca.harbour.care.internal.YouthSource;
import ca.harbour.care.internal.YouthStatus;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one access decision of CARE: a member reads the youth of their team in the page and in the list alike, a
 * member of another team sees nothing, and a member removed from the team loses access at once.
 */
@HarbourTest
class CareDeskIntegrationTests {

    @Autowired
    CareDesk desk;

    @Autowired
    CareTeams teams;

    @Autowired
    CareYouthRecords youth;

    @Autowired
    Fixtures fixtures;

    private StaffPrincipal cas;
    private StaffPrincipal police;
    private StaffPrincipal otherTeam;
    private StaffPrincipal caseWorker;
    private UUID team;

    @BeforeEach
    void teams() {
        Organization society = fixtures.organization(OrganizationType.CHILDRENS_AID_SOCIETY);
        Organization service = fixtures.organization(OrganizationType.POLICE_SERVICE);
        cas = Fixtures.principal(fixtures.staff(society, Role.CARE_MEMBER));
        police = Fixtures.principal(fixtures.staff(service, Role.CARE_MEMBER));
        otherTeam = Fixtures.principal(fixtures.staff(society, Role.CARE_MEMBER));
        caseWorker = Fixtures.principal(
                fixtures.staff(fixtures.organization(OrganizationType.SERVICE_PROVIDER), Role.CASE_WORKER));
        Instant now = Instant.now();
        team = teams.create("Team " + UUID.randomUUID(), false);
        teams.addMember(team, cas.userId(), MemberFunction.CHILD_PROTECTION, now);
        teams.addMember(team, police.userId(), MemberFunction.POLICE, now);
        UUID other = teams.create("Team " + UUID.randomUUID(), false);
        teams.addMember(other, otherTeam.userId(), MemberFunction.CHILD_PROTECTION, now);
    }

    private UUID refer() {
        return youth.insert(new NewYouth(
                team,
                YouthSource.SCHOOL,
                null,
                null,
                "Jo T.",
                LocalDate.of(2012, 3, 4),
                14,
                false,
                IndigenousIdentity.NOT_SHARED,
                caseWorker.userId(),
                caseWorker.organizationId(),
                Instant.now(),
                false));
    }

    private List<UUID> listed(StaffPrincipal viewer) {
        SqlPredicate scope = CareDesk.listScope(viewer);
        return youth.list(scope, null, 1000, 0).stream()
                .map(CareYouthRecords.Youth::id)
                .toList();
    }

    @Test
    void theTeamsMembersReadTheYouthInThePageAndTheListAndNobodyElseDoes() {
        UUID id = refer();

        assertThat(desk.readable(cas, id).label()).isEqualTo("Jo T.");
        assertThat(desk.readable(police, id).birthDate()).isEqualTo(LocalDate.of(2012, 3, 4));
        assertThat(desk.functionFor(police, desk.readable(police, id))).isEqualTo(MemberFunction.POLICE);
        assertThat(listed(cas)).contains(id);
        assertThat(listed(police)).contains(id);

        for (StaffPrincipal outsider : List.of(otherTeam, caseWorker)) {
            assertThatThrownBy(() -> desk.readable(outsider, id)).isInstanceOf(NotFoundException.class);
            assertThat(listed(outsider)).doesNotContain(id);
        }
    }

    @Test
    void aMemberRemovedFromTheTeamLosesAccessAtOnce() {
        UUID id = refer();
        assertThat(desk.changeable(police, id).status()).isEqualTo(YouthStatus.RECEIVED);

        assertThat(teams.removeMember(team, police.userId(), Instant.now())).isTrue();

        assertThatThrownBy(() -> desk.readable(police, id)).isInstanceOf(NotFoundException.class);
        assertThat(listed(police)).doesNotContain(id);
        assertThat(listed(cas)).contains(id);
    }
}
