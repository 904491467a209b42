package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.OrganizationType;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HarbourTest
class ContactIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    private UUID start(boolean safe) throws Exception {
        String location = mvc.perform(post("/contacts")
                        .param("safe", safe ? "yes" : "no")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
    }

    private MockHttpServletRequestBuilder save(UUID id, String action) {
        return post("/contacts/" + id)
                .with(staff.as("advocate"))
                .with(csrf())
                .param("action", action)
                .param("channel", "CALL")
                .param("callerType", "VICTIM")
                .param("callerLanguage", "es")
                .param("ageBand", "AGE_18_24")
                .param("gender", "WOMAN");
    }

    @Test
    void anAdvocateAsksIfItIsSafeThenLogsTheContactWithTheKeyboardAndFinishesIt() throws Exception {
        mvc.perform(get("/contacts/new").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("safe for the caller to talk")));
        UUID id = start(false);
        mvc.perform(get("/contacts/" + id + "/edit").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not safe to talk")));
        mvc.perform(save(id, "draft")
                        .param("summary", "Works at a farm, passport held by the boss")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft saved")));
        mvc.perform(save(id, "complete")
                        .param("summary", "Works at a farm, passport held by the boss")
                        .param("indicators", "DOCUMENTS", "DEBT")
                        .param("exploitationTypes", "ForcedLabour")
                        .param("outcomes", "INFORMATION", "REFERRAL"))
                .andExpect(redirectedUrl("/contacts/" + id));
        assertThat(jdbc.queryForObject("select status from contact where id = ?", String.class, id))
                .isEqualTo("COMPLETE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact c where id = ? and row_to_json(c)::text like '%passport%'",
                        Integer.class, id))
                .isZero();
        mvc.perform(get("/contacts/" + id).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("passport held by the boss")));
    }

    @Test
    void aContactCannotBeFinishedWithoutSummaryAndOutcomeAndBadValuesChangeNothing() throws Exception {
        UUID id = start(true);
        mvc.perform(save(id, "complete").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Rédigez un résumé")))
                .andExpect(content().string(containsString("au moins un résultat")));
        mvc.perform(save(id, "draft").param("ageBand", "ANCIENT")).andExpect(status().isBadRequest());
        mvc.perform(save(id, "draft").param("durationMinutes", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("0 to 600")));
        mvc.perform(save(id, "draft").param("followUpDue", "next tuesday")).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select status || caller_language from contact where id = ?", String.class, id))
                .isEqualTo("DRAFTen");
    }

    @Test
    void aRepeatCallerIsRecognisedByPhoneInAnyFormatWithoutDecryptingOthers() throws Exception {
        String phone = "416-555-" + (1000 + (int) (Math.random() * 8999));
        UUID first = start(true);
        mvc.perform(save(first, "draft").param("callerPhone", phone)).andExpect(status().is3xxRedirection());
        UUID second = start(true);
        mvc.perform(save(second, "draft")
                        .param("callerPhone", "+1 (" + phone.substring(0, 3) + ") " + phone.substring(4)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/contacts/" + second + "/edit").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 earlier contact from the same caller")))
                .andExpect(content().string(containsString("/contacts/" + first)));
    }

    @Test
    void aPoliceTipNeedsConsentOrAnAuditedExceptionWithAReason() throws Exception {
        UUID id = start(true);
        mvc.perform(save(id, "draft").param("consentPolice", "NO")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/contacts/" + id + "/actions")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("kind", "POLICE_TIP"))
                .andExpect(flash().attribute("errorKey", "contact.consent.policeRefused"));
        mvc.perform(post("/contacts/" + id + "/actions")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("kind", "POLICE_TIP")
                        .param("exception", "MINOR_AT_RISK"))
                .andExpect(flash().attribute("errorKey", "contact.consent.reasonNeeded"));
        assertThat(jdbc.queryForObject("select count(*) from contact_action where contact_id = ?", Integer.class, id))
                .isZero();
        mvc.perform(post("/contacts/" + id + "/actions")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("kind", "POLICE_TIP")
                        .param("exception", "MINOR_AT_RISK")
                        .param("reason", "Caller says her sister, 14, is being sold online")
                        .param(
                                "police",
                                fixtures.organization(OrganizationType.POLICE_SERVICE)
                                        .id()
                                        .toString()))
                .andExpect(flash().attribute("noticeKey", "contact.actionRecorded"));
        assertThat(jdbc.queryForObject("select basis from contact_action where contact_id = ?", String.class, id))
                .isEqualTo("MINOR_AT_RISK");
        // the reason is case content: kept encrypted with the action, never in the audit log
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'EXCEPTION_GRANTED' and reason like '%sister, 14%'",
                        Integer.class))
                .isZero();
        mvc.perform(post("/contacts/" + id + "/actions")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("kind", "REFERRAL")
                        .param("detail", "Demo Lakeshore Survivor Services"))
                .andExpect(flash().attribute("noticeKey", "contact.actionRecorded"));
    }

    @Test
    void aScreeningInsideAContactStoresItsVersionAndStaysReadableAfterTheInstrumentChanges() throws Exception {
        UUID id = start(true);
        mvc.perform(get("/contacts/" + id + "/screening/YOUTH_EXPLOITATION").with(staff.as("advocate")))
                .andExpect(status().isOk());
        mvc.perform(post("/contacts/" + id + "/screening/YOUTH_EXPLOITATION")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("a_older", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Answer this question")));
        mvc.perform(post("/contacts/" + id + "/screening/YOUTH_EXPLOITATION")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("a_older", "1")
                        .param("a_runaway", "2")
                        .param("a_money", "1")
                        .param("a_images", "1")
                        .param("a_trade", "0")
                        .param("a_hotels", "0"))
                .andExpect(redirectedUrl("/contacts/" + id + "#screenings"));
        mvc.perform(get("/contacts/" + id).with(staff.as("advocate")))
                .andExpect(content().string(containsString("Clear concern")))
                .andExpect(content().string(containsString("refer to a CARE unit")));
        int before = jdbc.queryForObject(
                "select max(version) from instrument where code = 'YOUTH_EXPLOITATION'", Integer.class);
        mvc.perform(post("/api/v1/instruments/YOUTH_EXPLOITATION/versions")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"nameEn":"Youth screen (short)","nameFr":"Dépistage jeunesse (court)","audience":"YOUTH",
                         "possibleAt":1,"clearAt":2,"items":[{"code":"images","domain":"ONLINE","textEn":"Images shared?",
                         "textFr":"Images partagées?","scale":"YES_NO","weight":2}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(before + 1));
        mvc.perform(get("/contacts/" + id).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("version " + before)))
                .andExpect(content().string(containsString("Clear concern")))
                .andExpect(content().string(containsString("Youth screen (short)")));
        mvc.perform(post("/api/v1/instruments/YOUTH_EXPLOITATION/versions")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aReferralIsChosenFromTheDirectoryAndRecordsWhichServiceWasGiven() throws Exception {
        UUID id = start(true);
        String page = mvc.perform(
                        get("/contacts/" + id).param("referral", "shelter").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m =
                Pattern.compile("name=\"serviceId\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(m.find()).as("the directory offers at least one shelter").isTrue();
        UUID service = UUID.fromString(m.group(1));
        mvc.perform(post("/contacts/" + id + "/actions")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("kind", "REFERRAL")
                        .param("serviceId", service.toString()))
                .andExpect(flash().attribute("noticeKey", "contact.actionRecorded"));
        assertThat(jdbc.queryForObject("select service_id from contact_action where contact_id = ?", UUID.class, id))
                .isEqualTo(service);
        mvc.perform(post("/contacts/" + id + "/actions")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("kind", "REFERRAL")
                        .param("serviceId", UUID.randomUUID().toString()))
                .andExpect(flash().attribute("errorKey", "contact.error.service"));
        mvc.perform(post("/contacts/" + id + "/actions")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("kind", "REFERRAL")
                        .param("serviceId", "not-a-uuid"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void contactsAreOnlyForTheHotlineThatHoldsThem() throws Exception {
        UUID id = start(true);
        mvc.perform(get("/contacts").with(staff.as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/contacts/" + id).with(staff.as("supervisor"))).andExpect(status().isNotFound());
        mvc.perform(get("/contacts").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(containsString(id.toString()))));
    }

    @Test
    void theContactsListFiltersByTheDayStartedAndShowsABadDateNextToItsField() throws Exception {
        UUID id = start(true);
        jdbc.update("update contact set started_at = timestamptz '2026-03-10 23:30 America/Toronto' where id = ?", id);
        mvc.perform(get("/contacts")
                        .param("from", "2026-03-10")
                        .param("to", "2026-03-10")
                        .with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id.toString())));
        mvc.perform(get("/contacts").param("from", "2026-03-11").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(containsString(id.toString()))));
        mvc.perform(get("/contacts").param("to", "2026-03-09").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(containsString(id.toString()))));

        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        mvc.perform(get("/contacts").param("from", "31/02/2026").with(staff.as("advocate")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"from-error\"")))
                .andExpect(content().string(containsString("Enter a date as year-month-day")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")))
                .andExpect(content().string(Matchers.not(containsString(id.toString()))));
        mvc.perform(get("/contacts")
                        .param("from", "2026-03-11")
                        .param("to", "2026-03-10")
                        .param("lang", "fr")
                        .with(staff.as("advocate")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"to-error\"")))
                .andExpect(content().string(containsString("La date de fin doit")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where id > ? and resource_type = 'contact'"
                                + " and action = 'SEARCH'",
                        Integer.class,
                        before))
                .isZero();
    }
}
