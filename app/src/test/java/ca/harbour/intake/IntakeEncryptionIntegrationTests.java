package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.OrganizationType;
import ca.harbour.intake.internal.LiveQueue;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.crypto.ReencryptionForTests;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The free text an advocate writes about a contact (place, safe times, follow-up, what was done and
 * why an exception was made) and the answers of a screening are stored only encrypted, still shown
 * to those allowed, move to a new key with the re-encryption job, and never reach the audit log.
 */
@HarbourTest
class IntakeEncryptionIntegrationTests {

    private static final String PLACE = "Motel 9 on Dundas, room 212";
    private static final String SAFE_TIMES = "Weekdays after 6 pm, never Sundays";
    private static final String FOLLOW_UP = "Call back about her passport and the debt";
    private static final String DETAIL = "Spoke to Constable Ayala directly";
    private static final String REASON = "Caller says her niece Mia, 14, is sold at the motel";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReencryptionForTests reencryption;

    @Autowired
    List<EncryptedColumn> columns;

    @Autowired
    LiveQueue queue;

    private UUID contactWithNotes() throws Exception {
        String location = mvc.perform(post("/contacts")
                        .param("safe", "yes")
                        .with(staff.as("advocate"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
        mvc.perform(post("/contacts/" + id)
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("action", "complete")
                        .param("channel", "CALL")
                        .param("callerType", "VICTIM")
                        .param("summary", "Encryption test contact")
                        .param("outcomes", "INFORMATION")
                        .param("consentPolice", "NO")
                        .param("place", PLACE)
                        .param("safeTimes", SAFE_TIMES)
                        .param("followUp", FOLLOW_UP))
                .andExpect(redirectedUrl("/contacts/" + id));
        return id;
    }

    private UUID exceptionAction(UUID contact) throws Exception {
        mvc.perform(post("/contacts/" + contact + "/actions")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("kind", "POLICE_TIP")
                        .param("detail", DETAIL)
                        .param("exception", "MINOR_AT_RISK")
                        .param("reason", REASON)
                        .param(
                                "police",
                                fixtures.organization(OrganizationType.POLICE_SERVICE)
                                        .id()
                                        .toString()))
                .andExpect(flash().attribute("noticeKey", "contact.actionRecorded"));
        return jdbc.queryForObject("select id from contact_action where contact_id = ?", UUID.class, contact);
    }

    private UUID screening(UUID contact) throws Exception {
        mvc.perform(post("/contacts/" + contact + "/screening/YOUTH_EXPLOITATION")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("a_older", "1")
                        .param("a_runaway", "2")
                        .param("a_money", "1")
                        .param("a_images", "1")
                        .param("a_trade", "0")
                        .param("a_hotels", "0"))
                .andExpect(redirectedUrl("/contacts/" + contact + "#screenings"));
        return jdbc.queryForObject("select id from screening where subject_id = ?", UUID.class, contact);
    }

    /** Every column of the row, as text, as anyone reading the database (or a backup) would see it. */
    private String raw(String table, UUID id) {
        return jdbc.queryForObject("select row_to_json(t)::text from " + table + " t where id = ?", String.class, id);
    }

    @Test
    void placeSafeTimesAndFollowUpAreStoredEncryptedAndStillShownToTheAdvocate() throws Exception {
        UUID id = contactWithNotes();
        String row = raw("contact", id);
        assertThat(row).doesNotContain("Dundas").doesNotContain("Sundays").doesNotContain("passport");
        mvc.perform(get("/contacts/" + id).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(FOLLOW_UP)));
        mvc.perform(get("/contacts/" + id + "/edit").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PLACE)))
                .andExpect(content().string(containsString(SAFE_TIMES)));
        // an open follow-up task still puts the contact in the live queue, where it is shown
        assertThat(queue.contactEntry(id))
                .hasValueSatisfying(item -> assertThat(item.preview()).isEqualTo(FOLLOW_UP));
    }

    @Test
    void anExceptionIsStoredEncryptedWithItsActionAndAuditedAsACategoryAndIdOnly() throws Exception {
        UUID contact = contactWithNotes();
        UUID action = exceptionAction(contact);
        String row = raw("contact_action", action);
        assertThat(row).doesNotContain("Ayala").doesNotContain("Mia").doesNotContain("motel");
        mvc.perform(get("/contacts/" + contact).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DETAIL)))
                .andExpect(content().string(containsString(REASON)));
        List<Map<String, Object>> audited = jdbc.queryForList(
                "select action, reason from audit_event where resource_type = 'contact_action' and resource_id = ?",
                action.toString());
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).get("action")).isEqualTo("EXCEPTION_GRANTED");
        assertThat((String) audited.get(0).get("reason")).isEqualTo("POLICE_TIP without consent: MINOR_AT_RISK");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where reason like '%Mia%' or reason like '%Ayala%'",
                        Integer.class))
                .isZero();
    }

    @Test
    void screeningAnswersAndTheirLevelAreStoredOnlyEncryptedAndStillShown() throws Exception {
        UUID contact = contactWithNotes();
        UUID screening = screening(contact);
        String row = raw("screening", screening);
        // "images" is an item of every version of the youth screen (other tests publish shorter ones)
        assertThat(row).doesNotContain("images").doesNotContain("CLEAR");
        assertThat(jdbc.queryForObject("select to_regclass('screening_answer') is null", Boolean.class))
                .as("no table holds the answers in clear")
                .isTrue();
        mvc.perform(get("/contacts/" + contact).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clear concern")))
                .andExpect(content().string(containsString("refer to a CARE unit")));
    }

    @Test
    void afterKeyRotationTheReencryptionJobMovesTheNewColumnsToTheNewKey() throws Exception {
        UUID contact = contactWithNotes();
        UUID action = exceptionAction(contact);
        UUID screening = screening(contact);
        FieldCipher rotated = reencryption.rotated();
        try {
            assertThat(reencryption.run(columns, rotated)).isGreaterThan(0);
            Map<String, String> expected = Map.of("place", PLACE, "safe_times", SAFE_TIMES, "follow_up", FOLLOW_UP);
            expected.forEach((column, text) -> {
                byte[] stored =
                        jdbc.queryForObject("select " + column + " from contact where id = ?", byte[].class, contact);
                assertThat(rotated.keyIdOf(stored)).isEqualTo("rotated");
                assertThat(rotated.decrypt(stored, "contact." + column)).isEqualTo(text);
            });
            Map<String, String> actionExpected = Map.of("detail", DETAIL, "exception_reason", REASON);
            actionExpected.forEach((column, text) -> {
                byte[] stored = jdbc.queryForObject(
                        "select " + column + " from contact_action where id = ?", byte[].class, action);
                assertThat(rotated.keyIdOf(stored)).isEqualTo("rotated");
                assertThat(rotated.decrypt(stored, "contact_action." + column)).isEqualTo(text);
            });
            byte[] answers = jdbc.queryForObject("select answers from screening where id = ?", byte[].class, screening);
            assertThat(rotated.keyIdOf(answers)).isEqualTo("rotated");
            assertThat(rotated.decrypt(answers, "screening.answers")).contains("images=1");
        } finally {
            // back under the running application's key, whatever happened, or every later test fails to decrypt
            reencryption.run(columns, reencryption.original());
        }
        // and everything still reads
        mvc.perform(get("/contacts/" + contact).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(FOLLOW_UP)))
                .andExpect(content().string(containsString(REASON)))
                .andExpect(content().string(containsString("Clear concern")));
    }
}
