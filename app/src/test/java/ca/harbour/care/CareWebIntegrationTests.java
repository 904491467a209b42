package ca.harbour.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import ca.harbour.care.internal.CareTeams;
import ca.harbour.care.internal.CareYouthRecords;
import ca.harbour.care.internal.CareYouthRecords.NewYouth;
import ca.harbour.care.internal.IndigenousIdentity;
import ca.harbour.care.internal.MemberFunction;
import ca.harbour.care.internal.YouthReferrals;
import ca.harbour.care.internal.YouthSource;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.screening.Screenings;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * CARE through its pages and API: a member of one team cannot reach another team's youth by page, board or API
 * (404 and a DENIED audit row); the duty to report is overdue until recorded; bad input on every form is refused
 * with its message and changes nothing; a removed member loses the board at once.
 */
@HarbourTest
class CareWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CareTeams teams;

    @Autowired
    CareYouthRecords youth;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Screenings screenings;

    private Authentication cas;
    private Authentication police;
    private Authentication outsider;
    private Authentication advocate;
    private Authentication admin;
    private Organization society;
    private UUID team;
    private UUID otherTeam;

    @BeforeEach
    void teams() {
        society = fixtures.organization(OrganizationType.CHILDRENS_AID_SOCIETY);
        cas = fixtures.staff(society, Role.CARE_MEMBER);
        police = fixtures.staff(fixtures.organization(OrganizationType.POLICE_SERVICE), Role.CARE_MEMBER);
        outsider = fixtures.staff(society, Role.CARE_MEMBER);
        advocate = fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE);
        admin = fixtures.staff(fixtures.organization(OrganizationType.MINISTRY), Role.ADMIN);
        Instant now = Instant.now();
        team = teams.create("Team " + UUID.randomUUID(), false);
        teams.addMember(team, Fixtures.principal(cas).userId(), MemberFunction.CHILD_PROTECTION, now);
        teams.addMember(team, Fixtures.principal(police).userId(), MemberFunction.POLICE, now);
        otherTeam = teams.create("Team " + UUID.randomUUID(), false);
        teams.addMember(otherTeam, Fixtures.principal(outsider).userId(), MemberFunction.CHILD_PROTECTION, now);
    }

    private UUID refer(int age, IndigenousIdentity identity) {
        var referrer = Fixtures.principal(advocate);
        return youth.insert(new NewYouth(
                team,
                YouthSource.SCHOOL,
                null,
                null,
                "Jo T.",
                null,
                age,
                true,
                identity,
                referrer.userId(),
                referrer.organizationId(),
                Instant.now().minus(1, ChronoUnit.HOURS),
                false));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
        return mvc.perform(request.with(authentication(who)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse json(MockHttpServletRequestBuilder request, Authentication who, String body)
            throws Exception {
        return send(request.contentType(MediaType.APPLICATION_JSON).content(body), who);
    }

    /** The errors a refused page form flashes back to its page. */
    private Object flashErrors(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
        return mvc.perform(request.with(authentication(who)).with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("errors");
    }

    private int denied(UUID id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'DENIED' and resource_type = 'care_youth'"
                        + " and resource_id = ?",
                Integer.class,
                id.toString());
    }

    @Test
    void aMemberOfAnotherTeamCannotReachTheYouthByPageBoardOrApi() throws Exception {
        UUID id = refer(14, IndigenousIdentity.NOT_SHARED);

        assertThat(send(get("/care/youth/" + id), cas).getStatus()).isEqualTo(200);
        assertThat(send(get("/care"), cas).getContentAsString()).contains("/care/youth/" + id);
        assertThat(send(get("/api/v1/care/youth/" + id), police).getStatus()).isEqualTo(200);

        assertThat(send(get("/care/youth/" + id), outsider).getStatus()).isEqualTo(404);
        assertThat(send(get("/api/v1/care/youth/" + id), outsider).getStatus()).isEqualTo(404);
        assertThat(send(get("/care"), outsider).getContentAsString()).doesNotContain(id.toString());
        String board = send(get("/api/v1/care/board"), outsider).getContentAsString();
        assertThat(board).doesNotContain(id.toString());
        assertThat(send(get("/care?team=" + team), outsider).getStatus()).isEqualTo(404);
        assertThat(send(get("/api/v1/care/board?team=" + team), outsider).getStatus())
                .isEqualTo(404);
        assertThat(json(post("/api/v1/care/youth/" + id + "/notes"), outsider, "{\"body\":\"x\"}")
                        .getStatus())
                .isEqualTo(404);
        assertThat(denied(id)).isEqualTo(3);
        assertThat(send(get("/care/youth/" + id), advocate).getStatus()).isEqualTo(403);
    }

    @Test
    void aRequiredReportIsOverdueOnTheBoardUntilRecordedAndBadReportsChangeNothing() throws Exception {
        UUID young = refer(15, IndigenousIdentity.NOT_SHARED);
        UUID older = refer(16, IndigenousIdentity.NOT_SHARED);
        String board = send(get("/api/v1/care/board?team=" + team), cas).getContentAsString();
        List<String> overdue = JsonPath.read(board, "$.dutyOverdue[*].youthId");
        assertThat(overdue).contains(young.toString()).doesNotContain(older.toString());
        assertThat((String) JsonPath.read(
                        send(get("/api/v1/care/youth/" + older), cas).getContentAsString(), "$.dutyStatus"))
                .isEqualTo("OFFERED");

        String future = "{\"societyId\":\"" + society.id() + "\",\"reportedAt\":\""
                + Instant.now().plus(1, ChronoUnit.DAYS) + "\",\"reference\":\"CAS-1\"}";
        MockHttpServletResponse refused = json(put("/api/v1/care/youth/" + young + "/duty-to-report"), cas, future);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("reportedAt");
        String unknownSociety = "{\"societyId\":\"" + UUID.randomUUID() + "\",\"reportedAt\":\"" + Instant.now()
                + "\",\"reference\":\"CAS-1\"}";
        assertThat(json(put("/api/v1/care/youth/" + young + "/duty-to-report"), cas, unknownSociety)
                        .getStatus())
                .isEqualTo(400);
        assertThat(flashErrors(
                        post("/care/youth/" + young + "/duty-to-report")
                                .param("societyId", society.id().toString())
                                .param("reportedAt", "not a time")
                                .param("reference", "CAS-1"),
                        cas))
                .asString()
                .contains("reportedAt");
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_duty_report where youth_id = ?", Integer.class, young))
                .isZero();

        String good = "{\"societyId\":\"" + society.id() + "\",\"reportedAt\":\""
                + Instant.now().minus(5, ChronoUnit.MINUTES) + "\",\"reference\":\"CAS-1\"}";
        MockHttpServletResponse recorded = json(put("/api/v1/care/youth/" + young + "/duty-to-report"), cas, good);
        assertThat(recorded.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(recorded.getContentAsString(), "$.dutyStatus"))
                .isEqualTo("REPORTED");
        board = send(get("/api/v1/care/board?team=" + team), cas).getContentAsString();
        List<String> after = JsonPath.read(board, "$.dutyOverdue[*].youthId");
        assertThat(after).doesNotContain(young.toString());

        // a report on record is never replaced, and its reference is stored encrypted
        String again = "{\"societyId\":\"" + society.id() + "\",\"reportedAt\":\"" + Instant.now()
                + "\",\"reference\":\"CAS-2\"}";
        assertThat(json(put("/api/v1/care/youth/" + young + "/duty-to-report"), cas, again)
                        .getStatus())
                .isEqualTo(400);
        assertThat((String) JsonPath.read(
                        send(get("/api/v1/care/youth/" + young), cas).getContentAsString(), "$.reportReference"))
                .isEqualTo("CAS-1");
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_duty_report where youth_id = ?"
                                + " and position(convert_to('CAS-1', 'UTF8') in reference) > 0",
                        Integer.class,
                        young))
                .isZero();
    }

    @Test
    void decisionsFollowTheRulesAndBadDecisionsChangeNothing() throws Exception {
        UUID id = refer(14, IndigenousIdentity.NOT_SHARED);
        assertThat(json(post("/api/v1/care/youth/" + id + "/decision"), cas, "{\"status\":\"CLOSED\",\"reason\":\"r\"}")
                        .getStatus())
                .isEqualTo(400);
        assertThat(json(post("/api/v1/care/youth/" + id + "/decision"), cas, "{\"status\":\"ACCEPTED\"}")
                        .getStatus())
                .isEqualTo(400);
        assertThat(flashErrors(post("/care/youth/" + id + "/decision").param("status", "NONSENSE"), cas))
                .asString()
                .contains("status");
        assertThat(jdbc.queryForObject("select status from care_youth where id = ?", String.class, id))
                .isEqualTo("RECEIVED");

        MockHttpServletResponse accepted = json(
                post("/api/v1/care/youth/" + id + "/decision"),
                police,
                "{\"status\":\"ACCEPTED\",\"reason\":\"meets the team's criteria\"}");
        assertThat(accepted.getStatus()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(accepted.getContentAsString(), "$.nextStatuses"))
                .containsExactly("CLOSED");
        assertThat(json(
                                post("/api/v1/care/youth/" + id + "/decision"),
                                cas,
                                "{\"status\":\"ACCEPTED\",\"reason\":\"r\"}")
                        .getStatus())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_youth_decision where youth_id = ?", Integer.class, id))
                .isEqualTo(1);

        assertThat(json(
                                put("/api/v1/care/youth/" + id + "/first-contact"),
                                cas,
                                "{\"at\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}")
                        .getStatus())
                .isEqualTo(400);
        assertThat(json(put("/api/v1/care/youth/" + id + "/first-contact"), cas, "{\"at\":\"" + Instant.now() + "\"}")
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theLiaisonIsOfferedOnlyToAnIndigenousYouthAndTheBoardShowsItPending() throws Exception {
        UUID inuit = refer(15, IndigenousIdentity.INUIT);
        UUID other = refer(15, IndigenousIdentity.NOT_SHARED);
        String board = send(get("/api/v1/care/board?team=" + team), cas).getContentAsString();
        List<String> pending = JsonPath.read(board, "$.liaisonPending[*].youthId");
        assertThat(pending).contains(inuit.toString()).doesNotContain(other.toString());

        assertThat(json(
                                put("/api/v1/care/youth/" + other + "/liaison"),
                                cas,
                                "{\"offeredAt\":\"" + Instant.now() + "\"}")
                        .getStatus())
                .isEqualTo(400);
        assertThat(flashErrors(
                        post("/care/youth/" + inuit + "/liaison")
                                .param("offeredAt", "2020-01-01T10:00")
                                .param("answer", "MAYBE"),
                        cas))
                .asString()
                .contains("answer");
        MockHttpServletResponse offered = json(
                put("/api/v1/care/youth/" + inuit + "/liaison"),
                cas,
                "{\"offeredAt\":\"" + Instant.now() + "\",\"takenUp\":true}");
        assertThat(offered.getStatus()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(offered.getContentAsString(), "$.liaisonTakenUp"))
                .isTrue();
        board = send(get("/api/v1/care/board?team=" + team), cas).getContentAsString();
        List<String> after = JsonPath.read(board, "$.liaisonPending[*].youthId");
        assertThat(after).doesNotContain(inuit.toString());
    }

    @Test
    void aPartnerRefersAYouthWithTheScreeningAndBadReferralsAreRefused() throws Exception {
        // every question of the youth instrument's version in force (other tests publish new versions of it)
        String answers = screenings.current(YouthReferrals.INSTRUMENT).orElseThrow().items().stream()
                .map(item -> "\"" + item.code() + "\":1")
                .collect(Collectors.joining(","));
        String body = "{\"teamId\":\"" + team + "\",\"label\":\"Sam K.\",\"birthDate\":\""
                + LocalDate.now().minusYears(14).minusDays(3)
                + "\",\"indigenousIdentity\":\"METIS\",\"source\":\"SCHOOL\",\"screeningAnswers\":{" + answers
                + "}}";
        assertThat(send(get("/api/v1/care/referral-teams"), advocate).getContentAsString())
                .contains(team.toString());
        MockHttpServletResponse created = json(post("/api/v1/care/youth"), advocate, body);
        assertThat(created.getStatus()).isEqualTo(201);
        UUID id = UUID.fromString(JsonPath.read(created.getContentAsString(), "$.id"));
        assertThat(jdbc.queryForObject("select age_at_referral from care_youth where id = ?", Integer.class, id))
                .isEqualTo(14);
        assertThat(jdbc.queryForObject(
                        "select count(*) from screening where subject_type = 'care_youth' and subject_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);
        assertThat(send(get("/api/v1/care/youth/" + id), advocate).getStatus()).isEqualTo(403);

        long before = jdbc.queryForObject("select count(*) from care_youth", Long.class);
        String future = body.replace(
                LocalDate.now().minusYears(14).minusDays(3).toString(),
                LocalDate.now().plusDays(2).toString());
        assertThat(json(post("/api/v1/care/youth"), advocate, future).getContentAsString())
                .contains("birthDate");
        String unknownTeam = body.replace(team.toString(), UUID.randomUUID().toString());
        assertThat(json(post("/api/v1/care/youth"), advocate, unknownTeam).getContentAsString())
                .contains("teamId");
        String unseenContact = "{\"teamId\":\"" + team + "\",\"label\":\"Sam K.\",\"ageEstimate\":15,"
                + "\"indigenousIdentity\":\"NOT_SHARED\",\"source\":\"HOTLINE_CONTACT\",\"sourceId\":\""
                + UUID.randomUUID() + "\"}";
        assertThat(json(post("/api/v1/care/youth"), advocate, unseenContact).getContentAsString())
                .contains("sourceId");
        MockHttpServletResponse page = send(
                post("/care/refer")
                        .param("teamId", team.toString())
                        .param("label", "Sam K.")
                        .param("ageEstimate", "31")
                        .param("indigenousIdentity", "NOT_SHARED")
                        .param("source", "SCHOOL"),
                advocate);
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("0 to 25");
        MockHttpServletResponse badScreening = send(
                post("/care/refer")
                        .param("teamId", team.toString())
                        .param("label", "Sam K.")
                        .param("ageEstimate", "13")
                        .param("indigenousIdentity", "NOT_SHARED")
                        .param("source", "SCHOOL")
                        .param(
                                "a_"
                                        + screenings
                                                .current(YouthReferrals.INSTRUMENT)
                                                .orElseThrow()
                                                .items()
                                                .get(0)
                                                .code(),
                                "7"),
                advocate);
        assertThat(badScreening.getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from care_youth", Long.class))
                .isEqualTo(before);
    }

    @Test
    void anAdministratorManagesTeamsAndARemovedMemberLosesTheBoardAtOnce() throws Exception {
        UUID id = refer(14, IndigenousIdentity.NOT_SHARED);
        assertThat(json(post("/api/v1/care/teams"), admin, "{\"name\":\" \"}").getStatus())
                .isEqualTo(400);
        UUID policeId = Fixtures.principal(police).userId();
        assertThat(flashErrors(
                        post("/care/admin/teams/" + team + "/members")
                                .param(
                                        "userId",
                                        Fixtures.principal(advocate).userId().toString()),
                        admin))
                .asString()
                .contains("userId");
        assertThat(send(get("/api/v1/care/youth/" + id), admin).getStatus()).isEqualTo(403);

        assertThat(send(post("/care/admin/teams/" + team + "/members/" + policeId + "/remove"), admin)
                        .getStatus())
                .isEqualTo(302);
        assertThat(send(get("/care/youth/" + id), police).getStatus()).isEqualTo(404);
        assertThat(send(get("/care"), police).getContentAsString()).doesNotContain(id.toString());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'care_team' and resource_id = ?"
                                + " and reason = 'member removed'",
                        Integer.class,
                        team.toString()))
                .isEqualTo(1);

        // a police officer cannot be made a child-protection member, which would let them read its notes
        assertThat(json(
                                post("/api/v1/care/teams/" + team + "/members"),
                                admin,
                                "{\"userId\":\"" + policeId + "\",\"function\":\"CHILD_PROTECTION\"}")
                        .getStatus())
                .isEqualTo(400);
        assertThat(send(get("/care/youth/" + id), police).getStatus()).isEqualTo(404);

        MockHttpServletResponse back =
                json(post("/api/v1/care/teams/" + team + "/members"), admin, "{\"userId\":\"" + policeId + "\"}");
        assertThat(back.getStatus()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(back.getContentAsString(), "$[?(@.removedAt == null)].function"))
                .contains("POLICE");
        assertThat(send(get("/care/youth/" + id), police).getStatus()).isEqualTo(200);
    }
}
