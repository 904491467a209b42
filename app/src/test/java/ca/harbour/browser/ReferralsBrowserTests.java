package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.NewConsent;
import ca.harbour.cases.internal.flow.DocumentDesk;
import ca.harbour.cases.internal.work.SafetyPlan;
import ca.harbour.cases.internal.work.SafetyPlanDesk;
import ca.harbour.directory.internal.DirectoryIndexer;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.referrals.ReferralBasis;
import ca.harbour.referrals.Urgency;
import ca.harbour.referrals.internal.ReferralActions;
import ca.harbour.referrals.internal.ReferralRequest;
import ca.harbour.support.Staff;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Referrals in Chromium, in both languages, with no axe violation: the demo case worker finds a directory service
 * for a consent on the case page and sends a referral to it, whose agency's worker finds it in the inbox, reads
 * only what was shared (the name, the safe contacts, the safety plan, the documents) and is told a decline needs a
 * reason; the sending form as the case worker sees it.
 */
class ReferralsBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Staff staff;

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseConsents consents;

    @Autowired
    ReferralActions actions;

    @Autowired
    SafetyPlanDesk plans;

    @Autowired
    DocumentDesk documents;

    @Autowired
    DirectoryIndexer indexer;

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Directory rows this test writes straight into the tables, removed after it (they are not in the index). */
    private final List<UUID> written = new ArrayList<>();

    @AfterEach
    void removeDirectoryRows() {
        for (UUID org : written) {
            List<UUID> services =
                    jdbc.queryForList("select id from dir_service where organization_id = ?", UUID.class, org);
            jdbc.update("delete from dir_service where organization_id = ?", org);
            jdbc.update("delete from dir_organization where id = ?", org);
            indexer.reindex(services);
        }
        written.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aReferralGoesToAnotherAgencysInboxShowingOnlyTheSharedName(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        StaffPrincipal worker = staff.principal("caseworker");
        String receiverName = jdbc.queryForObject("""
                select u.username from app_user u join organization o on o.id = u.organization_id
                where o.type = 'SERVICE_PROVIDER' and o.id <> ? and u.active
                  and ('CASE_WORKER' = any(u.roles) or 'SUPERVISOR' = any(u.roles))
                order by u.username limit 1""", String.class, worker.organizationId());
        StaffPrincipal receiver = staff.principal(receiverName);
        UUID dirOrg = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        written.add(dirOrg);
        jdbc.update(
                "insert into dir_organization(id, name, owner_organization_id) values (?, ?, ?)",
                dirOrg,
                "Browser referral agency " + dirOrg.toString().substring(0, 6),
                receiver.organizationId());
        jdbc.update(
                "insert into dir_service(id, organization_id, name) values (?, ?, ?)",
                service,
                dirOrg,
                "Browser referral housing " + lang);
        indexer.reindex(List.of(service));
        String label = "Browser Referral " + lang.toUpperCase();
        UUID caseId = cases.open(
                worker, new NewCase(CaseOrigin.DIRECT, null, label, "Not to be shared", List.of(), List.of()));
        plans.save(
                worker,
                caseId,
                new SafetyPlan(
                        List.of("Recruiter nearby"),
                        List.of(new SafetyPlan.SafeContact("Safe Aunt " + lang, "613-555-0199", "aunt")),
                        "Red kettle",
                        "Mornings",
                        List.of(new SafetyPlan.Step("Pack a bag", false))),
                0);
        documents.upload(
                worker, caseId, "OTHER", "lease-" + lang + ".txt", "Lease letter".getBytes(StandardCharsets.UTF_8));
        Set<ConsentCategory> shared = Set.of(
                ConsentCategory.IDENTITY,
                ConsentCategory.CONTACT,
                ConsentCategory.SAFETY_PLAN,
                ConsentCategory.DOCUMENTS);
        UUID consent = consents.record(
                worker,
                caseId,
                new NewConsent(
                        Consent.GivenBy.PERSON,
                        shared,
                        receiver.organizationId(),
                        service,
                        "Housing",
                        LocalDate.now(),
                        null,
                        Consent.Manner.WRITTEN,
                        null));
        UUID id = actions.create(
                worker,
                new ReferralRequest(
                        caseId,
                        service,
                        Urgency.URGENT,
                        shared,
                        ReferralBasis.CONSENT,
                        consent,
                        null,
                        "Please call before noon",
                        true));

        signIn("caseworker", lang);
        visit("/cases/" + caseId, lang);
        click(By.xpath("//details[.//form[contains(@action, '/consents')]]/summary"));
        driver.findElement(By.id("serviceQuery")).sendKeys("Browser referral housing " + lang);
        click(By.cssSelector("button[formaction$='/consents/services']"));
        waiting().until(ExpectedConditions.urlContains("/consents/services"));
        // the form stays open on the service found, ready to be chosen
        assertThat(driver.findElement(By.cssSelector("input[name=service][value='" + service + "']"))
                        .isDisplayed())
                .isTrue();
        BrowserSession.assertAccessible(driver, "consent naming a service (" + lang + ")");
        screenshots("cases-consent-service-" + lang);

        visit("/referrals/new?case=" + caseId, lang);
        assertThat(main()).contains(label).contains(fr ? "Aiguiller vers un service" : "Refer to a service");
        BrowserSession.assertAccessible(driver, "sending a referral (" + lang + ")");
        screenshots("referrals-new-" + lang);

        signIn(receiverName, lang);
        visit("/referrals", lang);
        assertThat(main()).contains(fr ? "Reçus" : "Incoming").contains("Browser referral housing " + lang);
        BrowserSession.assertAccessible(driver, "referral inbox (" + lang + ")");
        BrowserSession.assertNoSidewaysScrolling(driver, "referral inbox (" + lang + ")");
        screenshots("referrals-inbox-" + lang);

        click(By.cssSelector("a[href='/referrals/" + id + "']"));
        waiting().until(ExpectedConditions.urlContains("/referrals/" + id));
        assertThat(main())
                .contains(label)
                .contains("Please call before noon")
                .contains("Safe Aunt " + lang)
                .contains("Red kettle")
                .contains("lease-" + lang + ".txt")
                .doesNotContain("Not to be shared");
        BrowserSession.assertAccessible(driver, "referral (" + lang + ")");
        screenshots("referrals-referral-" + lang);

        click(By.cssSelector("input[name=status][value=RECEIVED]"));
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("saved"));
        click(By.cssSelector("input[name=status][value=DECLINED]"));
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.id("note-error")).getText())
                .contains(fr ? "Donnez un motif" : "Give a reason");
        BrowserSession.assertAccessible(driver, "referral with an error (" + lang + ")");
    }
}
