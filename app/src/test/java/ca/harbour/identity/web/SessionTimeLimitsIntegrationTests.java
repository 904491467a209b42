package ca.harbour.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Role;
import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.web.SessionFixtures.Account;
import ca.harbour.identity.web.SessionGuard.SessionTimes;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A session lasts at most the configured lifetime from sign-in (12 h by default) and ends after the idle
 * limit (30 min by default) without a foreground request; the live queue's background poll does not count
 * as activity. Sessions are aged by moving their recorded times back, not by waiting.
 */
@HarbourTest
class SessionTimeLimitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration admin;

    @Autowired
    Staff staff;

    private Account advocate;
    private MockHttpSession session;

    @BeforeEach
    void signedInAdvocate() throws Exception {
        SessionFixtures fixtures = new SessionFixtures(mvc, admin, staff);
        advocate = fixtures.account(Role.ADVOCATE);
        session = fixtures.session(advocate);
    }

    private void age(Duration sinceSignIn, Duration sinceActivity) {
        Instant now = Instant.now();
        session.setAttribute(
                SessionGuard.TIMES, new SessionTimes(advocate.id(), now.minus(sinceSignIn), now.minus(sinceActivity)));
    }

    private MockHttpServletRequestBuilder poll() {
        return get("/queue/items")
                .session(session)
                .header("HX-Request", "true")
                .header(SessionGuard.BACKGROUND_HEADER, "poll");
    }

    private Instant lastActivity() {
        return ((SessionTimes) session.getAttribute(SessionGuard.TIMES)).lastActivity();
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInEvenWhileInUse() throws Exception {
        age(Duration.ofHours(11).plusMinutes(59), Duration.ofSeconds(5));
        mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
        age(Duration.ofHours(12).plusMinutes(1), Duration.ofSeconds(5));
        mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/signin?expired"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/signin?expired")).andExpect(content().string(containsString("reached its time limit")));
    }

    @Test
    void aTabThatOnlyPollsIsSignedOutAfterTheIdleLimit() throws Exception {
        age(Duration.ofMinutes(31), Duration.ofMinutes(31));
        mvc.perform(poll())
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/signin?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aPollWithoutASessionSendsTheWholeTabToSignIn() throws Exception {
        mvc.perform(get("/queue/items").header("HX-Request", "true").header(SessionGuard.BACKGROUND_HEADER, "poll"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/signin"));
    }

    @Test
    void pollingDoesNotCountAsActivityButAPageRequestDoes() throws Exception {
        age(Duration.ofMinutes(20), Duration.ofMinutes(20));
        Instant before = lastActivity();
        mvc.perform(poll()).andExpect(status().isOk());
        assertThat(lastActivity()).isEqualTo(before);

        mvc.perform(get("/queue").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SessionGuard.BACKGROUND_HEADER)));
        assertThat(lastActivity()).isAfter(before.plus(Duration.ofMinutes(19)));
    }
}
