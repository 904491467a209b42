package ca.harbour.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A tip for police goes from a hotline contact to the police service chosen, carrying only what consent allows;
 * only that service's analysts see it, and the sender sees what became of it.
 */
@HarbourTest
class PoliceInboxIntegrationTests {

    private static final String NAME = "Marisol Quintero-Vance";
    private static final String PHONE = "416-555-0142";
    private static final String SUMMARY = "Lives above the restaurant where she works without pay";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Organization police;
    private RequestPostProcessor advocate;
    private RequestPostProcessor analyst;
    private RequestPostProcessor otherAnalyst;

    @BeforeEach
    void organizations() {
        Organization hotline = fixtures.organization(OrganizationType.HOTLINE);
        police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        Organization otherPolice = fixtures.organization(OrganizationType.POLICE_SERVICE);
        advocate = as(fixtures.staff(hotline, Role.ADVOCATE));
        analyst = as(fixtures.staff(police, Role.POLICE_ANALYST));
        otherAnalyst = as(fixtures.staff(otherPolice, Role.POLICE_ANALYST));
    }

    private static RequestPostProcessor as(Authentication staff) {
        return authentication(staff);
    }

    private UUID contact(String consentPolice) throws Exception {
        String location = mvc.perform(
                        post("/contacts").param("safe", "yes").with(advocate).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
        mvc.perform(post("/contacts/" + id)
                        .with(advocate)
                        .with(csrf())
                        .param("action", "draft")
                        .param("callerType", "VICTIM")
                        .param("callerName", NAME)
                        .param("callerPhone", PHONE)
                        .param("summary", SUMMARY)
                        .param("region", "TORONTO")
                        .param("indicators", "DOCUMENTS", "DEBT")
                        .param("exploitationTypes", "ForcedLabour")
                        .param("consentPolice", consentPolice))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private UUID sendTip(UUID contact, String exception, String reason) throws Exception {
        mvc.perform(post("/contacts/" + contact + "/actions")
                        .with(advocate)
                        .with(csrf())
                        .param("kind", "POLICE_TIP")
                        .param("detail", "Van at the back door every night")
                        .param("police", police.id().toString())
                        .param("exception", exception == null ? "" : exception)
                        .param("reason", reason == null ? "" : reason))
                .andExpect(flash().attribute("noticeKey", "contact.actionRecorded"));
        return jdbc.queryForObject("select id from police_tip where contact_id = ?", UUID.class, contact);
    }

    @Test
    void aNamedCallersTipCarriesTheirIdentityOnlyToTheChosenPoliceService() throws Exception {
        UUID tip = sendTip(contact("YES"), null, null);
        mvc.perform(get("/api/v1/intelligence/tips/" + tip).with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.basis").value("CONSENT"))
                .andExpect(jsonPath("$.content.callerName").value(NAME))
                .andExpect(jsonPath("$.content.callerPhone").value(PHONE))
                .andExpect(jsonPath("$.content.note").value("Van at the back door every night"))
                .andExpect(jsonPath("$.content.indicators", hasSize(2)))
                .andExpect(content().string(not(containsString(SUMMARY))));
        mvc.perform(get("/intelligence/inbox").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/intelligence/inbox/" + tip)));
        mvc.perform(get("/intelligence/inbox/" + tip).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(NAME)));
        // stored encrypted: neither the name nor the note is readable in the row
        assertThat(jdbc.queryForObject(
                        "select count(*) from police_tip t where id = ? and (row_to_json(t)::text like '%Quintero%'"
                                + " or row_to_json(t)::text like '%back door%')",
                        Integer.class, tip))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'police_tip' and resource_id = ?"
                                + " and action = 'READ'",
                        Integer.class,
                        tip.toString()))
                .isEqualTo(2);
    }

    @Test
    void anotherPoliceServiceSeesNothingInItsListOrByAddress() throws Exception {
        UUID tip = sendTip(contact("YES"), null, null);
        mvc.perform(get("/intelligence/inbox").with(otherAnalyst))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tip.toString()))));
        mvc.perform(get("/api/v1/intelligence/tips").with(otherAnalyst))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tip.toString()))));
        mvc.perform(get("/intelligence/inbox/" + tip).with(otherAnalyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intelligence/tips/" + tip).with(otherAnalyst)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/intelligence/tips/" + tip)
                        .with(otherAnalyst)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"UNDER_REVIEW\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/intelligence/inbox").with(advocate)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from police_tip where id = ?", String.class, tip))
                .isEqualTo("RECEIVED");
    }

    @Test
    void anAnonymousTipCarriesNoIdentityOfTheCaller() throws Exception {
        UUID tip = sendTip(contact("ANONYMOUSLY"), null, null);
        mvc.perform(get("/api/v1/intelligence/tips/" + tip).with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.categories", contains("SITUATION", "NOTE")))
                .andExpect(jsonPath("$.content.callerName").doesNotExist())
                .andExpect(jsonPath("$.content.callerPhone").doesNotExist())
                .andExpect(content().string(not(containsString("Quintero"))))
                .andExpect(content().string(not(containsString("0142"))));
        mvc.perform(get("/intelligence/inbox/" + tip).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Quintero"))))
                .andExpect(content().string(containsString("did not agree to be named")));
    }

    @Test
    void withoutConsentNothingIsSentUnlessAnExceptionIsRecordedAndThenNoIdentityGoes() throws Exception {
        UUID contact = contact("NO");
        mvc.perform(post("/contacts/" + contact + "/actions")
                        .with(advocate)
                        .with(csrf())
                        .param("kind", "POLICE_TIP")
                        .param("police", police.id().toString()))
                .andExpect(flash().attribute("errorKey", "contact.consent.policeRefused"));
        assertThat(jdbc.queryForObject("select count(*) from police_tip where contact_id = ?", Integer.class, contact))
                .isZero();
        UUID tip = sendTip(contact, "MINOR_AT_RISK", "Caller says the girl is 14");
        mvc.perform(get("/api/v1/intelligence/tips/" + tip).with(analyst))
                .andExpect(jsonPath("$.basis").value("MINOR_AT_RISK"))
                .andExpect(jsonPath("$.content.callerName").doesNotExist())
                .andExpect(content().string(not(containsString("is 14"))));
    }

    @Test
    void aTipNeedsAnActivePoliceServiceAsItsReceiver() throws Exception {
        UUID contact = contact("YES");
        Organization notPolice = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        for (String police : new String[] {"", notPolice.id().toString()}) {
            mvc.perform(post("/contacts/" + contact + "/actions")
                            .with(advocate)
                            .with(csrf())
                            .param("kind", "POLICE_TIP")
                            .param("police", police))
                    .andExpect(flash().attribute("errorKey", "contact.error.police"));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_action where contact_id = ?", Integer.class, contact))
                .isZero();
    }

    @Test
    void theAnalystMovesATipOnAndTheSenderSeesTheStatusAndFeedback() throws Exception {
        UUID contact = contact("YES");
        UUID tip = sendTip(contact, null, null);
        mvc.perform(post("/intelligence/inbox/" + tip)
                        .with(analyst)
                        .with(csrf())
                        .param("status", "ACTIONED")
                        .param("feedback", "Done")
                        .param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("passe de reçu à en examen")));
        mvc.perform(post("/intelligence/inbox/" + tip)
                        .with(analyst)
                        .with(csrf())
                        .param("status", "SOMETHING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose the next step")));
        mvc.perform(put("/api/v1/intelligence/tips/" + tip)
                        .with(analyst)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/intelligence/inbox/" + tip)
                        .with(analyst)
                        .with(csrf())
                        .param("status", "UNDER_REVIEW")
                        .param("feedback", "x".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("under 2,000 characters")));
        assertThat(jdbc.queryForObject("select status from police_tip where id = ?", String.class, tip))
                .isEqualTo("RECEIVED");
        mvc.perform(post("/intelligence/inbox/" + tip)
                        .with(analyst)
                        .with(csrf())
                        .param("status", "UNDER_REVIEW"))
                .andExpect(redirectedUrl("/intelligence/inbox/" + tip + "?saved"));
        mvc.perform(put("/api/v1/intelligence/tips/" + tip)
                        .with(analyst)
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ACTIONED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.feedback").value(containsString("Rédigez une rétroaction")));
        mvc.perform(put("/api/v1/intelligence/tips/" + tip)
                        .with(analyst)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ACTIONED\",\"feedback\":\"Officers opened an investigation\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIONED"));
        mvc.perform(put("/api/v1/intelligence/tips/" + tip)
                        .with(analyst)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"UNDER_REVIEW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("closed")));
        assertThat(jdbc.queryForObject("select status from police_tip where id = ?", String.class, tip))
                .isEqualTo("ACTIONED");
        mvc.perform(get("/contacts/" + contact).with(advocate))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Officers opened an investigation")))
                .andExpect(content().string(containsString("Actioned")));
        mvc.perform(get("/intelligence/sent").with(advocate))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Officers opened an investigation")));
        mvc.perform(get("/intelligence/sent").with(analyst)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'police_tip' and resource_id = ?"
                                + " and action = 'UPDATE'",
                        Integer.class,
                        tip.toString()))
                .isEqualTo(2);
    }
}
