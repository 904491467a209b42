package ca.harbour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.internal.UserAccount;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The audit log says what was tried and what was seen: refused id guesses, and the ids each list showed. */
@HarbourTest
class AuditTrailIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    private long head() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    /** A contact logged by the demo advocate, completed as "danger now" so it waits in the live queue. */
    private UUID contactInTheQueue(int daysAgo) throws Exception {
        String location = mvc.perform(post("/contacts")
                        .param("safe", "yes")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
        mvc.perform(post("/contacts/" + id)
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("action", "complete")
                        .param("summary", "Audit trail test contact")
                        .param("outcomes", "INFORMATION")
                        .param("dangerNow", "true"))
                .andExpect(status().is3xxRedirection());
        jdbc.update("update contact set started_at = now() - make_interval(days => ?) where id = ?", daysAgo, id);
        return id;
    }

    @Test
    void guessingTheIdOfAnotherOrganizationsRecordIsAnsweredNotFoundAndAuditedAsDenied() throws Exception {
        UUID contact = contactInTheQueue(0);
        UserAccount outsider = staff.account("analyst");
        long before = head();

        mvc.perform(get("/contacts/" + contact).with(staff.as("supervisor"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users/" + outsider.id()).with(staff.as("supervisor")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contacts/" + UUID.randomUUID()).with(staff.as("supervisor")))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForList(
                        "select resource_type || ' ' || resource_id from audit_event"
                                + " where id > ? and action = 'DENIED' and actor = 'supervisor' order by id",
                        String.class,
                        before))
                .as("each refusal by scope, with the id tried; an id that exists nowhere is not a refusal")
                .containsExactly("contact " + contact, "user " + outsider.id());
        jdbc.update("update contact set queue_status = 'CLOSED' where id = ?", contact);
    }

    @Test
    void theLiveQueueRecordsTheIdsItShowsAndAPollShowingTheSameOnesWritesNoRow() throws Exception {
        UUID first = contactInTheQueue(600);
        MockHttpSession session = new MockHttpSession();
        long before = head();

        mvc.perform(get("/queue/items").session(session).with(staff.as("advocate")))
                .andExpect(status().isOk());
        List<String> shown = shownContacts(before);
        assertThat(shown).hasSize(1);
        assertThat(Arrays.asList(shown.get(0).split(" "))).contains(first.toString());

        long afterFirstPoll = head();
        mvc.perform(get("/queue/items").session(session).with(staff.as("advocate")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/queue").session(session).with(staff.as("advocate")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where id > ? and actor = 'advocate'",
                        Integer.class,
                        afterFirstPoll))
                .as("unchanged polls leave no trail")
                .isZero();

        UUID second = contactInTheQueue(601);
        long beforeChange = head();
        mvc.perform(get("/queue/items").session(session).with(staff.as("advocate")))
                .andExpect(status().isOk());
        assertThat(shownContacts(beforeChange))
                .singleElement()
                .satisfies(
                        ids -> assertThat(Arrays.asList(ids.split(" "))).contains(first.toString(), second.toString()));
        jdbc.update("update contact set queue_status = 'CLOSED' where id in (?, ?)", first, second);
    }

    @Test
    void theUserListAndTheAuditSearchRecordTheIdsTheyShow() throws Exception {
        long before = head();
        mvc.perform(get("/api/v1/users").with(staff.as("supervisor"))).andExpect(status().isOk());
        String users = jdbc.queryForObject(
                "select shown_ids from audit_event where id > ? and actor = 'supervisor'"
                        + " and resource_type = 'user' and action = 'SEARCH'",
                String.class,
                before);
        assertThat(users)
                .contains(staff.account("supervisor").id().toString())
                .doesNotContain(staff.account("analyst").id().toString());

        mvc.perform(get("/admin/audit").param("actor", "supervisor").with(staff.as("admin")))
                .andExpect(status().isOk());
        String rows = jdbc.queryForObject(
                "select shown_ids from audit_event where id > ? and actor = 'admin'"
                        + " and resource_type = 'audit_event' and action = 'SEARCH'",
                String.class,
                before);
        assertThat(Arrays.asList(rows.split(" ")))
                .contains(jdbc.queryForObject(
                        "select max(id)::text from audit_event where id > ? and actor = 'supervisor'",
                        String.class,
                        before));
    }

    @Test
    void theAuditLogNamesStaffAndTheirRecordsInsteadOfShowingBareIds() throws Exception {
        UserAccount admin = staff.account("admin");
        UserAccount supervisor = staff.account("supervisor");
        mvc.perform(get("/admin/users/" + supervisor.id()).with(staff.as("admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/audit")
                        .param("actor", "admin")
                        .param("resourceType", "user")
                        .with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(HtmlUtils.htmlEscape(admin.displayName())),
                                containsString("<strong>" + HtmlUtils.htmlEscape(supervisor.displayName())),
                                containsString(supervisor.id().toString()))));
    }

    @Test
    void aBadDateInTheAuditFilterIsShownNextToItsFieldAndSearchesNothing() throws Exception {
        long before = head();
        mvc.perform(get("/admin/audit").param("from", "31/02/2026").with(staff.as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"from-error\""),
                                containsString("Enter a date as year-month-day"),
                                containsString("aria-invalid=\"true\""))));
        mvc.perform(get("/admin/audit")
                        .param("from", "2026-03-02")
                        .param("to", "2026-03-01")
                        .param("lang", "fr")
                        .with(staff.as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(containsString("id=\"to-error\""), containsString("La date de fin doit"))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where id > ? and actor = 'admin' and action = 'SEARCH'"
                                + " and resource_type = 'audit_event'",
                        Integer.class,
                        before))
                .isZero();
    }

    private List<String> shownContacts(long after) {
        return jdbc.queryForList(
                "select shown_ids from audit_event where id > ? and actor = 'advocate'"
                        + " and resource_type = 'contact' and reason = 'live queue' order by id",
                String.class,
                after);
    }
}
