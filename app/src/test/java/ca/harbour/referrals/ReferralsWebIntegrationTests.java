package ca.harbour.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.referrals.internal.ReferralActions;
import ca.harbour.referrals.internal.ReferralDesk;
import ca.harbour.referrals.internal.ReferralRequest;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The referral pages and API through the real security: same rules, translated refusals, 404 for others. */
@HarbourTest
class ReferralsWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferralActions actions;

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseConsents consents;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private ReferralWorld w;

    @AfterEach
    void removeDirectoryRows() {
        w.removeDirectoryRows();
    }

    @BeforeEach
    void world() {
        w = new ReferralWorld(fixtures, jdbc, cases, consents);
    }

    @Test
    void sendingFromThePageWithoutACoveringConsentIsRefusedWithALinkToTheConsentsAndKeepsWhatWasTyped()
            throws Exception {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        mvc.perform(get("/referrals/new").param("case", caseId.toString()).with(authentication(w.workerAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/cases/" + caseId + "#consents")));

        mvc.perform(post("/referrals/new")
                        .param("case", caseId.toString())
                        .param("serviceId", w.service.toString())
                        .param("urgency", "URGENT")
                        .param("categories", "IDENTITY", "SAFETY_PLAN")
                        .param("basis", "CONSENT")
                        .param("consentId", consent.toString())
                        .param("note", "Typed note stays")
                        .with(authentication(w.workerAuth))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This consent does not cover")))
                .andExpect(content().string(containsString("Typed note stays")))
                .andExpect(content().string(containsString("/cases/" + caseId + "#consents")));
        assertThat(jdbc.queryForObject("select count(*) from referral where case_id = ?", Integer.class, caseId))
                .isZero();

        mvc.perform(post("/referrals/new")
                        .param("case", caseId.toString())
                        .param("serviceId", w.service.toString())
                        .param("urgency", "ROUTINE")
                        .param("categories", "IDENTITY")
                        .param("basis", "CONSENT")
                        .param("consentId", consent.toString())
                        .with(authentication(w.workerAuth))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from referral where case_id = ?", Integer.class, caseId))
                .isEqualTo(1);
    }

    @Test
    void junkOnTheSendingFormIsRefusedInFrenchWithoutAServerError() throws Exception {
        UUID caseId = w.openCase();
        mvc.perform(post("/referrals/new")
                        .param("case", caseId.toString())
                        .param("serviceId", "not-a-uuid")
                        .param("urgency", "SOON")
                        .param("categories", "EVERYTHING")
                        .param("basis", "BECAUSE")
                        .param("lang", "fr")
                        .header("Accept-Language", "fr")
                        .with(authentication(w.workerAuth))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez un service du répertoire")));
        mvc.perform(get("/referrals/new").param("case", "junk").with(authentication(w.workerAuth)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/referrals/new").param("case", caseId.toString()).with(authentication(w.thirdAuth)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/referrals/new").param("case", caseId.toString()).with(authentication(w.colleagueAuth)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("assigned workers")));
    }

    @Test
    void theReceiverSeesTheConsentedNameOnThePageUntilTheConsentIsWithdrawnAndAThirdAgencyGetsNotFound()
            throws Exception {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID id = actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent));

        // the inbox names each row's service (all the page's services read at once)
        String serviceName = jdbc.queryForObject("select name from dir_service where id = ?", String.class, w.service);
        mvc.perform(get("/referrals").with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/referrals/" + id)))
                .andExpect(content().string(containsString(serviceName)));
        mvc.perform(get("/referrals").param("case", caseId.toString()).with(authentication(w.workerAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(serviceName)));
        mvc.perform(get("/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ReferralWorld.LABEL)))
                .andExpect(content().string(not(containsString("Met at the clinic"))))
                .andExpect(content().string(not(containsString("/cases/" + caseId))));
        mvc.perform(get("/referrals/" + id).with(authentication(w.thirdAuth))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/referrals/" + id).with(authentication(w.thirdAuth)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'DENIED' and resource_type = 'referral'"
                                + " and resource_id = ?",
                        Integer.class,
                        id.toString()))
                .isEqualTo(2);
        mvc.perform(get("/referrals").with(authentication(w.thirdAuth)))
                .andExpect(content().string(not(containsString("/referrals/" + id))));
        mvc.perform(get("/referrals").param("case", caseId.toString()).with(authentication(w.receivingAuth)))
                .andExpect(status().isNotFound());

        consents.withdraw(w.worker, consent);
        mvc.perform(get("/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ReferralWorld.LABEL))))
                .andExpect(content().string(containsString("withdrew their consent")));
    }

    @Test
    void theReceiverAnswersFromThePageAndADeclineWithoutAReasonIsRefused() throws Exception {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        UUID id = actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent));
        mvc.perform(post("/referrals/" + id + "/status")
                        .param("status", "RECEIVED")
                        .with(authentication(w.receivingAuth))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/referrals/" + id + "/status")
                        .param("status", "DECLINED")
                        .with(authentication(w.receivingAuth))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give a reason.")));
        mvc.perform(post("/referrals/" + id + "/status")
                        .param("status", "NONSENSE")
                        .with(authentication(w.receivingAuth))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/referrals/" + id + "/status")
                        .param("status", "RECEIVED")
                        .with(authentication(w.thirdAuth))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from referral where id = ?", String.class, id))
                .isEqualTo("RECEIVED");
    }

    @Test
    void theApiCreatesListsReadsAndMovesUnderTheSameRules() throws Exception {
        UUID caseId = w.openCase();
        UUID consent = w.consent(
                caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY, ConsentCategory.CASE_SUMMARY), null);
        String body = """
                {"caseId":"%s","serviceId":"%s","urgency":"URGENT","categories":["CASE_SUMMARY"],
                 "basis":"CONSENT","consentId":"%s"}""".formatted(caseId, w.service, consent);
        String created = mvc.perform(post("/api/v1/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(authentication(w.workerAuth))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.referral.status").value("SENT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = created.replaceAll(".*\"referral\":\\{\"id\":\"([0-9a-f-]+)\".*", "$1");

        mvc.perform(get("/api/v1/referrals").with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        mvc.perform(get("/api/v1/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(jsonPath("$.disclosed.state").value("SHOWN"))
                .andExpect(jsonPath("$.disclosed.label").value(nullValue()))
                .andExpect(jsonPath("$.disclosed.caseStatus").value("ACTIVE"))
                .andExpect(jsonPath("$.caseReference").value(nullValue()));
        mvc.perform(get("/api/v1/referrals/" + id).with(authentication(w.thirdAuth)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/referrals/" + id + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"COMPLETED\"}")
                        .with(authentication(w.receivingAuth))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/referrals/" + id + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"RECEIVED\",\"note\":\"On it\"}")
                        .with(authentication(w.receivingAuth))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.status").value("RECEIVED"));
        mvc.perform(post("/api/v1/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"CASE_SUMMARY\"", "\"SAFETY_PLAN\""))
                        .with(authentication(w.workerAuth))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.consentId").exists());
    }

    @Test
    void supervisorsAreToldOfReferralsSentWithoutConsentAndSeeTheirReasons() throws Exception {
        UUID caseId = w.openCase();
        actions.create(
                w.worker,
                new ReferralRequest(
                        caseId,
                        w.service,
                        Urgency.URGENT,
                        Set.of(ConsentCategory.IDENTITY),
                        ReferralBasis.MINOR_AT_RISK,
                        null,
                        "She is 15 and the recruiter is outside",
                        null,
                        true));
        mvc.perform(get("/referrals").with(authentication(w.supervisorAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 in the last 30 days")));
        mvc.perform(get("/referrals/exceptions").with(authentication(w.supervisorAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("She is 15 and the recruiter is outside")));
        mvc.perform(get("/referrals/exceptions").with(authentication(w.workerAuth)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/referrals").with(authentication(w.workerAuth)))
                .andExpect(content().string(not(containsString("in the last 30 days"))));
    }

    @Test
    void theInboxPagesIncomingAndOutgoingApartOnThePageAndThroughTheApiAndKeepsTheOverdueFlag() throws Exception {
        UUID caseId = w.openCase();
        UUID consent = w.consent(caseId, w.receiver.id(), Set.of(ConsentCategory.IDENTITY), null);
        List<UUID> sent = new ArrayList<>();
        for (int i = 0; i < ReferralDesk.PAGE_SIZE + 2; i++) {
            sent.add(actions.create(w.worker, w.request(caseId, Set.of(ConsentCategory.IDENTITY), consent)));
        }
        UUID late = sent.get(0);
        // the oldest referral, unanswered past its target: the last row of the last page
        jdbc.update(
                "update referral set created_at = created_at - interval '2 days', due_at = now() - interval '1 day'"
                        + " where id = ?",
                late);

        mvc.perform(get("/api/v1/referrals").with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(ReferralDesk.PAGE_SIZE + 2))
                .andExpect(jsonPath("$.pages").value(2))
                .andExpect(jsonPath("$.items.length()").value(ReferralDesk.PAGE_SIZE))
                .andExpect(content().string(not(containsString(late.toString()))));
        for (String pageNumber : List.of("2", "99")) {
            mvc.perform(get("/api/v1/referrals").param("page", pageNumber).with(authentication(w.receivingAuth)))
                    .andExpect(jsonPath("$.page").value(2))
                    .andExpect(jsonPath("$.items.length()").value(2))
                    .andExpect(jsonPath("$.items[1].id").value(late.toString()))
                    .andExpect(jsonPath("$.items[1].overdue").value(true))
                    .andExpect(jsonPath("$.items[0].overdue").value(false));
        }
        mvc.perform(get("/api/v1/referrals")
                        .param("direction", "outgoing")
                        .param("page", "2")
                        .with(authentication(w.workerAuth)))
                .andExpect(jsonPath("$.total").value(ReferralDesk.PAGE_SIZE + 2))
                .andExpect(jsonPath("$.items[1].overdue").value(true));
        mvc.perform(get("/api/v1/referrals").param("page", "junk").with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1));
        for (String direction : List.of("incoming", "outgoing")) {
            mvc.perform(get("/api/v1/referrals").param("direction", direction).with(authentication(w.thirdAuth)))
                    .andExpect(jsonPath("$.total").value(0))
                    .andExpect(jsonPath("$.items.length()").value(0));
        }

        mvc.perform(get("/referrals").with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 of 2 (27 in all)")))
                .andExpect(content().string(containsString("/referrals?in=2&amp;out=1#incoming")))
                .andExpect(content().string(not(containsString("/referrals/" + late))));
        mvc.perform(get("/referrals").param("in", "2").with(authentication(w.receivingAuth)))
                .andExpect(content().string(containsString("/referrals/" + late)))
                .andExpect(content().string(containsString("Overdue")));
        mvc.perform(get("/referrals").param("out", "2").param("lang", "fr").with(authentication(w.workerAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 sur 2 (27 au total)")))
                .andExpect(content().string(containsString("/referrals/" + late)));
        mvc.perform(get("/referrals").param("in", "-4").param("out", "x").with(authentication(w.thirdAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/referrals/" + late))));
    }
}
