package ca.harbour.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.internal.flow.DocumentDesk;
import ca.harbour.cases.internal.work.SafetyPlan;
import ca.harbour.cases.internal.work.SafetyPlanDesk;
import ca.harbour.referrals.internal.ReferralActions;
import ca.harbour.referrals.internal.ReferralRequest;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a referral discloses of the case to the receiving agency, category by category, on the page and through
 * the API alike: the safe contacts and safe times (contact), the safety plan, and the documents (listed, and
 * downloaded as audited attachments), each only while a consent covers it, and nothing once it is withdrawn,
 * expired or the referral revoked.
 */
@HarbourTest
class ReferralDisclosureIntegrationTests {

    static final String CONTACT_NAME = "Marguerite Safe-Aunt";
    static final String SAFE_TIMES = "Weekday mornings before nine";
    static final String CODE_WORDS = "Blue umbrella";
    static final String STEP = "Keep a bag at the neighbour house";
    static final String DOCUMENT_TEXT = "Letter from the landlord about the lease";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferralActions actions;

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseConsents consents;

    @Autowired
    SafetyPlanDesk plans;

    @Autowired
    DocumentDesk documents;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private ReferralWorld w;
    private UUID caseId;
    private UUID document;

    @BeforeEach
    void world() {
        w = new ReferralWorld(fixtures, jdbc, cases, consents);
        caseId = w.openCase();
        plans.save(
                w.worker,
                caseId,
                new SafetyPlan(
                        List.of("The recruiter knows her address"),
                        List.of(new SafetyPlan.SafeContact(CONTACT_NAME, "613-555-0101", "aunt")),
                        CODE_WORDS,
                        SAFE_TIMES,
                        List.of(new SafetyPlan.Step(STEP, false))),
                0);
        document = documents.upload(
                w.worker, caseId, "OTHER", "lease.txt", DOCUMENT_TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void removeDirectoryRows() {
        w.removeDirectoryRows();
    }

    private UUID referral(Set<ConsentCategory> consented, Set<ConsentCategory> shared, LocalDate until) {
        UUID consent = w.consent(caseId, w.receiver.id(), consented, until);
        return actions.create(w.worker, w.request(caseId, shared, consent));
    }

    private int audited(String action, String type, UUID id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and resource_type = ? and resource_id = ?",
                Integer.class,
                action,
                type,
                id.toString());
    }

    @Test
    void everyConsentedCategoryReachesTheReceiverOnThePageAndThroughTheApiUntilTheConsentIsWithdrawn()
            throws Exception {
        Set<ConsentCategory> all = EnumSet.allOf(ConsentCategory.class);
        UUID id = referral(all, all, null);
        String pageDownload = "/referrals/" + id + "/documents/" + document;
        String apiDownload = "/api/v1/referrals/" + id + "/documents/" + document;

        mvc.perform(get("/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ReferralWorld.LABEL)))
                .andExpect(content().string(containsString(CONTACT_NAME)))
                .andExpect(content().string(containsString(SAFE_TIMES)))
                .andExpect(content().string(containsString(CODE_WORDS)))
                .andExpect(content().string(containsString(STEP)))
                .andExpect(content().string(containsString("lease.txt")))
                .andExpect(content().string(containsString(pageDownload)))
                .andExpect(content().string(not(containsString(DOCUMENT_TEXT))));
        mvc.perform(get("/api/v1/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(jsonPath("$.disclosed.state").value("SHOWN"))
                .andExpect(jsonPath("$.disclosed.label").value(ReferralWorld.LABEL))
                .andExpect(jsonPath("$.disclosed.contact.safeContacts[0].name").value(CONTACT_NAME))
                .andExpect(jsonPath("$.disclosed.contact.safeTimes").value(SAFE_TIMES))
                .andExpect(jsonPath("$.disclosed.safetyPlan.codeWords").value(CODE_WORDS))
                .andExpect(jsonPath("$.disclosed.safetyPlan.steps[0].text").value(STEP))
                .andExpect(jsonPath("$.disclosed.documents[0].id").value(document.toString()));

        for (String path : List.of(pageDownload, apiDownload)) {
            mvc.perform(get(path).with(authentication(w.receivingAuth)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString("attachment")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(content().string(DOCUMENT_TEXT));
        }
        assertThat(audited("EXPORT", "case_document", document)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'READ' and resource_type = 'case'"
                                + " and resource_id = ? and reason like 'disclosed under consent%'",
                        Integer.class, caseId.toString()))
                .isGreaterThanOrEqualTo(4);
        // a third agency and the sender's own download path for the receiver stay closed
        mvc.perform(get(pageDownload).with(authentication(w.thirdAuth))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/documents/" + document).with(authentication(w.receivingAuth)))
                .andExpect(status().isNotFound());

        consents.withdraw(w.worker, w.consentOf(id));
        mvc.perform(get("/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ReferralWorld.LABEL))))
                .andExpect(content().string(not(containsString(CONTACT_NAME))))
                .andExpect(content().string(not(containsString(CODE_WORDS))))
                .andExpect(content().string(not(containsString("lease.txt"))));
        mvc.perform(get("/api/v1/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(jsonPath("$.disclosed.state").value("CONSENT_WITHDRAWN"))
                .andExpect(jsonPath("$.disclosed.contact").value(nullValue()))
                .andExpect(jsonPath("$.disclosed.safetyPlan").value(nullValue()))
                .andExpect(jsonPath("$.disclosed.documents").value(nullValue()));
        for (String path : List.of(pageDownload, apiDownload)) {
            mvc.perform(get(path).with(authentication(w.receivingAuth))).andExpect(status().isNotFound());
        }
        assertThat(audited("EXPORT", "case_document", document)).isEqualTo(2);
        assertThat(audited("DENIED", "referral", id)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyTheCategoriesTheReferralSharesAreShownAndTheDocumentsStayClosedWithoutTheirs() throws Exception {
        UUID id = referral(
                Set.of(ConsentCategory.IDENTITY, ConsentCategory.CONTACT),
                Set.of(ConsentCategory.IDENTITY, ConsentCategory.CONTACT),
                null);
        mvc.perform(get("/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CONTACT_NAME)))
                .andExpect(content().string(containsString(SAFE_TIMES)))
                .andExpect(content().string(not(containsString(CODE_WORDS))))
                .andExpect(content().string(not(containsString(STEP))))
                .andExpect(content().string(not(containsString("lease.txt"))));
        mvc.perform(get("/api/v1/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(jsonPath("$.disclosed.contact.safeTimes").value(SAFE_TIMES))
                .andExpect(jsonPath("$.disclosed.caseStatus").value(nullValue()))
                .andExpect(jsonPath("$.disclosed.safetyPlan").value(nullValue()))
                .andExpect(jsonPath("$.disclosed.documents").value(nullValue()));
        mvc.perform(get("/api/v1/referrals/" + id + "/documents/" + document).with(authentication(w.receivingAuth)))
                .andExpect(status().isNotFound());
        assertThat(audited("EXPORT", "case_document", document)).isZero();
    }

    @Test
    void anExpiredConsentOrARevokedReferralClosesTheDocumentsAtTheNextRead() throws Exception {
        Set<ConsentCategory> documentsOnly = Set.of(ConsentCategory.DOCUMENTS);
        UUID expiring = referral(documentsOnly, documentsOnly, LocalDate.now());
        UUID revoked = referral(documentsOnly, documentsOnly, null);
        mvc.perform(get("/referrals/" + expiring + "/documents/" + document).with(authentication(w.receivingAuth)))
                .andExpect(status().isOk());
        jdbc.update(
                "update case_consent set valid_from = ?, valid_until = ? where id = ?",
                LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(1),
                w.consentOf(expiring));
        mvc.perform(get("/referrals/" + expiring + "/documents/" + document).with(authentication(w.receivingAuth)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/referrals/" + expiring).with(authentication(w.receivingAuth)))
                .andExpect(content().string(not(containsString("lease.txt"))));

        actions.move(w.supervisor, revoked, ReferralStatus.REVOKED, "Sent by mistake", false);
        mvc.perform(get("/api/v1/referrals/" + revoked + "/documents/" + document)
                        .with(authentication(w.receivingAuth)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/referrals/" + revoked).with(authentication(w.receivingAuth)))
                .andExpect(jsonPath("$.disclosed.state").value("REVOKED"))
                .andExpect(jsonPath("$.disclosed.documents").value(nullValue()));
        // another case's document is never reached through this referral
        UUID otherCase = w.openCase();
        UUID foreign =
                documents.upload(w.worker, otherCase, "OTHER", "other.txt", "Other".getBytes(StandardCharsets.UTF_8));
        UUID open = referral(documentsOnly, documentsOnly, null);
        mvc.perform(get("/referrals/" + open + "/documents/" + foreign).with(authentication(w.receivingAuth)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReferralSharedUnderAnExceptionShowsNothingOnceTheAgencyDeclinedIt() throws Exception {
        Set<ConsentCategory> shared = Set.of(ConsentCategory.IDENTITY, ConsentCategory.CASE_SUMMARY);
        UUID id = actions.create(
                w.worker,
                new ReferralRequest(
                        caseId,
                        w.service,
                        Urgency.URGENT,
                        shared,
                        ReferralBasis.MINOR_AT_RISK,
                        null,
                        "A child may be at risk tonight",
                        null,
                        true));
        mvc.perform(get("/api/v1/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(jsonPath("$.disclosed.state").value("SHOWN"));

        actions.move(w.receiving, id, ReferralStatus.RECEIVED, null, false);
        actions.move(w.receiving, id, ReferralStatus.DECLINED, "No space this week", false);

        mvc.perform(get("/api/v1/referrals/" + id).with(authentication(w.receivingAuth)))
                .andExpect(jsonPath("$.disclosed.state").value("EXCEPTION_ENDED"))
                .andExpect(jsonPath("$.disclosed.label").value(nullValue()));
    }
}
