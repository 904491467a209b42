package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The contact form says what happened: a draft is "saved" only when it was, the language is picked by name. */
@HarbourTest
class ContactFormHonestyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    private UUID start() throws Exception {
        String location = mvc.perform(post("/contacts")
                        .param("safe", "yes")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
    }

    private MockHttpServletRequestBuilder autosave(UUID id) {
        return post("/contacts/" + id)
                .with(staff.as("advocate"))
                .with(csrf())
                .header("HX-Request", "true")
                .param("action", "draft")
                .param("channel", "CALL")
                .param("callerType", "VICTIM");
    }

    /** "stored" when the contact holds a summary (it is encrypted: only its presence is compared). */
    private String summary(UUID id) {
        return jdbc.queryForObject(
                "select case when summary is null then null else 'stored' end from contact where id = ?",
                String.class,
                id);
    }

    @Test
    void aRejectedAutosaveSavesNothingAndSaysWhyNextToEachFieldThenASuccessfulOneClearsIt() throws Exception {
        UUID id = start();
        String answer = mvc.perform(autosave(id)
                        .param("summary", "Met at the bus station, works nights")
                        .param("callerPhone", "call me maybe")
                        .param("durationMinutes", "900")
                        .param("indicators", "DEBT", "NOT_AN_INDICATOR"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Not saved")))
                .andExpect(content().string(not(containsString("Draft saved"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the status line leads to the first answer to fix, in the form's order
        assertThat(answer).contains("href=\"#durationMinutes\"");
        assertThat(errorSlot(answer, "callerPhone")).contains("Enter a phone number of 7 to 25 digits");
        assertThat(errorSlot(answer, "durationMinutes")).contains("Enter minutes from 0 to 600");
        assertThat(errorSlot(answer, "indicators")).contains("Choose one of the answers offered");
        assertThat(errorSlot(answer, "summary")).doesNotContain("Enter").contains("hidden");
        // the answer only fills the error places: the fields, and what was typed in them, are not replaced
        assertThat(answer).doesNotContain("<input").doesNotContain("<textarea");
        assertThat(summary(id)).isNull();
        assertThat(jdbc.queryForObject("select caller_type from contact where id = ?", String.class, id))
                .isEqualTo("ANONYMOUS");

        String saved = mvc.perform(autosave(id).param("summary", "Met at the bus station, works nights"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft saved at")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(errorSlot(saved, "callerPhone")).contains("hidden").doesNotContain("Enter");
        assertThat(summary(id)).isEqualTo("stored");
    }

    @Test
    void aRejectedDraftWithoutJavaScriptKeepsWhatWasTypedAndMarksTheFieldInFrench() throws Exception {
        UUID id = start();
        String page = mvc.perform(post("/contacts/" + id)
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("lang", "fr")
                        .param("action", "draft")
                        .param("summary", "Rencontrée à la gare")
                        .param("safeNumber", "pas de numéro"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Rencontrée à la gare</textarea>")))
                .andExpect(content().string(containsString("value=\"pas de numéro\"")))
                .andExpect(content().string(containsString("aria-describedby=\"safeNumber-error\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(errorSlot(page, "safeNumber"))
                .contains("numéro de téléphone")
                .doesNotContain("hidden");
        // a value that cannot even be read as minutes is shown back as typed
        String unread = mvc.perform(post("/contacts/" + id)
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("lang", "fr")
                        .param("action", "draft")
                        .param("summary", "Rencontrée à la gare")
                        .param("durationMinutes", "dix"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("value=\"dix\"")))
                .andExpect(content().string(containsString("Rencontrée à la gare</textarea>")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(errorSlot(unread, "durationMinutes")).contains("valide ici");
        assertThat(summary(id)).isNull();
    }

    @Test
    void theCallersLanguageIsChosenByNameInBothLanguagesAndAnOldCodeStillShows() throws Exception {
        UUID id = start();
        String english = mvc.perform(get("/contacts/" + id + "/edit").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<option value=\"oj\">Ojibwe"),
                                containsString("<option value=\"iu\">Inuktitut"),
                                containsString("<option value=\"cr\">Cree"),
                                containsString("<option value=\"tl\">Tagalog"),
                                containsString("<option value=\"pa\">Punjabi"),
                                containsString("<option value=\"cmn\">Mandarin"),
                                containsString("<option value=\"en\" selected=\"selected\">English"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Pattern.compile("<option value=\"[a-z]{2,3}\"")
                        .matcher(english)
                        .results()
                        .count())
                .isGreaterThanOrEqualTo(20);
        mvc.perform(get("/contacts/" + id + "/edit").param("lang", "fr").with(staff.as("advocate")))
                .andExpect(content()
                        .string(allOf(
                                containsString("<option value=\"oj\">ojibwé"),
                                containsString("<option value=\"ar\">arabe"),
                                containsString("Langues autochtones"))));

        // a code that is not on the list is refused, and nothing changes
        mvc.perform(autosave(id).param("callerLanguage", "xq"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Choose a language from the list")));
        assertThat(jdbc.queryForObject("select caller_language from contact where id = ?", String.class, id))
                .isEqualTo("en");

        // a code stored before the list existed still shows, and saving keeps it
        jdbc.update("update contact set caller_language = 'nl' where id = ?", id);
        mvc.perform(get("/contacts/" + id + "/edit").with(staff.as("advocate")))
                .andExpect(content().string(containsString("<option value=\"nl\" selected=\"selected\">nl")));
        mvc.perform(autosave(id).param("callerLanguage", "nl")).andExpect(status().isOk());
        mvc.perform(get("/contacts/" + id).with(staff.as("advocate")))
                .andExpect(content().string(containsString("<dd>nl</dd>")));
        mvc.perform(autosave(id).param("callerLanguage", "pa")).andExpect(status().isOk());
        mvc.perform(get("/contacts/" + id).param("lang", "fr").with(staff.as("advocate")))
                .andExpect(content().string(containsString("<dd>pendjabi</dd>")));
    }

    @Test
    void theContactPageShowsEverythingRecordedInSections() throws Exception {
        UUID id = start();
        mvc.perform(post("/contacts/" + id)
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("action", "complete")
                        .param("channel", "TEXT")
                        .param("durationMinutes", "25")
                        .param("callerType", "FAMILY_FRIEND")
                        .param("callerLanguage", "tl")
                        .param("interpreterUsed", "true")
                        .param("ageBand", "AGE_16_17")
                        .param("gender", "WOMAN")
                        .param("region", "NORTHWEST")
                        .param("place", "Kenora")
                        .param("exploitationTypes", "ForcedLabour")
                        .param("indicators", "DOCUMENTS")
                        .param("dangerNow", "true")
                        .param("summary", "Cousin works at a motel")
                        .param("callerName", "Rosa")
                        .param("callerPhone", "807 555 0100")
                        .param("consentPolice", "ANONYMOUSLY")
                        .param("consentContact", "true")
                        .param("safeNumber", "807 555 0199")
                        .param("safeTimes", "after 9 pm")
                        .param("outcomes", "INFORMATION")
                        .param("followUp", "Call the cousin back")
                        .param("followUpDue", "2030-01-15"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/contacts/" + id).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(">Safety</h2>"),
                                containsString(">The caller</h2>"),
                                containsString(">The situation</h2>"),
                                containsString(">Referrals</h2>"),
                                containsString(">Consent</h2>"),
                                containsString(">Follow-up</h2>"),
                                containsString("807 555 0199"),
                                containsString("after 9 pm"),
                                containsString("Tagalog (Filipino)"),
                                containsString("Rosa"),
                                containsString("807 555 0100"),
                                containsString("Text message"),
                                containsString("25 min"),
                                containsString("16 or 17"),
                                containsString("Kenora"),
                                containsString("Forced labour"),
                                containsString("Someone else holds their documents"),
                                containsString("Cousin works at a motel"),
                                containsString("Yes, but without their name"),
                                containsString("Call the cousin back"),
                                containsString("2030-01-15"),
                                containsString("Information given"))));
        mvc.perform(get("/contacts/" + id).param("lang", "fr").with(staff.as("advocate")))
                .andExpect(content()
                        .string(allOf(
                                containsString(">Sécurité</h2>"),
                                containsString(">La situation</h2>"),
                                containsString("tagalog (filipino)"))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'contact' and resource_id = ? and action = 'READ'",
                        Integer.class,
                        id.toString()))
                .isPositive();
    }

    /** The error place of one field in an answer: its whole element. */
    private static String errorSlot(String html, String field) {
        Matcher m = Pattern.compile("<p[^>]*id=\"" + field + "-error\"[^>]*>[^<]*</p>")
                .matcher(html);
        assertThat(m.find()).as("error place of " + field).isTrue();
        return m.group();
    }
}
