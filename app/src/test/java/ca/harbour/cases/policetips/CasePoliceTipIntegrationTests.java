package ca.harbour.cases.policetips;

import static ca.harbour.cases.policetips.CasePoliceTipWorld.CASE_NOTE;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.CODE_WORDS;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.POLICE_NOTE;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.RISK;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.SAFE_CONTACT;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.SAFE_REACH;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.SUMMARY;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.SURVIVOR;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.TRAFFICKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A tip to police from a case carries only the categories a consent in force gives that police service (or an
 * exception with its reason allows); what no category covers is never stored for police nor shown to them, and
 * the sender sees what police made of it.
 */
@HarbourTest
class CasePoliceTipIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseConsents consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FieldCipher cipher;

    private CasePoliceTipWorld w;

    @BeforeEach
    void world() throws Exception {
        w = new CasePoliceTipWorld(fixtures, mvc, cases, consents, jdbc, cipher);
    }

    @Test
    void aConsentToTheCaseSummaryLetsOnlyTheSummaryCodesReachPolice() throws Exception {
        w.consent(w.police.id(), EnumSet.of(ConsentCategory.CASE_SUMMARY));
        w.send(w.police.id(), "CONSENT", null, "CASE_SUMMARY")
                .andExpect(redirectedUrl("/cases/" + w.caseId + "/police-tips?sent"));
        List<UUID> received = w.received();
        assertThat(received).hasSize(1);
        UUID tip = received.get(0);

        // police keep only the categories: what the tip says is read from the case, under its consent, each time
        String stored = w.stored(tip);
        assertThat(stored)
                .contains("CASE_SUMMARY")
                .doesNotContain("SEXUAL_EXPLOITATION", "DEBT_BONDAGE", "AGE_16_17", POLICE_NOTE)
                .doesNotContain(SURVIVOR, "Vasquez", TRAFFICKER, "Ostrowski", SUMMARY, "zq7", CASE_NOTE, "kx9")
                .doesNotContain("Abernathy", "0199", "qv3", "rr8");

        mvc.perform(get("/api/v1/intelligence/tips/" + tip).with(authentication(w.analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("CASE"))
                .andExpect(jsonPath("$.basis").value("CONSENT"))
                .andExpect(jsonPath("$.caseContent.shared[0]").value("CASE_SUMMARY"))
                .andExpect(jsonPath("$.caseContent.personName").value(nullValue()))
                .andExpect(jsonPath("$.caseContent.meansOfControl[0]").value("DEBT_BONDAGE"))
                .andExpect(content().string(not(containsString("Vasquez"))))
                .andExpect(content().string(not(containsString("Ostrowski"))))
                .andExpect(content().string(not(containsString("zq7"))))
                .andExpect(content().string(not(containsString("kx9"))));
        mvc.perform(get("/intelligence/inbox").with(authentication(w.analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/intelligence/inbox/" + tip)))
                .andExpect(content().string(containsString("from an agency case")));
        mvc.perform(get("/intelligence/inbox/" + tip).with(authentication(w.analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tip from an agency case")))
                .andExpect(content().string(containsString("Debt bondage")))
                .andExpect(content().string(containsString(POLICE_NOTE)))
                .andExpect(content().string(not(containsString("Vasquez"))))
                .andExpect(content().string(not(containsString("Ostrowski"))))
                .andExpect(content().string(not(containsString("zq7"))))
                .andExpect(content().string(not(containsString("kx9"))));
    }

    @Test
    void theIdentityGoesOnlyWithAConsentToIt() throws Exception {
        w.consent(w.police.id(), EnumSet.of(ConsentCategory.CASE_SUMMARY));
        w.send(w.police.id(), "CONSENT", null, "IDENTITY", "CASE_SUMMARY")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("No consent in force lets all of this go")));
        assertThat(w.received()).isEmpty();
        assertThat(w.sentRecords()).isZero();

        w.consent(w.police.id(), EnumSet.of(ConsentCategory.IDENTITY, ConsentCategory.CASE_SUMMARY));
        w.send(w.police.id(), "CONSENT", null, "IDENTITY", "CASE_SUMMARY").andExpect(status().is3xxRedirection());
        UUID tip = w.received().get(0);
        assertThat(w.stored(tip)).doesNotContain(SURVIVOR, "Vasquez", TRAFFICKER, "zq7", "kx9");
        // stored encrypted: the name is not readable in the row
        assertThat(jdbc.queryForObject(
                        "select count(*) from police_tip t where id = ? and row_to_json(t)::text like '%Vasquez%'",
                        Integer.class, tip))
                .isZero();
        mvc.perform(get("/intelligence/inbox/" + tip).with(authentication(w.analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SURVIVOR)))
                .andExpect(content().string(not(containsString("Ostrowski"))));
    }

    @Test
    void aConsentToContactLetsOnlyTheSafeWaysToReachThePersonGo() throws Exception {
        w.consent(w.police.id(), EnumSet.of(ConsentCategory.CONTACT));
        w.send(w.police.id(), "CONSENT", null, "CONTACT").andExpect(status().is3xxRedirection());
        UUID tip = w.received().get(0);
        assertThat(w.stored(tip))
                .doesNotContain(SAFE_CONTACT, SAFE_REACH)
                .doesNotContain(CODE_WORDS, "qv3", RISK, "rr8", "Vasquez", "Ostrowski", "zq7", "kx9")
                .doesNotContain("SEXUAL_EXPLOITATION", "DEBT_BONDAGE");
        mvc.perform(get("/intelligence/inbox/" + tip).with(authentication(w.analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SAFE_CONTACT)))
                .andExpect(content().string(containsString(SAFE_REACH)))
                .andExpect(content().string(not(containsString("qv3"))))
                .andExpect(content().string(not(containsString("Vasquez"))));
    }

    @Test
    void aConsentForAnotherPoliceServiceLetsNothingGo() throws Exception {
        w.consent(w.otherPolice.id(), EnumSet.allOf(ConsentCategory.class));
        w.send(w.police.id(), "CONSENT", null, "CASE_SUMMARY")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("No consent in force lets all of this go")));
        assertThat(w.received()).isEmpty();
        assertThat(w.sentRecords()).isZero();
    }

    @Test
    void anExpiredConsentLetsNothingGo() throws Exception {
        LocalDate today = LocalDate.now();
        w.consent(w.police.id(), EnumSet.allOf(ConsentCategory.class), today.minusDays(30), today.minusDays(1));
        w.send(w.police.id(), "CONSENT", null, "CASE_SUMMARY").andExpect(status().isBadRequest());
        assertThat(w.received()).isEmpty();
        assertThat(w.sentRecords()).isZero();
    }

    @Test
    void aWithdrawnConsentLetsNothingGoAndSaysSoInFrench() throws Exception {
        UUID consent = w.consent(w.police.id(), EnumSet.allOf(ConsentCategory.class));
        w.withdraw(consent);
        mvc.perform(w.tip(w.police.id(), "CONSENT", null, "CASE_SUMMARY").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Aucun consentement en vigueur ne permet")));
        assertThat(w.received()).isEmpty();
        assertThat(w.sentRecords()).isZero();
    }

    @Test
    void theFormIsNeverTrustedForWhatItShares() throws Exception {
        w.consent(w.police.id(), EnumSet.allOf(ConsentCategory.class));
        // the safety plan and the documents are not for tips, whatever the consent; nor is a made-up category
        w.send(w.police.id(), "CONSENT", null, "SAFETY_PLAN").andExpect(status().isBadRequest());
        w.send(w.police.id(), "CONSENT", null, "SUSPECTS").andExpect(status().isBadRequest());
        w.send(w.police.id(), "CONSENT", null).andExpect(status().isBadRequest());
        // a police service that does not exist, or an organization that is not one
        w.send(UUID.randomUUID(), "CONSENT", null, "CASE_SUMMARY").andExpect(status().isBadRequest());
        w.send(w.agency.id(), "CONSENT", null, "CASE_SUMMARY").andExpect(status().isBadRequest());
        w.send(w.police.id(), "WHATEVER", "because", "CASE_SUMMARY").andExpect(status().isBadRequest());
        mvc.perform(w.tip(w.police.id(), "CONSENT", null, "CASE_SUMMARY").param("police", "not-a-uuid"))
                .andExpect(status().isBadRequest());
        assertThat(w.received()).isEmpty();
        assertThat(w.sentRecords()).isZero();
    }

    @Test
    void anExceptionNeedsItsReasonIsAuditedAndShownToTheSupervisors() throws Exception {
        w.send(w.police.id(), "IMMINENT_DANGER", " ", "IDENTITY")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write the reason for sending without consent.")));
        assertThat(w.sentRecords()).isZero();

        String reason = "She said he is coming back tonight with a weapon";
        w.send(w.police.id(), "IMMINENT_DANGER", reason, "IDENTITY").andExpect(status().is3xxRedirection());
        UUID tip = w.received().get(0);
        assertThat(w.stored(tip)).doesNotContain(SURVIVOR, reason, "SEXUAL_EXPLOITATION");
        UUID sent = jdbc.queryForObject("select id from case_police_tip where case_id = ?", UUID.class, w.caseId);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'case_police_tip' and resource_id = ?"
                                + " and action = 'EXCEPTION_GRANTED' and reason not like '%weapon%'",
                        Integer.class, sent.toString()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_police_tip t where id = ? and row_to_json(t)::text like '%weapon%'",
                        Integer.class, sent))
                .isZero();
        mvc.perform(get("/cases/police-tips/exceptions").with(authentication(w.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reason)))
                .andExpect(content().string(containsString("/cases/" + w.caseId + "/police-tips")));
        mvc.perform(get("/staff").with(authentication(w.supervisor)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("1 tip sent to police without consent in the last 30 days")));
        mvc.perform(get("/staff").with(authentication(w.otherSupervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No tip sent to police without consent in the last 30")));
        mvc.perform(get("/cases/police-tips/exceptions").with(authentication(w.otherSupervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(reason))));
        mvc.perform(get("/cases/police-tips/exceptions").with(authentication(w.worker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/intelligence/inbox/" + tip).with(authentication(w.analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("exception: someone is in imminent danger")))
                .andExpect(content().string(containsString(SURVIVOR)));
    }

    @Test
    void anotherPoliceServiceSeesNothing() throws Exception {
        w.consent(w.police.id(), EnumSet.of(ConsentCategory.CASE_SUMMARY));
        w.send(w.police.id(), "CONSENT", null, "CASE_SUMMARY").andExpect(status().is3xxRedirection());
        UUID tip = w.received().get(0);
        mvc.perform(get("/intelligence/inbox/" + tip).with(authentication(w.otherAnalyst)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intelligence/tips/" + tip).with(authentication(w.otherAnalyst)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/intelligence/inbox").with(authentication(w.otherAnalyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tip.toString()))));
        // nor does an analyst see the case's page
        mvc.perform(get("/cases/" + w.caseId + "/police-tips").with(authentication(w.analyst)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSenderSeesWhatPoliceMadeOfTheTip() throws Exception {
        w.consent(w.police.id(), EnumSet.of(ConsentCategory.CASE_SUMMARY));
        w.send(w.police.id(), "CONSENT", null, "CASE_SUMMARY").andExpect(status().is3xxRedirection());
        UUID tip = w.received().get(0);
        mvc.perform(post("/intelligence/inbox/" + tip)
                        .with(authentication(w.analyst))
                        .with(csrf())
                        .param("status", "UNDER_REVIEW"))
                .andExpect(status().is3xxRedirection());
        String feedback = "Linked to an open file on the salon; thank you";
        mvc.perform(post("/intelligence/inbox/" + tip)
                        .with(authentication(w.analyst))
                        .with(csrf())
                        .param("status", "ACTIONED")
                        .param("feedback", feedback))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + w.caseId + "/police-tips").with(authentication(w.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Actioned")))
                .andExpect(content().string(containsString(feedback)));
        mvc.perform(get("/cases/" + w.caseId + "/police-tips")
                        .with(authentication(w.supervisor))
                        .param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Signalements transmis depuis ce dossier")))
                .andExpect(content().string(containsString(feedback)));
        mvc.perform(get("/cases/" + w.caseId).with(authentication(w.worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tip sent to police")));
        // a worker of another agency sees neither the case nor its tips
        mvc.perform(get("/cases/" + w.caseId + "/police-tips").with(authentication(w.otherSupervisor)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiSendsUnderTheSameRules() throws Exception {
        w.consent(w.police.id(), EnumSet.of(ConsentCategory.CASE_SUMMARY));
        String refused = """
                {"police": "%s", "categories": ["IDENTITY"], "basis": "CONSENT", "note": "x"}""".formatted(w.police.id());
        mvc.perform(post("/api/v1/cases/" + w.caseId + "/police-tips")
                        .with(authentication(w.worker))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(refused))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Aucun consentement en vigueur")));
        assertThat(w.sentRecords()).isZero();
        String allowed = refused.replace("IDENTITY", "CASE_SUMMARY");
        mvc.perform(post("/api/v1/cases/" + w.caseId + "/police-tips")
                        .with(authentication(w.worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allowed))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty());
        assertThat(w.received()).hasSize(1);
        mvc.perform(get("/api/v1/cases/" + w.caseId + "/police-tips").with(authentication(w.supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].categories[0]").value("CASE_SUMMARY"))
                .andExpect(jsonPath("$[0].basis").value("CONSENT"));
        mvc.perform(get("/api/v1/cases/" + w.caseId + "/police-tips").with(authentication(w.otherSupervisor)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/" + w.caseId + "/police-tips")
                        .with(authentication(w.analyst))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(allowed))
                .andExpect(status().isForbidden());
        assertThat(w.received()).hasSize(1);
    }
}
