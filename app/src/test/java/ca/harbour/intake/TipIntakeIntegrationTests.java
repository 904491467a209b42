package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.support.HarbourTest;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HarbourTest
@RecordApplicationEvents
class TipIntakeIntegrationTests {

    private static final AtomicInteger SENDERS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    /** Each test sends from its own documentation-range address, so rate limits never collide. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            request.addHeader("User-Agent", "TestBrowser/1.0 (secret-agent-string)");
            return request;
        };
    }

    private static String newSender() {
        return "203.0.113." + SENDERS.incrementAndGet();
    }

    private MockHttpServletRequestBuilder tip(String what) {
        return post("/report")
                .with(csrf())
                .param("whatHappened", what)
                .param("happened", "WEEK")
                .param("minorInvolved", "NO")
                .param("website", "");
    }

    private int tips() {
        return jdbc.queryForObject("select count(*) from tip", Integer.class);
    }

    @Test
    void anAcceptedTipGetsItsReferenceOnlyOnceStoredAndLandsInTheQueueTriaged() throws Exception {
        String sender = newSender();
        MvcResult result = mvc.perform(tip("A van picks up the same three women every night at 2 a.m.")
                        .param("dangerNow", "true")
                        .with(from(sender)))
                .andExpect(redirectedUrl("/report/received"))
                .andExpect(flash().attributeExists("reference"))
                .andReturn();
        String reference = (String) result.getFlashMap().get("reference");
        assertThat(reference).matches("HT-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(jdbc.queryForObject("select urgency from tip where reference = ?", String.class, reference))
                .isEqualTo("IMMINENT");
        mvc.perform(get("/report/received").flashAttr("reference", reference))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/report/received")).andExpect(redirectedUrl("/report"));
    }

    @Test
    void aStoredTipIsPublishedOnceWithItsIdsAndUrgencyAndNothingTheSenderWrote() throws Exception {
        MvcResult result = mvc.perform(tip("The cleaner at the motel on Highway 7 has no passport any more")
                        .with(from(newSender())))
                .andExpect(redirectedUrl("/report/received"))
                .andReturn();
        String reference = (String) result.getFlashMap().get("reference");
        var stored = jdbc.queryForMap("select id, organization_id, urgency from tip where reference = ?", reference);
        assertThat(events.stream(TipReceived.class))
                .containsExactly(new TipReceived(
                        (UUID) stored.get("id"),
                        (UUID) stored.get("organization_id"),
                        Urgency.valueOf((String) stored.get("urgency")),
                        false));
        assertThat(events.stream(TipReceived.class).findFirst().orElseThrow().toString())
                .doesNotContain("motel", "passport", reference);
    }

    @Test
    void nothingThatIdentifiesTheSenderIsStoredAndTheTextIsEncrypted() throws Exception {
        String sender = newSender();
        mvc.perform(tip("The manager of the nail salon on Queen Street locks the back door")
                        .with(from(sender)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from tip t where row_to_json(t)::text like ?",
                        Integer.class,
                        "%" + sender + "%"))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event a where row_to_json(a)::text like ? or row_to_json(a)::text like ?",
                        Integer.class,
                        "%" + sender + "%",
                        "%secret-agent-string%"))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from tip t where row_to_json(t)::text like '%secret-agent-string%'",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from tip t where row_to_json(t)::text like '%nail salon%'", Integer.class))
                .isZero();
    }

    @Test
    void anEmptyOrOversizedOrMalformedTipIsRefusedWithATranslatedMessageAndNothingIsStored() throws Exception {
        int before = tips();
        mvc.perform(tip("   ").with(from(newSender())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tell us what happened")));
        mvc.perform(tip("x".repeat(5001)).param("lang", "fr").with(from(newSender())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ce texte est trop long")));
        mvc.perform(tip("ok").param("happened", "YESTERDAY").with(from(newSender())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose when it happened")));
        mvc.perform(tip("ok").param("youngestAge", "two hundred").with(from(newSender())))
                .andExpect(status().isBadRequest());
        mvc.perform(tip("ok").param("contactEmail", "not-an-address").with(from(newSender())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("name@example.org")));
        mvc.perform(tip("<script>alert('x')</script>").param("happened", "").with(from(newSender())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(post("/report")
                        .with(csrf())
                        .with(from(newSender()))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(new byte[] {
                            'w',
                            'h',
                            'a',
                            't',
                            'H',
                            'a',
                            'p',
                            'p',
                            'e',
                            'n',
                            'e',
                            'd',
                            '=',
                            (byte) 0xC3,
                            (byte) 0x28,
                            '&',
                            'h',
                            'a',
                            'p',
                            'p',
                            'e',
                            'n',
                            'e',
                            'd',
                            '=',
                            'X'
                        }))
                .andExpect(status().isBadRequest());
        mvc.perform(tip("a bot fills every field")
                        .param("website", "http://spam.example")
                        .with(from(newSender())))
                .andExpect(status().isBadRequest());
        assertThat(tips()).isEqualTo(before);
    }

    @Test
    void aSenderOverTheLimitIsToldSoAndTheirTipIsNotSilentlyDropped() throws Exception {
        String sender = newSender();
        for (int i = 0; i < 10; i++) {
            mvc.perform(tip("report number " + i).with(from(sender))).andExpect(status().is3xxRedirection());
        }
        int before = tips();
        mvc.perform(tip("one too many").param("lang", "fr").with(from(sender)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("appelez la ligne d&#39;urgence")))
                .andExpect(content().string(containsString("one too many")));
        assertThat(tips()).isEqualTo(before);
        mvc.perform(tip("someone else").with(from(newSender()))).andExpect(status().is3xxRedirection());
    }

    /** Through the trusted reverse proxy of the test configuration, which appends the address it saw. */
    private static RequestPostProcessor viaProxy(String forwardedFor) {
        return request -> {
            request.setRemoteAddr("192.0.2.250");
            request.addHeader("X-Forwarded-For", forwardedFor);
            return request;
        };
    }

