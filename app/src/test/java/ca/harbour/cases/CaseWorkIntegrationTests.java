package ca.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
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
 * The case page's work: people (suspected traffickers kept apart), consents, the workflow, assignment and transfer
 * with consent, opening from a hotline contact and from the opening form; bad input is refused next to its field,
 * keeps what was typed and changes nothing.
 */
@HarbourTest
class CaseWorkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    JdbcTemplate jdbc;

    private Organization agency;
    private Organization other;
    private Authentication worker;
    private RequestPostProcessor asWorker;
    private RequestPostProcessor asColleague;
    private RequestPostProcessor asSupervisor;
    private RequestPostProcessor asOtherWorker;
    private Authentication colleague;
    private UUID id;

    @BeforeEach
    void aCase() {
        agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        other = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        worker = fixtures.staff(agency, Role.CASE_WORKER);
        colleague = fixtures.staff(agency, Role.CASE_WORKER);
        asWorker = authentication(worker);
        asColleague = authentication(colleague);
        asSupervisor = authentication(fixtures.staff(agency, Role.SUPERVISOR));
        asOtherWorker = authentication(fixtures.staff(other, Role.CASE_WORKER));
        id = cases.open(
                Fixtures.principal(worker),
                new NewCase(CaseOrigin.DIRECT, null, "Rosa M.", null, List.of("SERVITUDE"), List.of()));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void suspectedTraffickersAreSeenOnlyByTheAssignedWorkersAndTheSupervisor() throws Exception {
        mvc.perform(post("/cases/" + id + "/people")
                        .with(asWorker)
                        .with(csrf())
                        .param("role", "SURVIVOR")
                        .param("name", "Rosa Marquez-Ibarra")
                        .param("birthDate", "1994-05-01")
                        .param("gender", "FEMININE")
                        .param("languages", "es", "en")
                        .param("immigrationStatus", "TEMPORARY_WORKER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/people")
                        .with(asWorker)
                        .with(csrf())
                        .param("role", "SUSPECTED_TRAFFICKER")
                        .param("name", "Victor Kellerman-Stroud")
                        .param("ageEstimate", "45"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + id).with(asWorker))
                .andExpect(content().string(containsString("Rosa Marquez-Ibarra")))
                .andExpect(content().string(containsString("Victor Kellerman-Stroud")));
        mvc.perform(get("/cases/" + id).with(asSupervisor))
                .andExpect(content().string(containsString("Victor Kellerman-Stroud")));
        mvc.perform(get("/cases/" + id).with(asColleague))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rosa Marquez-Ibarra")))
                .andExpect(content().string(not(containsString("Kellerman"))))
                .andExpect(content().string(not(containsString("value=\"SUSPECTED_TRAFFICKER\""))));
        mvc.perform(get("/api/v1/cases/" + id + "/people").with(asColleague))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(content().string(not(containsString("Kellerman"))));
        mvc.perform(get("/api/v1/cases/" + id + "/people").with(asWorker))
                .andExpect(jsonPath("$.length()").value(2));
        // names and dates of birth are stored encrypted
        assertThat(count(
                        "select count(*) from case_person p where case_id = ? and (row_to_json(p)::text like '%Marquez%'"
                                + " or row_to_json(p)::text like '%1994%')",
                        id))
                .isZero();
    }

    @Test
    void aWorkerWhoMayNotSeeSuspectsCannotAddOneEither() throws Exception {
        // the colleague is made a worker on the case by the supervisor: then they may
        mvc.perform(post("/api/v1/cases/" + id + "/people")
                        .with(asColleague)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"SUSPECTED_TRAFFICKER\",\"name\":\"X\"}"))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from case_person where case_id = ?", id))
                .isZero();
    }

    @Test
    void badPeopleAreRefusedNextToTheirFieldKeepingWhatWasTyped() throws Exception {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        mvc.perform(post("/cases/" + id + "/people")
                        .with(asWorker)
                        .with(csrf())
                        .param("role", "SURVIVOR")
                        .param("name", "Typed name kept")
                        .param("birthDate", tomorrow)
                        .param("gender", "NOT_A_GENDER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"birthDate-error\"")))
                .andExpect(content().string(containsString("id=\"gender-error\"")))
                .andExpect(content().string(containsString("value=\"Typed name kept\"")))
                .andExpect(content().string(containsString(tomorrow)));
        mvc.perform(post("/api/v1/cases/" + id + "/people")
                        .with(asWorker)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"OTHER\",\"name\":\"A\",\"ageEstimate\":\"130\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ageEstimate")));
        assertThat(count("select count(*) from case_person where case_id = ?", id))
                .isZero();
    }

    @Test
    void theWorkflowMovesOneStageAtATimeAndOnlyASupervisorReopens() throws Exception {
        mvc.perform(post("/cases/" + id + "/stage").with(asWorker).with(csrf()).param("stage", "PLANNING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"stage-error\"")));
        mvc.perform(post("/cases/" + id + "/stage").with(asWorker).with(csrf()).param("stage", "ASSESSMENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/status").with(asWorker).with(csrf()).param("status", "CLOSED"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cases/" + id + "/status").with(asWorker).with(csrf()).param("status", "FOLLOW_UP"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status || '/' || stage from case_file where id = ?", String.class, id))
                .isEqualTo("FOLLOW_UP/ASSESSMENT");
        jdbc.update("update case_file set status = 'CLOSED' where id = ?", id);
        mvc.perform(post("/cases/" + id + "/reopen").with(asWorker).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases/" + id + "/reopen").with(asSupervisor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.stage").value("OPEN"));
        mvc.perform(get("/api/v1/cases/" + id + "/timeline?kind=REOPENED").with(asWorker))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theSupervisorAssignsWorkersOfTheAgencyOnly() throws Exception {
        UUID colleagueId = Fixtures.principal(colleague).userId();
        mvc.perform(post("/cases/" + id + "/workers")
                        .with(asSupervisor)
                        .with(csrf())
                        .param("worker", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"worker-error\"")));
        mvc.perform(post("/cases/" + id + "/workers")
                        .with(asWorker)
                        .with(csrf())
                        .param("worker", colleagueId.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + id + "/workers")
                        .with(asSupervisor)
                        .with(csrf())
                        .param("worker", colleagueId.toString()))
                .andExpect(status().is3xxRedirection());
        // now assigned, the colleague may change the case
        mvc.perform(post("/cases/" + id + "/stage")
                        .with(asColleague)
                        .with(csrf())
                        .param("stage", "ASSESSMENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/workers")
                        .with(asSupervisor)
                        .with(csrf())
                        .param("worker", colleagueId.toString())
                        .param("action", "unassign"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/stage")
                        .with(asColleague)
                        .with(csrf())
                        .param("stage", "PLANNING"))
                .andExpect(status().isBadRequest());
    }

    private void consent(String recipient, String until) throws Exception {
        mvc.perform(post("/cases/" + id + "/consents")
                        .with(asWorker)
                        .with(csrf())
                        .param("givenBy", "PERSON")
                        .param("categories", "CASE_SUMMARY", "IDENTITY")
                        .param("recipient", recipient)
                        .param("purpose", "Housing support at the other agency")
                        .param("validFrom", LocalDate.now().toString())
                        .param("validUntil", until)
                        .param("manner", "WRITTEN"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aTransferNeedsAConsentInForceAndThenTheOldAgencySeesNothing() throws Exception {
        mvc.perform(post("/cases/" + id + "/transfer")
                        .with(asSupervisor)
                        .with(csrf())
                        .param("organization", other.id().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"organization-error\"")));
        consent(other.id().toString(), "");
        UUID consentId = jdbc.queryForObject("select id from case_consent where case_id = ?", UUID.class, id);
        mvc.perform(post("/cases/" + id + "/consents/" + consentId + "/withdraw")
                        .with(asWorker)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/transfer")
                        .with(asSupervisor)
                        .with(csrf())
                        .param("organization", other.id().toString()))
                .andExpect(status().isBadRequest());
        consent(other.id().toString(), LocalDate.now().plusMonths(3).toString());
        mvc.perform(get("/cases/" + id).with(asOtherWorker)).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + id + "/transfer")
                        .with(asSupervisor)
                        .with(csrf())
                        .param("organization", other.id().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + id).with(asWorker)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id).with(asSupervisor)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id).with(asOtherWorker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rosa M.")));
        assertThat(count(
                        "select count(*) from case_event where case_id = ? and kind = 'TRANSFERRED' and record_id = ?",
                        id,
                        other.id()))
                .isEqualTo(1);
    }

    @Test
    void badConsentsAreRefusedAndChangeNothing() throws Exception {
        mvc.perform(post("/cases/" + id + "/consents")
                        .with(asWorker)
                        .with(csrf())
                        .param("givenBy", "NEIGHBOUR")
                        .param("recipient", "not-an-id")
                        .param("purpose", "")
                        .param("validFrom", "2026-13-45")
                        .param("manner", "VERBAL_WITNESSED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"givenBy-error\"")))
                .andExpect(content().string(containsString("id=\"recipient-error\"")))
                .andExpect(content().string(containsString("id=\"validFrom-error\"")))
                .andExpect(content().string(containsString("2026-13-45")));
        mvc.perform(post("/api/v1/cases/" + id + "/consents")
                        .with(asWorker)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenBy\":\"PERSON\",\"categories\":[\"IDENTITY\"],\"recipient\":\""
                                + other.id() + "\",\"purpose\":\"p\",\"validFrom\":\"" + LocalDate.now()
                                + "\",\"manner\":\"VERBAL_WITNESSED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("witness")));
        assertThat(count("select count(*) from case_consent where case_id = ?", id))
                .isZero();
    }

    @Test
    void theOpeningFormRefusesABlankNameAndOpensACaseAssignedToItsOpener() throws Exception {
        mvc.perform(post("/cases")
                        .with(asColleague)
                        .with(csrf())
                        .param("label", " ")
                        .param("summary", "Kept summary")
                        .param("exploitationTypes", "FORCED_LABOUR"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"label-error\"")))
                .andExpect(content().string(containsString("Kept summary")));
        mvc.perform(post("/cases")
                        .with(asColleague)
                        .with(csrf())
                        .param("label", "Nadia K.")
                        .param("exploitationTypes", "LABOUR"))
                .andExpect(status().isBadRequest());
        String location = mvc.perform(post("/cases")
                        .with(asColleague)
                        .with(csrf())
                        .param("label", "Nadia K.")
                        .param("exploitationTypes", "FORCED_LABOUR"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID opened = UUID.fromString(location.replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1"));
        assertThat(jdbc.queryForObject("select user_id from case_worker where case_id = ?", UUID.class, opened))
                .isEqualTo(Fixtures.principal(colleague).userId());
        mvc.perform(get("/cases").with(asColleague))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nadia K.")));
    }

    private UUID contactWithCaseNeeded(RequestPostProcessor advocate, boolean consent, String exception)
            throws Exception {
        String location = mvc.perform(
                        post("/contacts").param("safe", "yes").with(advocate).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID contact = UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
        mvc.perform(post("/contacts/" + contact)
                        .with(advocate)
                        .with(csrf())
                        .param("action", "draft")
                        .param("callerType", "VICTIM")
                        .param("callerName", "Lucia Fernandez-Orozco")
                        .param("summary", "Works at a farm without pay")
                        .param("gender", "WOMAN")
                        .param("callerLanguage", "es")
                        .param("indicators", "DOCUMENTS", "DEBT")
                        .param("exploitationTypes", "ForcedLabour")
                        .param("consentContact", Boolean.toString(consent)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/contacts/" + contact + "/actions")
                        .with(advocate)
                        .with(csrf())
                        .param("kind", "CASE_NEEDED")
                        .param("detail", "Wants help with housing")
                        .param("exception", exception)
                        .param("reason", exception.isEmpty() ? "" : "Child at the farm"))
                .andExpect(status().is3xxRedirection());
        return contact;
    }

    private UUID caseNeeded(UUID contact) {
        return jdbc.queryForObject(
                "select id from contact_action where contact_id = ? and kind = 'CASE_NEEDED'", UUID.class, contact);
    }

    @Test
    void anAdvocateOpensACaseFromAContactCarryingOnlyWhatTheCallerAgreedTo() throws Exception {
        Organization hotline = fixtures.organization(OrganizationType.HOTLINE);
        RequestPostProcessor advocate = authentication(fixtures.staff(hotline, Role.ADVOCATE));
        UUID consented = contactWithCaseNeeded(advocate, true, "");
        mvc.perform(get("/contacts/" + consented).with(advocate))
                .andExpect(content().string(containsString("/cases/from-contact/" + caseNeeded(consented))));
        mvc.perform(post("/cases/from-contact/" + caseNeeded(consented))
                        .param("contact", consented.toString())
                        .with(advocate)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID opened = jdbc.queryForObject("select id from case_file where source_id = ?", UUID.class, consented);
        assertThat(jdbc.queryForObject("select organization_id from case_file where id = ?", UUID.class, opened))
                .isEqualTo(hotline.id());
        assertThat(jdbc.queryForObject(
                        "select array_to_string(exploitation_types, ',') || '/' || array_to_string(means_of_control, ',')"
                                + " from case_file where id = ?",
                        String.class,
                        opened))
                .isEqualTo("FORCED_LABOUR/WITHHOLDS_DOCUMENTS,DEBT_BONDAGE");
        RequestPostProcessor hotlineSupervisor = authentication(fixtures.staff(hotline, Role.SUPERVISOR));
        mvc.perform(get("/cases/" + opened).with(hotlineSupervisor))
                .andExpect(content().string(containsString("Lucia Fernandez-Orozco")))
                .andExpect(content().string(containsString("Wants help with housing")));
        // one case per contact
        mvc.perform(post("/cases/from-contact/" + caseNeeded(consented))
                .with(advocate)
                .with(csrf()));
        assertThat(count("select count(*) from case_file where source_id = ?", consented))
                .isEqualTo(1);

        UUID withoutConsent = contactWithCaseNeeded(advocate, false, "MINOR_AT_RISK");
        mvc.perform(post("/cases/from-contact/" + caseNeeded(withoutConsent))
                        .with(advocate)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID pseudonymous =
                jdbc.queryForObject("select id from case_file where source_id = ?", UUID.class, withoutConsent);
        mvc.perform(get("/cases/" + pseudonymous).with(hotlineSupervisor))
                .andExpect(content().string(containsString("Hotline contact")))
                .andExpect(content().string(not(containsString("Fernandez"))))
                .andExpect(content().string(not(containsString("Wants help with housing"))));

        // another agency's advocate cannot open a case from this hotline's contact
        RequestPostProcessor stranger =
                authentication(fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE));
        UUID third = contactWithCaseNeeded(advocate, true, "");
        mvc.perform(post("/cases/from-contact/" + caseNeeded(third))
                        .with(stranger)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from case_file where source_id = ?", third))
                .isZero();
    }
}
