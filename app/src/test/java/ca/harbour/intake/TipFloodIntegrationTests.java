package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
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

import ca.harbour.intake.internal.LiveQueue;
import ca.harbour.intake.internal.QueueItem;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A flood of "danger now" tips, with a rate of 3 per hour so the test never races the clock. Its own
 * context, so the flood counter it heats up is not the one the other test classes share.
 */
@HarbourTest
@TestPropertySource(properties = {"harbour.intake.urgent-flood-rate=3", "harbour.intake.urgent-flood-window=1h"})
@RecordApplicationEvents
class TipFloodIntegrationTests {

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

    private String dangerNow(int n) throws Exception {
        String body = mvc.perform(post("/api/v1/tips")
                        .with(r -> {
                            r.setRemoteAddr("198.51.100." + (100 + n));
                            return r;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"whatHappened\":\"Flood test " + n
                                + ": she says they will hurt her tonight\",\"happened\":\"NOW\","
                                + "\"dangerNow\":true,\"minorInvolved\":\"NO\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.reference");
    }

    private UUID id(String reference) {
        return jdbc.queryForObject("select id from tip where reference = ?", UUID.class, reference);
    }

    private String statusOf(String reference) {
        return jdbc.queryForObject("select status from tip where reference = ?", String.class, reference);
    }

    @Test
    void dangerNowTipsBeyondTheRateAreAcknowledgedButHeldWithABannerUntilReviewedAndAReleasedOneGoesToTheTop()
            throws Exception {
        List<String> references = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            references.add(dangerNow(n));
        }
        assertThat(references.subList(0, 3))
                .allSatisfy(r -> assertThat(statusOf(r)).isEqualTo("WAITING"));
        String fourth = references.get(3);
        String fifth = references.get(4);
        assertThat(statusOf(fourth)).isEqualTo("HELD");
        assertThat(statusOf(fifth)).isEqualTo("HELD");
        assertThat(events.stream(TipReceived.class))
                .extracting(TipReceived::tipId)
                .containsExactlyElementsOf(references.stream().map(this::id).toList());
        assertThat(events.stream(TipReceived.class))
                .extracting(TipReceived::heldForReview)
                .containsExactly(false, false, false, true, true);

        // the advocates are warned, on the page (polled fragment included) and in the API, and the held tips are not in
        // the queue
        mvc.perform(get("/queue").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Possible flood: 2 &quot;danger now&quot; tips held for review")))
                .andExpect(content().string(containsString("href=\"/queue/held\"")))
                .andExpect(content().string(not(containsString(fourth))));
        mvc.perform(get("/queue/items").with(staff.as("advocate")).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Afflux possible : 2 signalements « danger immédiat » retenus")));
        mvc.perform(get("/api/v1/queue").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.possibleFlood").value(true))
                .andExpect(jsonPath("$.heldForReview").value(2))
                .andExpect(jsonPath("$.heldSince").exists())
                .andExpect(jsonPath("$.items[?(@.label == '" + fourth + "')]").isEmpty());
        assertThat(queue.open(staff.principal("advocate")))
                .extracting(QueueItem::label)
                .doesNotContain(fourth, fifth);

        // the review list shows them, and its audit row names the tips it showed; moving one into the queue puts it at
        // the top, dismissing keeps the other out
        long beforeReview = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        mvc.perform(get("/queue/held").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fourth)))
                .andExpect(content().string(containsString(fifth)))
                .andExpect(content().string(containsString("Flood test 3")));
        assertThat(jdbc.queryForList(
                        "select coalesce(shown_ids, '') from audit_event where id > ? and actor = 'advocate'"
                                + " and action = 'SEARCH' and reason = 'held for flood review'",
                        String.class,
                        beforeReview))
                .singleElement()
                .satisfies(shown -> assertThat(shown.split(" "))
                        .contains(id(fourth).toString(), id(fifth).toString()));
        mvc.perform(post("/queue/held/" + id(fourth) + "/admit")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/queue/held"))
                .andExpect(flash().attribute("noticeKey", "flood.admitted"));
        assertThat(statusOf(fourth)).isEqualTo("WAITING");
        List<QueueItem> open = queue.open(staff.principal("advocate"));
        int at = open.stream().map(QueueItem::label).toList().indexOf(fourth);
        assertThat(at).as("back in the queue").isNotNegative();
        QueueItem admitted = open.get(at);
        assertThat(admitted.urgency()).isEqualTo(Urgency.IMMINENT);
        assertThat(open.subList(0, at))
                .as("only danger-now items that came in earlier are above it")
                .allSatisfy(i -> assertThat(i.urgency()).isEqualTo(Urgency.IMMINENT))
                .allSatisfy(i -> assertThat(i.waitingSince()).isBeforeOrEqualTo(admitted.waitingSince()));

        mvc.perform(get("/api/v1/queue").with(staff.as("advocate")))
                .andExpect(jsonPath("$.heldForReview").value(1))
                .andExpect(jsonPath("$.possibleFlood").value(true));
        mvc.perform(get("/api/v1/queue/held").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label").value(fifth))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(post("/api/v1/queue/held/" + id(fifth) + "/dismiss")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(statusOf(fifth)).isEqualTo("DISMISSED");
        assertThat(queue.open(staff.principal("advocate")))
                .extracting(QueueItem::label)
                .doesNotContain(fifth);

        // reviewed: the banner is gone, and each decision is in the audit log with who made it
        mvc.perform(get("/queue").with(staff.as("advocate")))
                .andExpect(content().string(not(containsString("Possible flood"))));
        mvc.perform(get("/api/v1/queue").with(staff.as("advocate")))
                .andExpect(jsonPath("$.possibleFlood").value(false))
                .andExpect(jsonPath("$.heldForReview").value(0));
        assertThat(jdbc.queryForList(
                        "select reason from audit_event where resource_type = 'tip' and resource_id in (?, ?)"
                                + " and actor = 'advocate' and action = 'UPDATE'",
                        String.class,
                        id(fourth).toString(),
                        id(fifth).toString()))
                .containsExactlyInAnyOrder("flood review: moved to the queue", "flood review: dismissed");

        // a tip that is no longer held cannot be reviewed twice, and a colleague without tip access cannot review at
        // all
        mvc.perform(post("/queue/held/" + id(fifth) + "/admit")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/queue/held"))
                .andExpect(flash().attribute("errorKey", "queue.error.notHeld"));
        mvc.perform(post("/api/v1/queue/held/" + id(fifth) + "/admit")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("n'est plus retenu")));
        assertThat(statusOf(fifth)).isEqualTo("DISMISSED");
        mvc.perform(post("/queue/held/" + id(fifth) + "/admit")
                        .with(staff.as("caseworker"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/queue/held").with(staff.as("caseworker"))).andExpect(status().isForbidden());
    }
}
