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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The under-16 pathway on a case: the marker when the survivor was under 16 at the opening (and not otherwise), the
 * duty-to-report step required and overdue until the report is recorded (bad input refused with nothing stored),
 * and a closure that only another supervisor's approval can make.
 */
@HarbourTest
class UnderSixteenPathwayIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseChildProtection childProtection;

    @Autowired
    Clock clock;

    private Authentication worker;
    private Authentication supervisor;
    private Organization society;
    private LocalDate today;

    @BeforeEach
    void anAgency() {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        worker = fixtures.staff(agency, Role.CASE_WORKER);
        supervisor = fixtures.staff(agency, Role.SUPERVISOR);
        society = fixtures.organization(OrganizationType.CHILDRENS_AID_SOCIETY);
        today = LocalDate.now(clock);
    }

    private UUID caseWithSurvivorBorn(LocalDate born) throws Exception {
        UUID id = cases.open(
                Fixtures.principal(worker),
                new NewCase(CaseOrigin.DIRECT, null, "Mira K.", null, List.of(), List.of()));
        mvc.perform(post("/cases/" + id + "/people")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("role", "SURVIVOR")
                        .param("name", "Mira Kowalczyk")
                        .param("birthDate", born.toString()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private UUID person(UUID caseId) {
        return jdbc.queryForObject("select id from case_person where case_id = ?", UUID.class, caseId);
    }

    @Test
    void aSurvivorUnderSixteenAtTheOpeningPutsTheCaseOnThePathwayWithARequiredReport() throws Exception {
        UUID child = caseWithSurvivorBorn(today.minusYears(16).plusDays(1));
        UUID sixteen = caseWithSurvivorBorn(today.minusYears(16));

        assertThat(childProtection.underSixteenPathway(child)).isTrue();
        assertThat(childProtection.underSixteenPathway(sixteen)).isFalse();
        mvc.perform(get("/cases/" + child).with(authentication(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Under-16 pathway")))
                .andExpect(content().string(containsString("Required, overdue")));
        mvc.perform(get("/cases/" + sixteen).with(authentication(worker)).param("lang", "fr"))
                .andExpect(content().string(not(containsString("Parcours des moins de 16 ans"))))
                .andExpect(content().string(containsString("Proposé")));
        mvc.perform(get("/api/v1/cases/" + child + "/duty-to-report").with(authentication(worker)))
                .andExpect(jsonPath("$[0].duty").value("REQUIRED"))
                .andExpect(jsonPath("$[0].overdue").value(true));
    }

    @Test
    void theReportIsRecordedOnceWithEveryPartAndBadInputStoresNothing() throws Exception {
        UUID id = caseWithSurvivorBorn(today.minusYears(13));
        String path = "/cases/" + id + "/duty-to-report/" + person(id);

        mvc.perform(post(path)
                        .with(authentication(worker))
                        .with(csrf())
                        .param("reportedBy", " ")
                        .param("societyId", UUID.randomUUID().toString())
                        .param("reportedOn", today.plusDays(1).toString())
                        .param("reference", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say who made the report.")))
                .andExpect(content().string(containsString("The day of the report cannot be in the future.")));
        assertThat(jdbc.queryForObject("select count(*) from case_duty_report where case_id = ?", Integer.class, id))
                .isZero();

        mvc.perform(post(path)
                        .with(authentication(worker))
                        .with(csrf())
                        .param("reportedBy", "A. Worker")
                        .param("societyId", society.id().toString())
                        .param("reportedOn", today.toString())
                        .param("reference", "CAS-2026-0042"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/cases/" + id + "/duty-to-report").with(authentication(worker)))
                .andExpect(jsonPath("$[0].reported").value(true))
                .andExpect(jsonPath("$[0].overdue").value(false))
                .andExpect(jsonPath("$[0].reference").value("CAS-2026-0042"));
        mvc.perform(post("/api/v1/cases/" + id + "/duty-to-report/" + person(id))
                        .with(authentication(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedBy\":\"B\",\"societyId\":\"" + society.id() + "\",\"reportedOn\":\""
                                + today + "\",\"reference\":\"again\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_duty_report where case_id = ? and position(convert_to('CAS-2026',"
                                + " 'UTF8') in reference) > 0",
                        Integer.class,
                        id))
                .isZero();
    }

    @Test
    void aPersonWhoseReportIsDueOrMadeIsNeitherRemovedNorChangedOutOfTheDuty() throws Exception {
        UUID id = caseWithSurvivorBorn(today.minusYears(30));
        mvc.perform(post("/cases/" + id + "/people")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("role", "FAMILY_MEMBER")
                        .param("name", "Tomas Kowalczyk")
                        .param("birthDate", today.minusYears(12).toString()))
                .andExpect(status().is3xxRedirection());
        UUID sibling = jdbc.queryForObject(
                "select id from case_person where case_id = ? and role = 'FAMILY_MEMBER'", UUID.class, id);
        String page = "/cases/" + id + "/people/" + sibling;

        // a required report not yet made: the person stays, and a new birth date may not make them an adult
        mvc.perform(post(page + "/remove").with(authentication(worker)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Record the report first")));
        mvc.perform(post(page)
                        .with(authentication(worker))
                        .with(csrf())
                        .param("role", "FAMILY_MEMBER")
                        .param("name", "Tomas Kowalczyk")
                        .param("birthDate", today.minusYears(19).toString()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_event where record_id = ? and kind in ('PERSON_CHANGED', 'PERSON_REMOVED')",
                        Integer.class,
                        sibling))
                .isZero();

        // once the report is made, its record stays: still no removal
        mvc.perform(post("/cases/" + id + "/duty-to-report/" + sibling)
                        .with(authentication(worker))
                        .with(csrf())
                        .param("reportedBy", "A. Worker")
                        .param("societyId", society.id().toString())
                        .param("reportedOn", today.toString())
                        .param("reference", "CAS-2026-0077"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/remove").with(authentication(worker)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_duty_report where person_id = ?", Integer.class, sibling))
                .isOne();
    }

    @Test
    void anUnderSixteenCaseClosesOnlyWithAnotherSupervisorsApproval() throws Exception {
        UUID id = caseWithSurvivorBorn(today.minusYears(15));

        // no direct path: a worker cannot set a closed status
        mvc.perform(post("/cases/" + id + "/status")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("status", "CLOSED"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cases/" + id + "/approvals")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("kind", "CLOSURE")
                        .param("closingStatus", "CLOSED")
                        .param("reason", "Safe with family"))
                .andExpect(status().is3xxRedirection());
        UUID approval = jdbc.queryForObject("select id from case_approval where case_id = ?", UUID.class, id);
        String decision = "/api/v1/cases/" + id + "/approvals/" + approval + "/decision";
        mvc.perform(post(decision)
                        .with(authentication(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select status from case_file where id = ?", String.class, id))
                .isEqualTo("ACTIVE");

        mvc.perform(post(decision)
                        .with(authentication(supervisor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select status from case_file where id = ?", String.class, id))
                .isEqualTo("CLOSED");
    }

    /** Whether each service the picker offers is marked as a specialised support for children, in order. */
    private List<Boolean> pickerOrder(UUID caseId, String lang) throws Exception {
        if (jdbc.queryForObject("select count(*) from case_goal where case_id = ?", Integer.class, caseId) == 0) {
            mvc.perform(post("/cases/" + caseId + "/service-plan/goals")
                            .with(authentication(worker))
                            .with(csrf())
                            .param("goal", "A safe place to stay")
                            .param("targetDate", today.plusMonths(2).toString()))
                    .andExpect(status().is3xxRedirection());
        }
        String html = mvc.perform(get("/cases/" + caseId + "/service-plan")
                        .param("q", "shelter")
                        .param("lang", lang)
                        .with(authentication(worker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int form = html.indexOf("id=\"service-form\"");
        assertThat(form).as("the picker offers services").isPositive();
        String list = html.substring(form, html.indexOf("</ul>", form));
        return Arrays.stream(list.split("<li"))
                .skip(1)
                .map(li -> li.contains(
                        lang.equals("fr") ? "Pour les enfants de moins de 16 ans" : "For children under 16"))
                .toList();
    }

    @Test
    void thePickerOfAnUnderSixteenCaseListsTheSpecialisedSupportsFirst() throws Exception {
        UUID child = caseWithSurvivorBorn(today.minusYears(12));
        UUID adult = caseWithSurvivorBorn(today.minusYears(30));

        List<Boolean> order = pickerOrder(child, "en");
        assertThat(order).contains(true);
        assertThat(order.subList(order.indexOf(false) < 0 ? order.size() : order.indexOf(false), order.size()))
                .as("no specialised support after another service")
                .doesNotContain(true);
        assertThat(pickerOrder(child, "fr")).contains(true);
        assertThat(pickerOrder(adult, "en")).isNotEmpty().doesNotContain(true);

        // the referral form's picker likewise
        mvc.perform(get("/referrals/new")
                        .param("case", child.toString())
                        .param("q", "shelter")
                        .with(authentication(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("For children under 16")));
        mvc.perform(get("/referrals/new")
                        .param("case", adult.toString())
                        .param("q", "shelter")
                        .with(authentication(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("For children under 16"))));
    }
}
