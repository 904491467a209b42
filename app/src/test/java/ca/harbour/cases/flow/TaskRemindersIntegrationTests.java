package ca.harbour.cases.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff home reminds a case worker how many of their tasks are overdue and due today, and a supervisor how many
 * of the organization's are overdue, each count a link to the task list filtered the same way; the counts and the
 * lists follow one predicate, so another agency's tasks never count.
 */
@HarbourTest
class TaskRemindersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles cases;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformSettings settings;

    private Authentication worker;
    private Authentication colleague;
    private Authentication supervisor;
    private Authentication otherSupervisor;
    private UUID caseId;
    private LocalDate today;

    @BeforeEach
    void tasks() throws Exception {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        Organization otherAgency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        worker = fixtures.staff(agency, Role.CASE_WORKER);
        colleague = fixtures.staff(agency, Role.CASE_WORKER);
        supervisor = fixtures.staff(agency, Role.SUPERVISOR);
        otherSupervisor = fixtures.staff(otherAgency, Role.SUPERVISOR);
        Authentication otherWorker = fixtures.staff(otherAgency, Role.CASE_WORKER);
        today = LocalDate.now(settings.zone());
        caseId = open(worker);
        UUID otherCase = open(otherWorker);
        task(caseId, worker, "Call the landlord back", -2);
        task(caseId, worker, "Book the interpreter", 0);
        task(caseId, worker, "Send the housing form", 0);
        task(caseId, worker, "Check in next week", 4);
        UUID done = task(caseId, worker, "Already done, was late", -5);
        jdbc.update("update case_task set done_at = now(), done_by = assignee_id where id = ?", done);
        task(caseId, colleague, "Colleague's late follow-up", -1);
        task(otherCase, otherWorker, "Other agency's late task", -3);
    }

    private UUID open(Authentication opener) {
        return cases.open(
                Fixtures.principal(opener),
                new NewCase(CaseOrigin.DIRECT, null, "Reminded person", null, List.of(), List.of()));
    }

    /** Adds a task through the page (due next week), then moves its due date {@code days} from today. */
    private UUID task(UUID kase, Authentication assignee, String title, int days) throws Exception {
        Authentication adder = kase.equals(caseId) ? supervisor : otherSupervisor;
        mvc.perform(post("/cases/" + kase + "/tasks")
                        .with(authentication(adder))
                        .with(csrf())
                        .param("title", title)
                        .param("dueOn", today.plusDays(7).toString())
                        .param(
                                "assigneeId",
                                Fixtures.principal(assignee).userId().toString()))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject(
                "select id from case_task where case_id = ? order by created_at desc, id limit 1", UUID.class, kase);
        jdbc.update("update case_task set due_on = ? where id = ?", Date.valueOf(today.plusDays(days)), id);
        return id;
    }

    @Test
    void aWorkersHomeCountsTheirOwnOverdueAndDueTodayTasksLinkingToTheFilteredList() throws Exception {
        mvc.perform(get("/staff").with(authentication(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("1 of your tasks is overdue"),
                                containsString("2 of your tasks are due today"),
                                containsString("href=\"/cases/tasks?due=overdue\""),
                                containsString("href=\"/cases/tasks?due=today\""),
                                not(containsString("in your organization")))));
        mvc.perform(get("/staff?lang=fr").with(authentication(worker)))
                .andExpect(content()
                        .string(allOf(
                                containsString("1 de vos tâches est en retard"),
                                containsString("2 de vos tâches sont à faire aujourd"))));
        mvc.perform(get("/cases/tasks?due=overdue").with(authentication(worker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Call the landlord back"),
                                not(containsString("Book the interpreter")),
                                not(containsString("Already done")),
                                not(containsString("Colleague")))));
        mvc.perform(get("/cases/tasks?due=today").with(authentication(worker)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Book the interpreter"),
                                containsString("Send the housing form"),
                                not(containsString("Call the landlord back")),
                                not(containsString("Check in next week")))));
        mvc.perform(get("/cases/tasks").with(authentication(worker)))
                .andExpect(content().string(containsString("Check in next week")));
        // a worker asking for the organization's tasks gets their own
        mvc.perform(get("/cases/tasks?view=organization&due=overdue").with(authentication(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Colleague"))));
        mvc.perform(get("/api/v1/cases/tasks/reminders").with(authentication(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].count").value(1))
                .andExpect(jsonPath("$[1].count").value(2));
        mvc.perform(get("/api/v1/cases/tasks?due=today").with(authentication(worker)))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aSupervisorsHomeAlsoCountsTheOrganizationsOverdueTasksAndListsThemWithWhoHasThem() throws Exception {
        mvc.perform(get("/staff").with(authentication(supervisor)))
                .andExpect(content()
                        .string(allOf(
                                containsString("2 tasks are overdue in your organization"),
                                containsString("href=\"/cases/tasks?view=organization&amp;due=overdue\""))));
        mvc.perform(get("/cases/tasks?view=organization&due=overdue").with(authentication(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Call the landlord back"),
                                containsString("Colleague&#39;s late follow-up"),
                                containsString(Fixtures.principal(colleague).displayName()),
                                not(containsString("Other agency")),
                                not(containsString("Book the interpreter")))));
        mvc.perform(get("/api/v1/cases/tasks?view=organization&due=overdue").with(authentication(supervisor)))
                .andExpect(jsonPath("$.length()").value(2));
        // another agency counts only its own
        mvc.perform(get("/staff").with(authentication(otherSupervisor)))
                .andExpect(content().string(containsString("1 task is overdue in your organization")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'case_task' and reason = ?",
                        Integer.class,
                        "organization tasks"))
                .isPositive();
    }
}
