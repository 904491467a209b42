package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.intake.internal.TipForm;
import ca.harbour.intake.internal.Tips;
import ca.harbour.intake.internal.TriageRuleSet;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A contact's page shows tips from the same phone, and a tip's page contacts from it, to those who may open them. */
@HarbourTest
class TipContactPhoneLinkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Tips tips;

    @Autowired
    JdbcTemplate jdbc;

    private UUID hotline() {
        return jdbc.queryForObject("select organization_id from app_user where username = 'advocate'", UUID.class);
    }

    private UUID tipFrom(String phone, UUID organization) {
        UUID id = UUID.randomUUID();
        String reference = "HT-LINK-" + id.toString().substring(0, 8).toUpperCase();
        tips.insert(
                id,
                reference,
                Instant.now(),
                organization,
                "en",
                new TipForm("Phone link test tip", "", "", "", "WEEK", false, "NO", null, "", phone, "", ""),
                new TriageRuleSet.Triage(Urgency.RECENT, List.of("triage.reason.recent"), 1),
                false);
        return id;
    }

    private UUID contactFrom(String phone) throws Exception {
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
                        .param("summary", "Phone link test contact")
                        .param("outcomes", "INFORMATION")
                        .param("callerPhone", phone))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private static String phone() {
        return String.format("613-555-%04d", (int) (Math.random() * 10_000));
    }

    private int audited(String reason) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'SEARCH' and reason = ?", Integer.class, reason);
    }

    @Test
    void anAdvocateSeesTheTipsAndContactsFromTheSamePhoneWrittenInAnyFormatWithLinks() throws Exception {
        String phone = phone();
        UUID tip = tipFrom("+1 (" + phone.substring(0, 3) + ") " + phone.substring(4), hotline());
        UUID contact = contactFrom(phone);
        String reference = jdbc.queryForObject("select reference from tip where id = ?", String.class, tip);

        mvc.perform(get("/contacts/" + contact).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 tip from the same phone number")))
                .andExpect(content().string(containsString("href=\"/queue/" + tip + "\"")))
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/queue/" + tip).with(staff.as("advocate")).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 contact du même numéro de téléphone")))
                .andExpect(content().string(containsString("href=\"/contacts/" + contact + "\"")));
        assertThat(audited("same phone as contact " + contact)).isEqualTo(1);
        assertThat(audited("same phone as tip " + tip)).isEqualTo(1);
    }

    @Test
    void linksAreNotShownToSomeoneWhoCouldNotOpenTheLinkedRecord() throws Exception {
        String phone = phone();
        UUID police =
                jdbc.queryForObject("select organization_id from app_user where username = 'analyst'", UUID.class);
        // a tip shared with a police service: the analyst may open it, the hotline's advocate may not
        UUID tip = tipFrom(phone, police);
        // already dealt with, so it stays out of the analyst's queue that other tests expect empty; links ignore status
        jdbc.update("update tip set status = 'CLOSED' where id = ?", tip);
        UUID contact = contactFrom(phone);
        mvc.perform(get("/queue/" + tip).with(staff.as("advocate"))).andExpect(status().isNotFound());
        mvc.perform(get("/contacts/" + contact).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("from the same phone number"))))
                .andExpect(content().string(not(containsString(tip.toString()))));
        // the analyst opens the tip but may not read hotline contacts, so none is linked
        mvc.perform(get("/contacts/" + contact).with(staff.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/queue/" + tip).with(staff.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phone link test tip")))
                .andExpect(content().string(not(containsString(contact.toString()))));
        assertThat(audited("same phone as tip " + tip)).isEqualTo(1);
    }

    @Test
    void aTipWithoutAPhoneLinksToNothing() throws Exception {
        UUID tip = tipFrom("", hotline());
        contactFrom("");
        mvc.perform(get("/queue/" + tip).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("same phone number"))));
    }
}
