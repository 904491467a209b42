package ca.harbour.cases.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.ServicePlans;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Case work through its pages and API: who reads and who changes (the assigned worker and a supervisor change, a
 * colleague reads, another agency gets a denied 404), a stale safety plan refused, restricted notes, bad input
 * refused with nothing stored, and a completed referral marking its planned service delivered.
 */
@HarbourTest
class CaseWorkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseFiles cases;

    @Autowired
    ServicePlans servicePlans;

    private Authentication worker;
    private Authentication colleague;
    private Authentication supervisor;
    private Authentication stranger;
    private UUID caseId;

    @BeforeEach
    void aCase() {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        worker = fixtures.staff(agency, Role.CASE_WORKER);
        colleague = fixtures.staff(agency, Role.CASE_WORKER);
        supervisor = fixtures.staff(agency, Role.SUPERVISOR);
        stranger = fixtures.staff(fixtures.organization(OrganizationType.SERVICE_PROVIDER), Role.SUPERVISOR);
        caseId = cases.open(
                Fixtures.principal(worker),
                new NewCase(CaseOrigin.DIRECT, null, "Mira K.", null, List.of(), List.of()));
    }

    private static RequestPostProcessor as(Authentication who) {
        return authentication(who);
    }

    private String path(String page) {
        return "/cases/" + caseId + "/" + page;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, caseId);
    }

    private int denied() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'DENIED' and resource_id = ?",
                Integer.class,
                caseId.toString());
    }

    @Test
    void theAssignedWorkerSavesTheSafetyPlanAColleagueReadsItAndAnotherAgencyGetsADeniedNotFound() throws Exception {
        mvc.perform(post(path("safety-plan"))
                        .with(as(worker))
                        .with(csrf())
                        .param("version", "0")
                        .param("risk", "The recruiter knows her address", "")
                        .param("contactName", "Sister Ana", "")
                        .param("contactReach", "Text after 6 pm", "")
                        .param("contactRelationship", "Sister", "")
                        .param("codeWords", "blue umbrella")
                        .param("stepText", "Pack a bag", "Change phone")
                        .param("stepDone", "1"))
                .andExpect(redirectedUrl(path("safety-plan") + "?saved"));
        byte[] stored =
                jdbc.queryForObject("select document from case_safety_plan where case_id = ?", byte[].class, caseId);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("umbrella");
        assertThat(count("select count(*) from case_event where case_id = ? and kind = 'SAFETY_PLAN_UPDATED'"))
                .isEqualTo(1);

        mvc.perform(get(path("safety-plan")).with(as(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("blue umbrella")))
                .andExpect(content().string(containsString("Only the workers assigned to it")))
                .andExpect(content().string(not(containsString("id=\"safety-plan-form\""))));
        mvc.perform(post(path("safety-plan"))
                        .with(as(colleague))
                        .with(csrf())
                        .param("version", "1")
                        .param("codeWords", "changed"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/cases/" + caseId + "/safety-plan")
                        .with(as(colleague))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"codeWords\":\"changed\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cases/" + caseId + "/safety-plan").with(as(colleague)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.plan.codeWords").value("blue umbrella"))
                .andExpect(jsonPath("$.plan.steps[1].done").value(true));

        int deniedBefore = denied();
        for (String page : List.of("safety-plan", "needs", "service-plan", "notes")) {
            mvc.perform(get(path(page)).with(as(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/cases/" + caseId + "/" + page).with(as(stranger)))
                    .andExpect(status().isNotFound());
        }
        assertThat(denied()).isEqualTo(deniedBefore + 8);
        mvc.perform(get("/cases/" + UUID.randomUUID() + "/notes").with(as(worker)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'READ' and resource_type = 'case_safety_plan'"
                                + " and resource_id = ?",
                        Integer.class,
                        caseId.toString()))
                // the colleague's page, the page shown again with their refusal, and their API read
                .isEqualTo(3);
    }

    @Test
    void aSafetyPlanSavedOverAnOlderVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post(path("safety-plan"))
                        .with(as(worker))
                        .with(csrf())
                        .param("version", "0")
                        .param("codeWords", "first"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path("safety-plan"))
                        .with(as(supervisor))
                        .with(csrf())
                        .param("version", "1")
                        .param("codeWords", "second"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path("safety-plan"))
                        .with(as(worker))
                        .with(csrf())
                        .param("version", "1")
                        .param("codeWords", "third"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Someone else saved this safety plan")))
                .andExpect(content().string(containsString("third")));
        mvc.perform(put("/api/v1/cases/" + caseId + "/safety-plan")
                        .with(as(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"codeWords\":\"fourth\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Someone else saved")));
        mvc.perform(get("/api/v1/cases/" + caseId + "/safety-plan").with(as(worker)))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.plan.codeWords").value("second"));
    }

    @Test
    void aRestrictedNoteIsHiddenFromAColleagueAndACorrectionIsANewLinkedNote() throws Exception {
        mvc.perform(post(path("notes"))
                        .with(as(worker))
                        .with(csrf())
                        .param("text", "Standard note")
                        .param("sensitivity", "STANDARD"))
                .andExpect(redirectedUrl(path("notes") + "?saved"));
        mvc.perform(post(path("notes"))
                        .with(as(worker))
                        .with(csrf())
                        .param("text", "Only for the team")
                        .param("sensitivity", "RESTRICTED"))
                .andExpect(status().is3xxRedirection());
        UUID restricted = jdbc.queryForObject(
                "select id from case_note where case_id = ? and sensitivity = 'RESTRICTED'", UUID.class, caseId);
        UUID standard = jdbc.queryForObject(
                "select id from case_note where case_id = ? and sensitivity = 'STANDARD'", UUID.class, caseId);

        mvc.perform(get(path("notes")).with(as(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Standard note")))
                .andExpect(content().string(not(containsString("Only for the team"))));
        mvc.perform(get("/api/v1/cases/" + caseId + "/notes").with(as(colleague)))
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/v1/cases/" + caseId + "/notes/" + restricted).with(as(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/notes").with(as(supervisor)))
                .andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/v1/cases/" + caseId + "/notes/" + restricted).with(as(worker)))
                .andExpect(jsonPath("$.text").value("Only for the team"));
        // a colleague may not write notes, not even corrections
        mvc.perform(post(path("notes"))
                        .with(as(colleague))
                        .with(csrf())
                        .param("text", "Mine")
                        .param("sensitivity", "STANDARD"))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/api/v1/cases/" + caseId + "/notes")
                        .with(as(supervisor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"The date was the 3rd\",\"sensitivity\":\"STANDARD\",\"corrects\":\""
                                + standard + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/cases/" + caseId + "/notes").with(as(worker)))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].text").value("The date was the 3rd"))
                .andExpect(jsonPath("$[0].corrects").value(standard.toString()));
        assertThat(count("select count(*) from case_note where case_id = ? and body::text like '%Standard%'"))
                .isZero();
        assertThat(count("select count(*) from case_event where case_id = ? and kind = 'NOTE_ADDED'"))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'DENIED' and resource_id = ?",
                        Integer.class,
                        restricted.toString()))
                .isEqualTo(1);
        // every list of notes is audited with the ids it showed
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'READ' and resource_type = 'case_note'"
                                + " and reason = 'case notes' and shown_ids like ?",
                        Integer.class,
                        "%" + standard + "%"))
                .isPositive();
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndStoresNothing() throws Exception {
        LocalDate today = LocalDate.now();
        mvc.perform(post(path("service-plan/goals"))
                        .with(as(worker))
                        .with(csrf())
                        .param("goal", "Housing")
                        .param("targetDate", "2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("2026-02-30")));
        mvc.perform(post(path("service-plan/goals"))
                        .with(as(worker))
                        .with(csrf())
                        .param("goal", "Housing")
                        .param("targetDate", today.minusDays(1).toString()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path("service-plan/goals"))
                        .with(as(worker))
                        .with(csrf())
                        .param("goal", "x".repeat(501)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases/" + caseId + "/service-plan/goals")
                        .with(as(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Housing\",\"targetDate\":\"" + today.plusYears(6) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.targetDate").exists());
        assertThat(count("select count(*) from case_goal where case_id = ?")).isZero();

        mvc.perform(post(path("notes"))
                        .with(as(worker))
                        .with(csrf())
                        .param("text", "n".repeat(10_001))
                        .param("sensitivity", "STANDARD"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("10,000 characters")));
        mvc.perform(post(path("notes"))
                        .with(as(worker))
                        .with(csrf())
                        .param("text", "ok")
                        .param("sensitivity", "SECRET"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path("notes"))
                        .with(as(worker))
                        .with(csrf())
                        .param("text", "ok")
                        .param("sensitivity", "STANDARD")
                        .param("corrects", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from case_note where case_id = ?")).isZero();

        mvc.perform(post(path("needs"))
                        .with(as(worker))
                        .with(csrf())
                        .param("level-HOUSING", "DIRE")
                        .param("note-HOUSING", "kept"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a level from the list")))
                .andExpect(content().string(containsString("kept")));
        mvc.perform(post("/api/v1/cases/" + caseId + "/needs")
                        .with(as(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"levels\":{\"ASTROLOGY\":\"LOW\"}}"))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from case_needs_assessment where case_id = ?"))
                .isZero();

        mvc.perform(post(path("safety-plan"))
                        .with(as(worker))
                        .with(csrf())
                        .param("version", "0")
                        .param("risk", "r".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"risk-0-error\"")));
        assertThat(count("select count(*) from case_safety_plan where case_id = ?"))
                .isZero();
    }

    @Test
    void needsAssessmentsAreKeptAsHistoryNewestFirst() throws Exception {
        mvc.perform(post(path("needs"))
                        .with(as(worker))
                        .with(csrf())
                        .param("level-HOUSING", "URGENT")
                        .param("note-HOUSING", "On a couch"))
                .andExpect(redirectedUrl(path("needs") + "?saved"));
        mvc.perform(post("/api/v1/cases/" + caseId + "/needs")
                        .with(as(supervisor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"levels\":{\"HOUSING\":\"LOW\"},\"notes\":{\"HOUSING\":\"Shelter bed found\"}}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/cases/" + caseId + "/needs").with(as(colleague)))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(
                        jsonPath("$[0].needs[?(@.domain == 'HOUSING')].level").value("LOW"))
                .andExpect(jsonPath("$[1].needs[?(@.domain == 'HOUSING')].note").value("On a couch"));
        mvc.perform(get(path("needs")).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Shelter bed found")))
                .andExpect(content().string(containsString("Earlier assessments")));
        assertThat(count("select count(*) from case_event where case_id = ? and kind = 'NEEDS_ASSESSED'"))
                .isEqualTo(2);
    }

    @Test
    void aPlannedServiceMovesThroughItsStatusesAndACompletedReferralMarksItDelivered() throws Exception {
        UUID directoryService = jdbc.queryForObject("select id from dir_service order by id limit 1", UUID.class);
        mvc.perform(post(path("service-plan/goals"))
                        .with(as(worker))
                        .with(csrf())
                        .param("goal", "Safe housing")
                        .param("targetDate", LocalDate.now().plusMonths(2).toString()))
                .andExpect(status().is3xxRedirection());
        UUID goal = jdbc.queryForObject("select id from case_goal where case_id = ?", UUID.class, caseId);
        mvc.perform(post(path("service-plan/services"))
                        .with(as(worker))
                        .with(csrf())
                        .param("goalId", goal.toString())
                        .param("serviceId", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a service found in the directory")));
        mvc.perform(post("/api/v1/cases/" + caseId + "/service-plan/services")
                        .with(as(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"goalId\":\"" + goal + "\",\"serviceId\":\"" + directoryService
                                + "\",\"dueDate\":\"" + LocalDate.now().plusDays(7) + "\"}"))
                .andExpect(status().isCreated());
        UUID planned = jdbc.queryForObject("select id from case_planned_service where case_id = ?", UUID.class, caseId);

        mvc.perform(post(path("service-plan/services/" + planned + "/status"))
                        .with(as(worker))
                        .with(csrf())
                        .param("status", "REQUESTED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path("service-plan/services/" + planned + "/status"))
                        .with(as(colleague))
                        .with(csrf())
                        .param("status", "CANCELLED"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(path("service-plan")).with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Safe housing")))
                .andExpect(content().string(containsString("Requested")));

        assertThat(servicePlans.markDelivered(caseId, UUID.randomUUID(), UUID.randomUUID()))
                .isZero();
        UUID referral = UUID.randomUUID();
        assertThat(servicePlans.markDelivered(caseId, directoryService, referral))
                .isEqualTo(1);
        assertThat(jdbc.queryForMap("select status, referral_id from case_planned_service where id = ?", planned))
                .containsEntry("status", "DELIVERED")
                .containsEntry("referral_id", referral);
        assertThat(servicePlans.markDelivered(caseId, directoryService, referral))
                .isZero();
        mvc.perform(put("/api/v1/cases/" + caseId + "/service-plan/services/" + planned + "/status")
                        .with(as(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"IN_PROGRESS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("cannot move to that status")));
        assertThat(count("select count(*) from case_event where case_id = ? and kind = 'SERVICE_STATUS_CHANGED'"))
                .isEqualTo(2);
    }
}
