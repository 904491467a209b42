package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.internal.LiveQueue;
import ca.harbour.intake.internal.QueueItem;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.platform.workitem.WorkItemCommand;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Contacts that need follow-up wait in the advocates' live queue beside tips, and are worked the same way. */
@HarbourTest
@RecordApplicationEvents
class ContactQueueIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    LiveQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    /** Another advocate of the same hotline as the demo "advocate". */
    private String colleague() {
        return staff.colleagueOf("advocate", "ADVOCATE");
    }

    /** A contact logged by the demo advocate, saved with the given fields (name, value pairs), started {@code daysAgo}. */
    private UUID contact(String action, int daysAgo, String... fields) throws Exception {
        String location = mvc.perform(post("/contacts")
                        .param("safe", "yes")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
        var save = post("/contacts/" + id)
                .with(staff.as("advocate"))
                .with(csrf())
                .param("action", action)
                .param("summary", "Queue test contact")
                .param("outcomes", "INFORMATION");
        for (int i = 0; i < fields.length; i += 2) {
            save.param(fields[i], fields[i + 1]);
        }
        mvc.perform(save).andExpect(status().is3xxRedirection());
        jdbc.update("update contact set started_at = now() - make_interval(days => ?) where id = ?", daysAgo, id);
        return id;
    }

    private static List<UUID> ids(List<QueueItem> items) {
        return items.stream().map(QueueItem::id).toList();
    }

    @Test
    void contactsNeedingFollowUpWaitBesideTipsMostUrgentFirstThenLongestWaiting() throws Exception {
        UUID danger = contact("complete", 400, "dangerNow", "true");
        UUID followUp = contact("complete", 401, "followUp", "Call back on the safe number tomorrow");
        UUID nothingToDo = contact("complete", 402);
        UUID stillBeingLogged = contact("draft", 403, "dangerNow", "true");

        List<QueueItem> open = queue.open(staff.principal("advocate"));

        assertThat(ids(open)).contains(danger, followUp).doesNotContain(nothingToDo, stillBeingLogged);
        assertThat(open).extracting(QueueItem::kind).contains(QueueItem.Kind.TIP, QueueItem.Kind.CONTACT);
        assertThat(open).isSortedAccordingTo(QueueItem.ORDER);
        assertThat(ids(open).indexOf(followUp))
                .as("routine follow-up after imminent danger")
                .isGreaterThan(ids(open).indexOf(danger));
        assertThat(open.stream()
                        .filter(i -> i.id().equals(danger))
                        .findFirst()
                        .orElseThrow()
                        .urgency())
                .isEqualTo(Urgency.IMMINENT);
        assertThat(open.stream()
                        .filter(i -> i.id().equals(followUp))
                        .findFirst()
                        .orElseThrow()
                        .preview())
                .isEqualTo("Call back on the safe number tomorrow");

        mvc.perform(get("/queue").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/contacts/" + danger + "\"")))
                .andExpect(content().string(containsString("400 days")))
                .andExpect(content().string(containsString("data-kind=\"CONTACT\"")))
                .andExpect(content().string(containsString("data-kind=\"TIP\"")));
        mvc.perform(get("/queue/items").with(staff.as("advocate")).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("400 jours")))
                .andExpect(content().string(containsString("éléments urgents attendent")));
        jdbc.update("update contact set queue_status = 'CLOSED' where id in (?, ?)", danger, followUp);
    }

    @Test
    void twoAdvocatesClaimingTheSameContactAtOnceNeverBothGetIt() throws Exception {
        UUID contact = contact("complete", 0, "dangerNow", "true");
        StaffPrincipal one = staff.principal("advocate");
        StaffPrincipal two = staff.principal(colleague());
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (StaffPrincipal who : List.of(one, two)) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    try {
                        queue.actOnContact(who, contact, WorkItemCommand.CLAIM);
                        return true;
                    } catch (Rejected e) {
                        return false;
                    }
                };
                results.add(pool.submit(claim));
            }
            assertThat(results.get(0).get() ^ results.get(1).get())
                    .as("exactly one claim succeeds")
                    .isTrue();
        } finally {
            pool.shutdown();
        }
        UUID holder = jdbc.queryForObject("select claimed_by from contact where id = ?", UUID.class, contact);
        StaffPrincipal winner = holder.equals(one.userId()) ? one : two;
        StaffPrincipal loser = winner == one ? two : one;
        assertThatThrownBy(() -> queue.actOnContact(loser, contact, WorkItemCommand.RELEASE))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> queue.actOnContact(loser, contact, WorkItemCommand.CLOSE))
                .isInstanceOf(Rejected.class);
        queue.actOnContact(winner, contact, WorkItemCommand.CLOSE);
        assertThat(queue.contactEntry(contact)).isEmpty();
        assertThat(ids(queue.open(one))).doesNotContain(contact);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'contact' and resource_id = ?"
                                + " and reason in ('queue: claimed', 'queue: closed')",
                        Integer.class,
                        contact.toString()))
                .isEqualTo(2);
    }

    @Test
    void anAdvocateTakesAContactFromTheQueuePageAndAColleagueIsToldItIsTaken() throws Exception {
        UUID contact = contact("complete", 0, "ageBand", "AGE_12_15");
        mvc.perform(get("/contacts/" + contact).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In the live queue for follow-up")))
                .andExpect(content().string(containsString("/queue/contacts/" + contact + "/claim")));
        mvc.perform(post("/queue/contacts/" + contact + "/claim")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/contacts/" + contact));
        mvc.perform(get("/contacts/" + contact).with(staff.as("advocate")).param("lang", "fr"))
                .andExpect(content().string(containsString("Suivi terminé")))
                .andExpect(content().string(containsString("Pris en charge par")));
        mvc.perform(post("/queue/contacts/" + contact + "/claim")
                        .with(staff.as(colleague()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/queue"))
                .andExpect(flash().attribute("errorKey", "queue.error.taken"));
        mvc.perform(post("/queue/contacts/" + contact + "/release")
                        .with(staff.as(colleague()))
                        .with(csrf()))
                .andExpect(flash().attribute("errorKey", "queue.error.notYours"));
        mvc.perform(post("/queue/contacts/" + contact + "/close")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/queue"));
        assertThat(jdbc.queryForObject("select queue_status from contact where id = ?", String.class, contact))
                .isEqualTo("CLOSED");
        mvc.perform(get("/contacts/" + contact).with(staff.as("advocate")))
                .andExpect(content().string(not(containsString("In the live queue for follow-up"))));
    }

    @Test
    void startingAContactAndClosingItsFollowUpArePublishedWithIdsOnly() throws Exception {
        UUID contact = contact("complete", 0, "followUp", "Call back about the landlord at the shelter");
        StaffPrincipal advocate = staff.principal("advocate");
        assertThat(events.stream(ContactOpened.class).filter(e -> e.contactId().equals(contact)))
                .containsExactly(new ContactOpened(contact, advocate.organizationId(), advocate.userId()));
        queue.actOnContact(advocate, contact, WorkItemCommand.CLAIM);
        assertThat(events.stream(ContactClosed.class)).isEmpty();
        assertThatThrownBy(() -> queue.actOnContact(staff.principal(colleague()), contact, WorkItemCommand.CLOSE))
                .isInstanceOf(Rejected.class);
        assertThat(events.stream(ContactClosed.class)).isEmpty();
        queue.actOnContact(advocate, contact, WorkItemCommand.CLOSE);
        assertThat(events.stream(ContactClosed.class))
                .containsExactly(new ContactClosed(contact, advocate.organizationId(), advocate.userId()));
    }

    @Test
    void aClosedContactRemembersWhoClosedItAndCannotBeClosedOrReleasedAgain() throws Exception {
        UUID contact = contact("complete", 0, "dangerNow", "true");
        StaffPrincipal advocate = staff.principal("advocate");
        queue.actOnContact(advocate, contact, WorkItemCommand.CLAIM);
        queue.actOnContact(advocate, contact, WorkItemCommand.CLOSE);
        assertThat(jdbc.queryForObject("select claimed_by from contact where id = ?", UUID.class, contact))
                .isEqualTo(advocate.userId());
        for (WorkItemCommand again : List.of(WorkItemCommand.CLOSE, WorkItemCommand.RELEASE, WorkItemCommand.CLAIM)) {
            assertThatThrownBy(() -> queue.actOnContact(advocate, contact, again))
                    .isInstanceOf(Rejected.class);
        }
        assertThatThrownBy(() -> queue.actOnContact(advocate, contact, WorkItemCommand.REOPEN))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.rejection().messageKey()).isEqualTo("contact.error.choice"));
        assertThat(jdbc.queryForObject("select queue_status from contact where id = ?", String.class, contact))
                .isEqualTo("CLOSED");
    }

    @Test
    void aNewFollowUpTaskPutsAClosedContactBackInTheQueueButSavingTheSameOneDoesNot() throws Exception {
        UUID contact = contact("complete", 0, "followUp", "Send the shelter list by e-mail");
        StaffPrincipal advocate = staff.principal("advocate");
        queue.actOnContact(advocate, contact, WorkItemCommand.CLAIM);
        queue.actOnContact(advocate, contact, WorkItemCommand.CLOSE);
        var resave = post("/contacts/" + contact)
                .with(staff.as("advocate"))
                .with(csrf())
                .param("action", "complete")
                .param("summary", "Queue test contact")
                .param("outcomes", "INFORMATION");
        mvc.perform(resave.param("followUp", "Send the shelter list by e-mail")).andExpect(status().is3xxRedirection());
        assertThat(queue.contactEntry(contact)).isEmpty();
        mvc.perform(post("/contacts/" + contact)
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("action", "complete")
                        .param("summary", "Queue test contact")
                        .param("outcomes", "INFORMATION")
                        .param("followUp", "Call back Friday about the interview"))
                .andExpect(status().is3xxRedirection());
        QueueItem back = queue.contactEntry(contact).orElseThrow();
        assertThat(back.status()).isEqualTo("WAITING");
        assertThat(back.claimedBy()).isNull();
        assertThat(back.preview()).isEqualTo("Call back Friday about the interview");
        queue.actOnContact(advocate, contact, WorkItemCommand.CLAIM);
        queue.actOnContact(advocate, contact, WorkItemCommand.CLOSE);
    }

    @Test
    void theQueueApiListsContactsAndClaimsThemWithTheSameRules() throws Exception {
        UUID contact = contact("complete", 0, "dangerNow", "true");
        mvc.perform(get("/api/v1/queue").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.items[?(@.id == '" + contact + "')].kind").value("CONTACT"))
                .andExpect(jsonPath("$.items[?(@.id == '" + contact + "')].urgency")
                        .value("IMMINENT"));
        mvc.perform(get("/api/v1/queue").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(contact.toString()))));
        mvc.perform(post("/api/v1/queue/contacts/" + contact + "/claim")
                        .with(staff.as("supervisor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/queue/contacts/" + contact + "/claim")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/queue/contacts/" + contact + "/claim")
                        .with(staff.as(colleague()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Someone else has just taken")));
        mvc.perform(post("/api/v1/queue/contacts/" + contact + "/close")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/queue").with(staff.as("caseworker"))).andExpect(status().isForbidden());
    }

    @Test
    void theQueueListsOnlyContactsThePersonCouldOpenAndOnlyThoseWhoMayUpdateThemActOnThem() throws Exception {
        UUID contact = contact("complete", 0, "dangerNow", "true");
        // a supervisor at a service agency reads contacts of their own organization only: not this hotline's
        mvc.perform(get("/queue").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(contact.toString()))));
        assertThat(ids(queue.open(staff.principal("supervisor")))).doesNotContain(contact);
        mvc.perform(get("/contacts/" + contact).with(staff.as("supervisor"))).andExpect(status().isNotFound());
        mvc.perform(post("/queue/contacts/" + contact + "/claim")
                        .with(staff.as("supervisor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> queue.actOnContact(staff.principal("supervisor"), contact, WorkItemCommand.CLAIM))
                .isInstanceOf(NotFoundException.class);
        // a police analyst reads tips shared with their service, never hotline contacts
        assertThat(queue.open(staff.principal("analyst")))
                .extracting(QueueItem::kind)
                .doesNotContain(QueueItem.Kind.CONTACT);
        mvc.perform(get("/queue").with(staff.as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(post("/queue/contacts/" + UUID.randomUUID() + "/claim")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/queue/contacts/not-a-uuid/claim")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select queue_status from contact where id = ?", String.class, contact))
                .isEqualTo("WAITING");
    }
}
