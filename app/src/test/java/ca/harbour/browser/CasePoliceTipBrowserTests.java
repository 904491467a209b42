package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.NewConsent;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.support.Staff;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tip to police from a case in Chromium, in both languages, with no axe violation: the worker is refused what no
 * consent covers, sends what one does and, under an exception, with its reason; the analyst works the tip; the
 * worker sees the feedback and the supervisor the exception.
 */
class CasePoliceTipBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Staff staff;

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseConsents consents;

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aWorkerSendsWhatTheConsentCoversAndSeesWhatPoliceMadeOfIt(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        UUID police =
                jdbc.queryForObject("select organization_id from app_user where username = 'analyst'", UUID.class);
        StaffPrincipal worker = staff.principal("caseworker");
        UUID caseId = cases.open(
                worker,
                new NewCase(
                        CaseOrigin.DIRECT,
                        null,
                        "Browser tip person " + lang,
                        "Browser tip summary never for police",
                        List.of("FORCED_LABOUR"),
                        List.of("DEBT_BONDAGE")));
        UUID consent = consents.record(
                worker,
                caseId,
                new NewConsent(
                        Consent.GivenBy.PERSON,
                        EnumSet.of(ConsentCategory.CASE_SUMMARY),
                        police,
                        null,
                        "Help police find the farm",
                        LocalDate.now().minusDays(1),
                        null,
                        Consent.Manner.WRITTEN,
                        null));

        signIn("caseworker", lang);
        visit("/cases/" + caseId + "/police-tips", lang);
        BrowserSession.assertAccessible(driver, "case tips to police (" + lang + ")");
        screenshots("case-police-tips-" + lang);

        new Select(driver.findElement(By.id("police"))).selectByValue(police.toString());
        click(By.cssSelector("input[name=categories][value=IDENTITY]"));
        click(By.cssSelector("input[name=categories][value=CASE_SUMMARY]"));
        driver.findElement(By.id("note")).sendKeys("Workers driven to the farm at dawn");
        click(By.cssSelector("#tip-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(main()).contains(fr ? "Aucun consentement en vigueur" : "No consent in force lets all of this go");
        assertThat(jdbc.queryForObject("select count(*) from case_police_tip where case_id = ?", Integer.class, caseId))
                .isZero();
        BrowserSession.assertAccessible(driver, "case tip refused (" + lang + ")");
        screenshots("case-police-tip-refused-" + lang);

        click(By.cssSelector("input[name=categories][value=IDENTITY]"));
        click(By.cssSelector("#tip-form button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("sent"));
        assertThat(main()).contains(fr ? "Reçu" : "Received");
        UUID tip = jdbc.queryForObject(
                "select t.id from police_tip t join case_police_tip c on c.id = t.action_id where c.case_id = ?",
                UUID.class,
                caseId);

        signIn("analyst", lang);
        visit("/intelligence/inbox", lang);
        assertThat(main()).contains(fr ? "d'un dossier d'organisme" : "from an agency case");
        BrowserSession.assertAccessible(driver, "police inbox with a case tip (" + lang + ")");
        click(By.cssSelector("a[href='/intelligence/inbox/" + tip + "']"));
        waiting().until(ExpectedConditions.urlContains("/intelligence/inbox/" + tip));
        assertThat(main())
                .contains("Workers driven to the farm at dawn")
                .contains(fr ? "Servitude pour dettes" : "Debt bondage")
                .doesNotContain("Browser tip person")
                .doesNotContain("never for police");
        BrowserSession.assertAccessible(driver, "case tip for police (" + lang + ")");
        screenshots("police-case-tip-" + lang);
        new Select(driver.findElement(By.id("status"))).selectByValue("UNDER_REVIEW");
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("saved"));
        new Select(driver.findElement(By.id("status"))).selectByValue("NO_ACTION");
        String feedback = fr ? "Ferme déjà connue, dossier fermé." : "Farm already known, file closed.";
        driver.findElement(By.id("feedback")).sendKeys(feedback);
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(d -> main().contains(fr ? "Sans suite" : "No action"));

        signIn("caseworker", lang);
        visit("/cases/" + caseId + "/police-tips", lang);
        assertThat(main()).contains(feedback);
        new Select(driver.findElement(By.id("police"))).selectByValue(police.toString());
        click(By.cssSelector("input[name=categories][value=IDENTITY]"));
        click(By.cssSelector("input[name=basis][value=IMMINENT_DANGER]"));
        driver.findElement(By.id("reason")).sendKeys("Browser reason: he said he would come back tonight");
        click(By.cssSelector("#tip-form button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("sent"));
        BrowserSession.assertAccessible(driver, "case tips with feedback (" + lang + ")");
        screenshots("case-police-tips-feedback-" + lang);

        signIn(staff.colleagueOf("caseworker", "SUPERVISOR"), lang);
        visit("/cases/police-tips/exceptions", lang);
        assertThat(main()).contains("Browser reason: he said he would come back tonight");
        BrowserSession.assertAccessible(driver, "tips to police without consent (" + lang + ")");
        BrowserSession.assertNoSidewaysScrolling(driver, "tips to police without consent (" + lang + ")");
        screenshots("case-police-tip-exceptions-" + lang);

        // the person withdraws the consent: police keep the categories and a line saying why nothing else shows
        consents.withdraw(worker, consent);
        signIn("analyst", lang);
        visit("/intelligence/inbox/" + tip, lang);
        assertThat(main())
                .contains(fr ? "Consentement retiré ou expiré" : "Consent withdrawn or expired")
                .doesNotContain("Workers driven to the farm at dawn")
                .doesNotContain(fr ? "Servitude pour dettes" : "Debt bondage");
        BrowserSession.assertAccessible(driver, "case tip after withdrawal (" + lang + ")");
        screenshots("police-case-tip-withdrawn-" + lang);
    }
}
