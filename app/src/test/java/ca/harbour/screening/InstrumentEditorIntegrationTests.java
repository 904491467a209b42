package ca.harbour.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.screening.internal.Instruments;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HarbourTest
class InstrumentEditorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Instruments instruments;

    @Autowired
    JdbcTemplate jdbc;

    /** A fresh instrument of its own, version 1, so tests never change the demo instruments. */
    private String freshInstrument() {
        String code = "EDITOR_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        instruments.publish(
                new Instrument(
                        null,
                        code,
                        0,
                        "Editor test screen",
                        "Dépistage d'essai",
                        "ADULT",
                        BigDecimal.valueOf(2),
                        BigDecimal.valueOf(4),
                        List.of(
                                new InstrumentItem(
                                        "papers",
                                        "CONTROL",
                                        "Are your papers kept by someone else?",
                                        "Quelqu'un garde-t-il vos papiers?",
                                        InstrumentItem.Scale.YES_NO,
                                        BigDecimal.valueOf(3)),
                                new InstrumentItem(
                                        "locked",
                                        "MOVEMENT",
                                        "Are you locked in at night?",
                                        "Êtes-vous enfermé la nuit?",
                                        InstrumentItem.Scale.FREQUENCY,
                                        BigDecimal.ONE))),
                "test");
        return code;
    }

    private int versions(String code) {
        return jdbc.queryForObject("select count(*) from instrument where code = ?", Integer.class, code);
    }

    /**
     * The editor's form as posted, with one valid question; {@code overrides} are name, value pairs
     * that replace (or, with a blank value, blank) a field, since a repeated parameter would add a value.
     */
    private MockHttpServletRequestBuilder editAs(String username, String code, String lang, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", "save");
        fields.put("basedOn", "1");
        fields.put("nameEn", "Editor test screen v2");
        fields.put("nameFr", "Dépistage d'essai v2");
        fields.put("audience", "ADULT");
        fields.put("possibleAt", "1");
        fields.put("clearAt", "3");
        fields.put("items[0].code", "papers");
        fields.put("items[0].domain", "CONTROL");
        fields.put("items[0].textEn", "Does anyone hold your ID?");
        fields.put("items[0].textFr", "Quelqu'un détient-il vos papiers?");
        fields.put("items[0].scale", "YES_NO");
        fields.put("items[0].weight", "3");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/admin/instruments/" + code + "/edit")
                .with(staff.as(username))
                .with(csrf())
                .param("lang", lang);
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder edit(String code, String lang, String... overrides) {
        return editAs("admin", code, lang, overrides);
    }

    private UUID contactScreenedWith(String code) throws Exception {
        String location = mvc.perform(post("/contacts")
                        .param("safe", "yes")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
        mvc.perform(post("/contacts/" + id + "/screening/" + code)
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("a_papers", "1")
                        .param("a_locked", "2"))
                .andExpect(redirectedUrl("/contacts/" + id + "#screenings"));
        return id;
    }

    @Test
    void savingThroughTheEditorPublishesANewVersionAndAScreeningAnsweredWithVersion1StillRendersWithIt()
            throws Exception {
        String code = freshInstrument();
        UUID contact = contactScreenedWith(code);
        mvc.perform(get("/admin/instruments/" + code + "/edit").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Are you locked in at night?")))
                .andExpect(content().string(containsString("Save as version 2")));

        mvc.perform(edit(code, "en")).andExpect(redirectedUrl("/admin/instruments/" + code + "/2?saved"));
        // a second editor who started from version 1 is told, and their copy is not published over version 2
        mvc.perform(edit(code, "en", "nameEn", "Stale copy"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone published a newer version")))
                .andExpect(content().string(containsString("value=\"Stale copy\"")))
                .andExpect(content().string(containsString("Save as version 3")));

        assertThat(versions(code)).isEqualTo(2);
        assertThat(instruments.current(code).orElseThrow().items())
                .extracting(InstrumentItem::textEn)
                .containsExactly("Does anyone hold your ID?");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CREATE' and resource_type = 'instrument'"
                                + " and reason = ? and actor = 'admin'",
                        Integer.class,
                        code + " version 2"))
                .isEqualTo(1);
        // the screening answered with version 1 is still shown with version 1's questions, weights and level
        mvc.perform(get("/contacts/" + contact).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Editor test screen")))
                .andExpect(content().string(containsString("version 1")))
                .andExpect(content().string(containsString("Are your papers kept by someone else? (+3)")))
                .andExpect(content().string(containsString("Are you locked in at night? (+2)")))
                .andExpect(content().string(containsString("Clear concern")))
                .andExpect(content().string(not(containsString("Does anyone hold your ID?"))));
        mvc.perform(get("/admin/instruments/" + code + "/1")
                        .with(staff.as("admin"))
                        .param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Êtes-vous enfermé la nuit?")))
                .andExpect(content().string(containsString("version antérieure")));
        mvc.perform(get("/admin/instruments/" + code + "/2")
                        .with(staff.as("admin"))
                        .param("saved", ""))
                .andExpect(content().string(containsString("Saved as version 2")))
                .andExpect(content().string(containsString("Does anyone hold your ID?")));
        mvc.perform(get("/admin/instruments").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/instruments/" + code + "/1")))
                .andExpect(content().string(containsString("/admin/instruments/" + code + "/2")));
        mvc.perform(get("/api/v1/instruments/" + code + "/versions").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].createdBy").value("admin"))
                .andExpect(jsonPath("$[1].version").value(1));
        mvc.perform(get("/api/v1/instruments/" + code + "/versions/1").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/v1/instruments/NO_SUCH/versions").with(staff.as("advocate")))
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidEditsAreExplainedNextToTheFieldInEnglishAndFrenchAndNothingIsSaved() throws Exception {
        String code = freshInstrument();
        mvc.perform(edit(code, "en", "items[0].textFr", " ", "items[0].weight", "heavy", "clearAt", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the question in French.")))
                .andExpect(content().string(containsString("Enter a number of 0 or more")))
                .andExpect(content().string(containsString("id=\"items-0-textFr-error\"")))
                .andExpect(content().string(containsString("value=\"heavy\"")));
        mvc.perform(edit(code, "fr", "items[0].textFr", "", "items[0].weight", "-2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Entrez la question en français.")))
                .andExpect(content().string(containsString("Entrez un nombre égal ou supérieur à 0")));
        mvc.perform(edit(code, "fr", "possibleAt", "5", "clearAt", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("doit être plus élevé")));
        mvc.perform(edit(code, "en", "possibleAt", "6", "clearAt", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be higher than")));
        mvc.perform(post("/admin/instruments/" + code + "/edit")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .param("action", "save")
                        .param("basedOn", "1")
                        .param("nameEn", "Empty")
                        .param("nameFr", "Vide")
                        .param("audience", "ADULT")
                        .param("possibleAt", "1")
                        .param("clearAt", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("an instrument cannot be empty")));
        mvc.perform(edit(code, "en", "items[0].textEn", "x".repeat(100_000), "nameFr", "y".repeat(5000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This text is too long.")));
        MockHttpServletRequestBuilder tooMany = edit(code, "en");
        for (int i = 1; i <= 80; i++) {
            tooMany.param("items[" + i + "].code", "q" + i)
                    .param("items[" + i + "].domain", "D")
                    .param("items[" + i + "].textEn", "Q?")
                    .param("items[" + i + "].textFr", "Q ?")
                    .param("items[" + i + "].scale", "YES_NO")
                    .param("items[" + i + "].weight", "1");
        }
        mvc.perform(tooMany)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 60 questions")));
        mvc.perform(edit(
                        code,
                        "en",
                        "items[1].code",
                        "papers",
                        "items[1].domain",
                        "D",
                        "items[1].textEn",
                        "Again?",
                        "items[1].textFr",
                        "Encore ?",
                        "items[1].scale",
                        "YES_NO",
                        "items[1].weight",
                        "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Two questions have the same code.")));
        mvc.perform(edit(code, "en", "items[0].scale", "SOMETIMES", "audience", "ALIENS", "items[0].code", "9;drop"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose one of the options offered.")));
        assertThat(versions(code)).isEqualTo(1);
    }

    @Test
    void questionsAreAddedAndRemovedWithButtonsThatReRenderTheFormWithoutSaving() throws Exception {
        String code = freshInstrument();
        mvc.perform(edit(code, "en", "action", "add"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"items[1].textEn\"")))
                .andExpect(content().string(containsString("Remove question 2")))
                .andExpect(content().string(containsString("value=\"Does anyone hold your ID?\"")));
        mvc.perform(edit(code, "fr", "items[3].code", "second", "items[3].textEn", "Second?", "action", "remove-0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"items[0].textEn\" value=\"Second?\"")))
                .andExpect(content().string(not(containsString("Does anyone hold your ID?"))))
                .andExpect(content().string(containsString("Retirer la question 1")));
        assertThat(versions(code)).isEqualTo(1);
    }

    @Test
    void onlyThoseWhoMayPublishInstrumentsReachTheEditor() throws Exception {
        String code = freshInstrument();
        for (String who : new String[] {"advocate", "supervisor", "caseworker", "analyst"}) {
            mvc.perform(get("/admin/instruments").with(staff.as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/instruments/" + code + "/1").with(staff.as(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(editAs(who, code, "en")).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/instruments")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/instruments/NO_SUCH/1").with(staff.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/instruments/" + code + "/9").with(staff.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/instruments/" + code + "/first").with(staff.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(edit("NO_SUCH", "en")).andExpect(status().isNotFound());
        assertThat(versions(code)).isEqualTo(1);
    }
}
