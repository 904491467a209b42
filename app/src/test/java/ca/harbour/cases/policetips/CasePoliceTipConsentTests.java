package ca.harbour.cases.policetips;

import static ca.harbour.cases.policetips.CasePoliceTipWorld.POLICE_NOTE;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.SAFE_CONTACT;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.SAFE_REACH;
import static ca.harbour.cases.policetips.CasePoliceTipWorld.SURVIVOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CasePoliceTipPrepared;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.intelligence.internal.PoliceInbox;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
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
 * Police read a case tip through the case's consent each time: a withdrawal or an expiry stops it at once; a tip
 * that cannot reach police is not recorded as sent; the case's lists keep an exception's reason to supervisors.
 */
@HarbourTest
class CasePoliceTipConsentTests {

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

    @Autowired
    PoliceInbox inbox;

    private CasePoliceTipWorld w;

    @BeforeEach
    void world() throws Exception {
        w = new CasePoliceTipWorld(fixtures, mvc, cases, consents, jdbc, cipher);
    }

    private UUID sendAll() throws Exception {
        w.send(w.police.id(), "CONSENT", null, "IDENTITY", "CONTACT", "CASE_SUMMARY")
                .andExpect(status().is3xxRedirection());
        return w.received().get(0);
    }

    private void policeSee(UUID tip) throws Exception {
        mvc.perform(get("/intelligence/inbox/" + tip).with(authentication(w.analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SURVIVOR)))
                .andExpect(content().string(containsString(SAFE_CONTACT)));
        mvc.perform(get("/api/v1/intelligence/tips/" + tip).with(authentication(w.analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseContent.personName").value(SURVIVOR));
    }

    private void policeSeeOnlyTheCategories(UUID tip) throws Exception {
        for (String lang : List.of("en", "fr")) {
            mvc.perform(get("/intelligence/inbox/" + tip)
                            .with(authentication(w.analyst))
                            .param("lang", lang))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(SURVIVOR))))
                    .andExpect(content().string(not(containsString("Vasquez"))))
                    .andExpect(content().string(not(containsString(SAFE_CONTACT))))
                    .andExpect(content().string(not(containsString(SAFE_REACH))))
                    .andExpect(content().string(not(containsString(POLICE_NOTE))))
                    .andExpect(content()
                            .string(containsString(
                                    lang.equals("en")
                                            ? "Consent withdrawn or expired: the information is no longer shown."
                                            : "Consentement retiré ou expiré")));
        }
        mvc.perform(get("/api/v1/intelligence/tips/" + tip).with(authentication(w.analyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("CASE"))
                .andExpect(jsonPath("$.caseContent").value(nullValue()))
                .andExpect(jsonPath("$.content.categories[0]").value("IDENTITY"))
                .andExpect(jsonPath("$.withheld").value(containsString("Consent withdrawn or expired")))
                .andExpect(content().string(not(containsString("Vasquez"))))
                .andExpect(content().string(not(containsString("Abernathy"))))
                .andExpect(content().string(not(containsString(POLICE_NOTE))));
        for (String list : List.of("/api/v1/intelligence/tips", "/intelligence/inbox")) {
            mvc.perform(get(list).with(authentication(w.analyst)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(tip.toString())))
                    .andExpect(content().string(not(containsString("Vasquez"))))
                    .andExpect(content().string(not(containsString("Abernathy"))))
                    .andExpect(content().string(not(containsString(POLICE_NOTE))));
        }
    }

    @Test
    void aWithdrawalAfterSendingStopsPoliceSeeingTheTipAtOnce() throws Exception {
        UUID consent = w.consent(w.police.id(), EnumSet.allOf(ConsentCategory.class));
        UUID tip = sendAll();
        policeSee(tip);
        w.withdraw(consent);
        policeSeeOnlyTheCategories(tip);
    }

    @Test
    void anExpiryAfterSendingStopsPoliceSeeingTheTip() throws Exception {
        UUID consent = w.consent(w.police.id(), EnumSet.allOf(ConsentCategory.class));
        UUID tip = sendAll();
        policeSee(tip);
        // the consent's period ends: as the days pass, without anyone touching the tip
        jdbc.update(
                "update case_consent set valid_from = current_date - 30, valid_until = current_date - 1 where id = ?",
                consent);
        policeSeeOnlyTheCategories(tip);
    }

    @Test
    void aTipTheCaseDoesNotLetGoFailsAndNothingIsReceived() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> inbox.onCaseTip(new CasePoliceTipPrepared(
                        unknown, w.caseId, w.agency.id(), w.police.id(), List.of("IDENTITY"), "CONSENT")))
                .isInstanceOf(Rejected.class);
        assertThat(jdbc.queryForObject("select count(*) from police_tip where action_id = ?", Integer.class, unknown))
                .isZero();
    }

    @Test
    void aMissingCategoryInTheApiIsRefusedInWords() throws Exception {
        w.consent(w.police.id(), EnumSet.allOf(ConsentCategory.class));
        for (String categories : List.of("[null]", "[\"CASE_SUMMARY\", null]")) {
            mvc.perform(post("/api/v1/cases/" + w.caseId + "/police-tips")
                            .with(authentication(w.worker))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"police": "%s", "categories": %s, "basis": "CONSENT"}""".formatted(w.police.id(), categories)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Choose what the tip shares")));
        }
        assertThat(w.sentRecords()).isZero();
        assertThat(w.received()).isEmpty();
    }

    @Test
    void theCaseListLeavesAnExceptionsReasonToTheSupervisors() throws Exception {
        String reason = "Planted reason wq4 he threatened her sister";
        w.send(w.police.id(), "MINOR_AT_RISK", reason, "IDENTITY").andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/cases/" + w.caseId + "/police-tips").with(authentication(w.worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].basis").value("MINOR_AT_RISK"))
                .andExpect(jsonPath("$[0].exceptionReason").doesNotExist())
                .andExpect(content().string(not(containsString("wq4"))));
        mvc.perform(get("/api/v1/cases/police-tips/exceptions").with(authentication(w.supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].exceptionReason").value(reason));
    }

    @Test
    void theSentListShowsOnlyContactTipsAndTheCaseShowsItsOwn() throws Exception {
        w.consent(w.police.id(), EnumSet.of(ConsentCategory.CASE_SUMMARY));
        w.send(w.police.id(), "CONSENT", null, "CASE_SUMMARY").andExpect(status().is3xxRedirection());
        assertThat(inbox.sent(Fixtures.principal(w.supervisor))).isEmpty();
        mvc.perform(get("/intelligence/sent").with(authentication(w.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("from an agency case"))));
        assertThat(inbox.sentFromCase(Fixtures.principal(w.worker), w.caseId)).hasSize(1);
    }
}
