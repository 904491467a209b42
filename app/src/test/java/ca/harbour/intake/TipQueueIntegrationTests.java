package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.internal.TipQueue;
import ca.harbour.intake.internal.Tips;
import ca.harbour.platform.domain.Rejected;
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
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@HarbourTest
@RecordApplicationEvents
class TipQueueIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    TipQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    /** Another advocate of the same hotline as the demo "advocate". */
    private String colleague() {
        return staff.colleagueOf("advocate", "ADVOCATE");
    }

    private UUID waitingTip() {
        return jdbc.queryForObject(
                "select id from tip where status = 'WAITING' and organization_id is not null order by received_at desc limit 1",
                UUID.class);
    }

    @Test
    void theQueueListsTheMostUrgentFirstThenTheLongestWaiting() {
        List<Tips.Tip> open = queue.open(staff.principal("advocate"));
        assertThat(open).isNotEmpty();
        for (int i = 1; i < open.size(); i++) {
            Tips.Tip before = open.get(i - 1);
            Tips.Tip after = open.get(i);
            assertThat(before.urgency().rank())
                    .isLessThanOrEqualTo(after.urgency().rank());
            if (before.urgency() == after.urgency()) {
                assertThat(before.receivedAt()).isBeforeOrEqualTo(after.receivedAt());
            }
        }
    }

    @Test
    void twoAdvocatesClaimingTheSameTipAtOnceNeverBothGetIt() throws Exception {
        UUID tip = waitingTip();
        StaffPrincipal one = staff.principal("advocate");
        StaffPrincipal two = staff.principal(colleague());
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (StaffPrincipal who : List.of(one, two)) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    try {
                        queue.claim(who, tip);
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
        UUID holder = jdbc.queryForObject("select claimed_by from tip where id = ?", UUID.class, tip);
        StaffPrincipal loser = holder.equals(one.userId()) ? two : one;
        StaffPrincipal winner = holder.equals(one.userId()) ? one : two;
        assertThatThrownBy(() -> queue.release(loser, tip)).isInstanceOf(Rejected.class);
        queue.release(winner, tip);
        assertThat(jdbc.queryForObject("select status from tip where id = ?", String.class, tip))
                .isEqualTo("WAITING");
    }

    @Test
    void closingATipIsPublishedWithIdsOnlyAndTheTipRemembersWhoClosedIt() {
        UUID tip = waitingTip();
        StaffPrincipal advocate = staff.principal("advocate");
        UUID organization = jdbc.queryForObject("select organization_id from tip where id = ?", UUID.class, tip);
        queue.claim(advocate, tip);
        assertThat(events.stream(TipClosed.class)).isEmpty();
        queue.close(advocate, tip);
        assertThat(events.stream(TipClosed.class)).containsExactly(new TipClosed(tip, organization, advocate.userId()));
        assertThat(jdbc.queryForObject("select claimed_by from tip where id = ?", UUID.class, tip))
                .isEqualTo(advocate.userId());
        assertThat(queue.read(advocate, tip).status()).isEqualTo("CLOSED");
        assertThatThrownBy(() -> queue.close(advocate, tip))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.rejection().messageKey()).isEqualTo("queue.error.notYours"));
        assertThatThrownBy(() -> queue.review(advocate, tip, true))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.rejection().messageKey()).isEqualTo("queue.error.notHeld"));
        assertThat(events.stream(TipClosed.class)).hasSize(1);
    }

    @Test
    void anAdvocateTakesATipThroughThePagesAndTheSecondOneIsToldItIsTaken() throws Exception {
        UUID tip = waitingTip();
        mvc.perform(get("/queue").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for an advocate")));
        mvc.perform(post("/queue/" + tip + "/claim").with(staff.as("advocate")).with(csrf()))
                .andExpect(redirectedUrl("/queue/" + tip));
        mvc.perform(get("/queue/" + tip).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Why this urgency")));
        mvc.perform(post("/queue/" + tip + "/claim")
                        .with(staff.as(colleague()))
                        .with(csrf())
                        .param("lang", "fr"))
                .andExpect(redirectedUrl("/queue"))
                .andExpect(flash().attribute("errorKey", "queue.error.taken"));
        mvc.perform(post("/queue/" + tip + "/close").with(staff.as("advocate")).with(csrf()))
                .andExpect(redirectedUrl("/queue"));
        assertThat(jdbc.queryForObject("select status from tip where id = ?", String.class, tip))
                .isEqualTo("CLOSED");
    }

    @Test
    void theQueueFragmentRefreshesWithoutTheLayoutAndUrgentItemsAreAnnouncedInWords() throws Exception {
        jdbc.update(
                "update tip set status = 'WAITING', claimed_by = null where id = (select id from tip where urgency = 'IMMINENT' and organization_id is not null limit 1)");
        mvc.perform(get("/queue/items").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("urgent")))
                .andExpect(content().string(Matchers.not(containsString("<html"))));
    }

    @Test
    void peopleWithoutTipAccessAreRefusedAndUnknownTipsAreNotFound() throws Exception {
        mvc.perform(get("/queue").with(staff.as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/queue").with(staff.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/queue/" + UUID.randomUUID()).with(staff.as("advocate")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/queue/not-a-uuid").with(staff.as("advocate"))).andExpect(status().isBadRequest());
        UUID tip = waitingTip();
        // a police analyst holds TIP:READ, but only for tips shared with their own organization: none here
        mvc.perform(get("/queue/" + tip).with(staff.as("analyst"))).andExpect(status().isNotFound());
        assertThat(queue.open(staff.principal("analyst"))).isEmpty();
    }
}
