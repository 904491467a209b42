package ca.harbour.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.care.internal.CareBoardActions;
import ca.harbour.care.internal.CareTeams;
import ca.harbour.care.internal.CareYouthRecords;
import ca.harbour.care.internal.CareYouthRecords.NewYouth;
import ca.harbour.care.internal.IndigenousIdentity;
import ca.harbour.care.internal.MemberFunction;
import ca.harbour.care.internal.YouthSource;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Consents, conferences and intervention plans through their pages and API: sharing refused without a consent or a
 * legal basis and after a withdrawal, a member of another team answered 404 and audited as denied, the board's
 * actions due this week, and bad input on every form refused with nothing stored.
 */
@HarbourTest
class ConferenceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CareTeams teams;

    @Autowired
    CareYouthRecords youth;

    @Autowired
    Clock clock;

    @Autowired
    PlatformSettings platform;

    private Authentication cas;
    private Authentication police;
    private Authentication otherTeam;
    private Organization society;
    private Organization service;
    private UUID youthId;
    private LocalDate today;

    private UUID team;

    @BeforeEach
    void aTeamWithAYouth() {
        society = fixtures.organization(OrganizationType.CHILDRENS_AID_SOCIETY);
        service = fixtures.organization(OrganizationType.POLICE_SERVICE);
        cas = fixtures.staff(society, Role.CARE_MEMBER);
        police = fixtures.staff(service, Role.CARE_MEMBER);
        otherTeam = fixtures.staff(society, Role.CARE_MEMBER);
        Instant now = Instant.now();
        team = teams.create("Team " + UUID.randomUUID(), false);
        teams.addMember(team, Fixtures.principal(cas).userId(), MemberFunction.CHILD_PROTECTION, now);
        teams.addMember(team, Fixtures.principal(police).userId(), MemberFunction.POLICE, now);
        UUID other = teams.create("Team " + UUID.randomUUID(), false);
        teams.addMember(other, Fixtures.principal(otherTeam).userId(), MemberFunction.CHILD_PROTECTION, now);
        today = LocalDate.ofInstant(clock.instant(), platform.zone());
        youthId = youth.insert(new NewYouth(
                team,
                YouthSource.SCHOOL,
                null,
                null,
                "Jo T.",
                LocalDate.of(2012, 3, 4),
                14,
                false,
                IndigenousIdentity.NOT_SHARED,
                Fixtures.principal(cas).userId(),
                society.id(),
                now,
                false));
    }

    private static RequestPostProcessor as(Authentication who) {
        return authentication(who);
    }

    private String base() {
        return "/care/youth/" + youthId;
    }

    private UUID consentToTheTeam() throws Exception {
        mvc.perform(post(base() + "/consents")
                        .with(csrf())
                        .with(as(cas))
                        .param("givenBy", "YOUTH")
                        .param("categories", "IDENTITY", "SAFETY_PLAN")
                        .param("recipient", "TEAM")
                        .param("purpose", "safety planning")
                        .param("validFrom", today.minusDays(5).toString())
                        .param("manner", "WRITTEN"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject(
                "select id from care_consent where youth_id = ? order by recorded_at desc limit 1",
                UUID.class,
                youthId);
    }

    private UUID conference() throws Exception {
        mvc.perform(post(base() + "/conferences")
                        .with(csrf())
                        .with(as(cas))
                        .param("heldOn", today.toString())
                        .param("members", Fixtures.principal(cas).userId().toString())
                        .param("members", Fixtures.principal(police).userId().toString())
                        .param("outsideName", "R. Leclerc", "", "")
                        .param("outsideRole", "School social worker", "", "")
                        .param("decisions", "Meet weekly at school"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject(
                "select id from care_conference where youth_id = ? order by recorded_at desc limit 1",
                UUID.class,
                youthId);
    }

    private int shares(UUID conference) {
        return jdbc.queryForObject(
                "select count(*) from care_conference_share where conference_id = ?", Integer.class, conference);
    }

    @Test
    void informationGoesOnlyOnAConsentInForceOrALegalBasisWithAReason() throws Exception {
        UUID consent = consentToTheTeam();
        UUID conference = conference();
        String shares = base() + "/conferences/" + conference + "/shares";

        mvc.perform(post(shares)
                        .with(csrf())
                        .with(as(police))
                        .param("category", "SAFETY_PLAN")
                        .param("organizationId", service.id().toString())
                        .param("basis", "CONSENT")
                        .param("consentId", consent.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(shares(conference)).isEqualTo(1);

        // neither a consent nor a reason: refused, in French too
        mvc.perform(post(shares)
                        .with(csrf())
                        .with(as(police))
                        .header("Accept-Language", "fr")
                        .param("category", "IDENTITY")
                        .param("organizationId", service.id().toString())
                        .param("basis", "CONSENT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ou un fondement juridique avec un motif")));
        mvc.perform(post(shares)
                        .with(csrf())
                        .with(as(police))
                        .param("category", "POLICE")
                        .param("organizationId", society.id().toString())
                        .param("basis", "CHILD_AT_RISK")
                        .param("reason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give the reason for the legal basis.")));
        assertThat(shares(conference)).isEqualTo(1);

        // withdrawn: nothing more goes on it, at once
        mvc.perform(post(base() + "/consents/" + consent + "/withdraw")
                        .with(csrf())
                        .with(as(cas)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/care/youth/" + youthId + "/conferences/" + conference + "/shares")
                        .with(csrf())
                        .with(as(police))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"IDENTITY\",\"organizationId\":\"" + service.id()
                                + "\",\"basis\":\"CONSENT\",\"consentId\":\"" + consent + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("withdrawn")));
        assertThat(shares(conference)).isEqualTo(1);

        // a legal basis with its reason goes, the reason encrypted and the exception audited
        mvc.perform(post("/api/v1/care/youth/" + youthId + "/conferences/" + conference + "/shares")
                        .with(csrf())
                        .with(as(cas))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"CHILD_PROTECTION\",\"organizationId\":\"" + service.id()
                                + "\",\"basis\":\"CHILD_AT_RISK\",\"reason\":\"Recruiter seen near school\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shared", hasSize(2)))
                .andExpect(jsonPath("$.shared[1].reason").value("Recruiter seen near school"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_conference_share where conference_id = ?"
                                + " and position(convert_to('Recruiter', 'UTF8') in reason) > 0",
                        Integer.class,
                        conference))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'EXCEPTION_GRANTED' and resource_id = ?",
                        Integer.class,
                        conference.toString()))
                .isEqualTo(1);
    }

    @Test
    void aMemberOfAnotherTeamIsAnsweredNotFoundAndTheAttemptAudited() throws Exception {
        UUID conference = conference();

        mvc.perform(get(base() + "/conferences/" + conference).with(as(cas)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R. Leclerc")));
        mvc.perform(get(base() + "/conferences/" + conference).with(as(otherTeam)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/care/youth/" + youthId + "/consents").with(as(otherTeam)))
                .andExpect(status().isNotFound());
        mvc.perform(post(base() + "/conferences/" + conference + "/actions")
                        .with(csrf())
                        .with(as(otherTeam))
                        .param("description", "x")
                        .param("ownerId", Fixtures.principal(otherTeam).userId().toString())
                        .param("dueOn", today.toString()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'DENIED' and resource_id = ?",
                        Integer.class,
                        youthId.toString()))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_action where conference_id = ?", Integer.class, conference))
                .isZero();
    }

    @Test
    void theBoardListsTheTeamsOpenActionsOverdueOrDueByTheEndOfTheWeek() throws Exception {
        UUID conference = conference();
        String actions = base() + "/conferences/" + conference + "/actions";
        LocalDate sunday = CareBoardActions.endOfWeek(today);
        String[][] planned = {
            {"Overdue call", today.minusDays(1).toString()},
            {"Due on Sunday", sunday.toString()},
            {"Next week", sunday.plusDays(1).toString()},
            {"Done already", today.toString()}
        };
        List<UUID> beforeLast = new ArrayList<>();
        for (String[] p : planned) {
            beforeLast.clear();
            beforeLast.addAll(
                    jdbc.queryForList("select id from care_action where conference_id = ?", UUID.class, conference));
            mvc.perform(post(actions)
                            .with(csrf())
                            .with(as(cas))
                            .param("description", p[0])
                            .param(
                                    "ownerId",
                                    Fixtures.principal(police).userId().toString())
                            .param("dueOn", p[1]))
                    .andExpect(status().is3xxRedirection());
        }
        // the one due today, "Done already", is the one the last post added (on a Sunday "Due on Sunday" is due
        // today too, and picking either of the two by id failed one Sunday in two)
        UUID done =
                jdbc.queryForList("select id from care_action where conference_id = ?", UUID.class, conference).stream()
                        .filter(id -> !beforeLast.contains(id))
                        .findFirst()
                        .orElseThrow();
        mvc.perform(post("/api/v1/care/youth/" + youthId + "/conferences/" + conference + "/actions/" + done + "/done")
                        .with(csrf())
                        .with(as(police))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"done\":true}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/care/actions").param("due", "week").with(as(police)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(jsonPath("$[1].overdue").value(false))
                .andExpect(jsonPath("$[1].dueOn").value(sunday.toString()));
        mvc.perform(get("/api/v1/care/actions").param("due", "week").with(as(otherTeam)))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/care/actions").param("due", "year").with(as(police)))
                .andExpect(status().isBadRequest());

        // the team's board shows the same two, and the board of another team none of them
        mvc.perform(get("/care").param("team", team.toString()).with(as(police)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue call")))
                .andExpect(content().string(containsString("Due on Sunday")))
                .andExpect(content().string(not(containsString("Next week"))))
                .andExpect(content().string(not(containsString("Done already"))));
        mvc.perform(get("/care").with(as(otherTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Overdue call"))));
    }

    @Test
    void badInputOnEveryFormIsRefusedWithATranslatedMessageAndNothingStored() throws Exception {
        UUID conference = conference();
        String page = base() + "/conferences/" + conference;

        mvc.perform(post(base() + "/consents")
                        .with(csrf())
                        .with(as(cas))
                        .header("Accept-Language", "fr")
                        .param("givenBy", "NOBODY")
                        .param("recipient", "not-an-org")
                        .param("validFrom", "2026-02-30")
                        .param("validUntil", "someday")
                        .param("manner", "VERBAL_WITNESSED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Un consentement verbal exige le nom de son témoin.")))
                .andExpect(content().string(containsString("Choisissez au moins un type de renseignements.")));
        mvc.perform(post(base() + "/conferences")
                        .with(csrf())
                        .with(as(cas))
                        .param("heldOn", "1999-01-01")
                        .param("members", UUID.randomUUID().toString())
                        .param("outsideName", "Only a name", "", "")
                        .param("outsideRole", "", "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give both the name and the role")));
        mvc.perform(post(page + "/actions")
                        .with(csrf())
                        .with(as(cas))
                        .param("description", "")
                        .param("ownerId", Fixtures.principal(otherTeam).userId().toString())
                        .param("dueOn", "tomorrow"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a member of this youth&#39;s team.")));
        mvc.perform(post(page + "/shares")
                        .with(csrf())
                        .with(as(cas))
                        .param("category", "GOSSIP")
                        .param("organizationId", "nowhere")
                        .param("basis", "BECAUSE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose the kind of information.")));
        mvc.perform(post("/api/v1/care/youth/" + youthId + "/consents")
                        .with(csrf())
                        .with(as(cas))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenBy\":\"YOUTH\",\"categories\":[\"IDENTITY\"],\"recipient\":\"TEAM\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.purpose").exists());
        mvc.perform(post("/api/v1/care/youth/" + youthId + "/conferences")
                        .with(csrf())
                        .with(as(cas))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"not a date\"}"))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.queryForObject("select count(*) from care_consent where youth_id = ?", Integer.class, youthId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_conference where youth_id = ?", Integer.class, youthId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_action where conference_id = ?", Integer.class, conference))
                .isZero();
        assertThat(shares(conference)).isZero();
    }
}