    @Test
    void aForwardedForHeaderFromAnyoneButTheTrustedProxyIsIgnoredSoASenderCannotDodgeTheLimit() throws Exception {
        String sender = newSender();
        for (int i = 0; i < 10; i++) {
            mvc.perform(tip("spoofing " + i).with(from(sender)).header("X-Forwarded-For", "198.51.100." + i))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(tip("spoofing again").with(from(sender)).header("X-Forwarded-For", "198.51.100.99"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void behindTheTrustedProxyEachClientHasItsOwnLimitAndForgedEntriesLeftOfItAreIgnored() throws Exception {
        String client = newSender();
        for (int i = 0; i < 10; i++) {
            mvc.perform(tip("via the proxy " + i).with(viaProxy("198.51.100." + i + ", " + client)))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(tip("via the proxy, once more").with(viaProxy("198.51.100.77, " + client)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(tip("another person behind the same proxy").with(viaProxy(newSender())))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void twoIpv6AddressesInOneSlashSixtyFourShareOneLimit() throws Exception {
        String network = "2001:db8:" + Integer.toHexString(SENDERS.incrementAndGet()) + ":64:";
        for (int i = 0; i < 10; i++) {
            mvc.perform(tip("from a new interface id " + i).with(from(network + ":" + Integer.toHexString(i + 1))))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(tip("and one more").with(from(network + "beef:1:2:3"))).andExpect(status().isTooManyRequests());
        mvc.perform(tip("a neighbouring network").with(from(network.replace(":64:", ":65:") + ":1")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aRefusalCarriesRetryAfterOnTheFormAndTheApi() throws Exception {
        String sender = newSender();
        for (int i = 0; i < 10; i++) {
            mvc.perform(tip("report " + i).with(from(sender))).andExpect(status().is3xxRedirection());
        }
        mvc.perform(tip("one too many").with(from(sender)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(
                        result -> assertThat(Long.parseLong(result.getResponse().getHeader("Retry-After")))
                                .isLessThanOrEqualTo(600));
        mvc.perform(post("/api/v1/tips")
                        .with(from(sender))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"whatHappened\":\"once more\",\"happened\":\"MONTH\",\"minorInvolved\":\"NO\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title").value("Too many reports in a short time"))
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")));
    }

    @Test
    void theApiAcceptsATipAndAnswersBadOnesWithProblemDetails() throws Exception {
        String sender = newSender();
        mvc.perform(
                        post("/api/v1/tips")
                                .with(from(sender))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"whatHappened\":\"Ads for the same girl in four cities\",\"happened\":\"MONTH\",\"minorInvolved\":\"YES\",\"youngestAge\":15}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(Matchers.startsWith("HT-")))
                // stateless: no session, no cookie to tie two tips together; the security headers all the same
                .andExpect(result ->
                        assertThat(result.getRequest().getSession(false)).isNull())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Content-Security-Policy"));
        mvc.perform(post("/api/v1/tips")
                        .with(from(sender))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"whatHappened\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.whatHappened").exists());
        mvc.perform(post("/api/v1/tips")
                        .with(from(sender))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[1,2"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from tip where urgency = 'MINOR_AT_RISK' and youngest_age = 15",
                        Integer.class))
                .isPositive();
    }

    @Test
    void thePublicFormIsBilingualAndSaysWhatHappensNext() throws Exception {
        mvc.perform(get("/report"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You do not have to give your name")))
                .andExpect(content().string(containsString("href=\"tel:911\"")))
                .andExpect(content().string(containsString("data-quick-exit")));
        mvc.perform(get("/report").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Signaler une situation")));
    }
}
