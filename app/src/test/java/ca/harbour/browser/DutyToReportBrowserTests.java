package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intake.Urgency;
import ca.harbour.intake.internal.ContactForm;
import ca.harbour.intake.internal.Contacts;
import ca.harbour.intake.internal.TriageRuleSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An advocate finds an overdue report to a children's aid society, is refused a report dated in the future
 * without a society, records it, then the person's date of birth; accessible in both languages.
 */
class DutyToReportBrowserTests extends BrowserTest {

    @Autowired
    Contacts contacts;

    @Autowired
    JdbcTemplate jdbc;

    /** A completed contact of the demo advocate's hotline about a 12-to-15-year-old, started an hour ago. */
    private UUID underSixteenContact() {
        UUID advocate = jdbc.queryForObject("select id from app_user where username = 'advocate'", UUID.class);
        UUID hotline = jdbc.queryForObject("select organization_id from app_user where id = ?", UUID.class, advocate);
        UUID id = UUID.randomUUID();
        contacts.insertDraft(id, hotline, advocate, true, Instant.now().minus(Duration.ofHours(1)), false);
        contacts.update(
                id, ContactForm.defaults(), true, new TriageRuleSet.Triage(Urgency.MINOR_AT_RISK, List.of(), 1));
        jdbc.update("update contact set age_band = 'AGE_12_15' where id = ?", id);
        return id;
    }

    private void setDateTime(String value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("reportedAt")), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anOverdueReportIsFoundRefusedWhenWrongAndRecorded(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        UUID id = underSixteenContact();
        signIn("advocate", lang);

        visit("/contacts/duty-to-report", lang);
        driver.findElement(By.cssSelector("a[href*='" + id + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("duty-to-report")));
        assertThat(driver.findElement(By.id("duty-to-report")).getText())
                .contains(fr ? "En retard : signalement à faire maintenant" : "Overdue: report required now");
        BrowserSession.assertAccessible(driver, "contact with an overdue report (" + lang + ")");
        screenshots("duty-to-report-overdue-" + lang);

        setDateTime("2999-01-01T10:00");
        driver.findElement(By.id("reference")).sendKeys("CAS-BROWSER-1");
        click(By.cssSelector("#duty-report-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#duty-to-report .error-summary")));
        assertThat(driver.findElement(By.cssSelector("#duty-to-report .error-summary"))
                        .getText())
                .contains(fr ? "Choisissez la société" : "Choose the children's aid society")
                .contains(fr ? "ne peuvent pas être dans le futur" : "cannot be in the future");
        assertThat(driver.findElement(By.id("reference")).getDomProperty("value"))
                .isEqualTo("CAS-BROWSER-1");
        BrowserSession.assertAccessible(driver, "duty to report refused (" + lang + ")");
        assertThat(jdbc.queryForObject("select count(*) from duty_to_report where contact_id = ?", Integer.class, id))
                .isZero();

        new Select(driver.findElement(By.id("societyId"))).selectByIndex(1);
        setDateTime(LocalDateTime.now(ZoneId.of("America/Toronto"))
                .truncatedTo(ChronoUnit.MINUTES)
                .toString());
        click(By.cssSelector("#duty-report-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.id("duty-to-report")).getText())
                .contains(fr ? "Signalé" : "Reported")
                .contains("CAS-BROWSER-1");
        BrowserSession.assertAccessible(driver, "duty to report recorded (" + lang + ")");

        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = '2011-06-30'", driver.findElement(By.id("birthDate")));
        click(By.cssSelector("#duty-birth-form button[type=submit]"));
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("duty-to-report"),
                        fr ? "15 ans le jour du contact" : "15 years old on the day of the contact"));
        BrowserSession.assertAccessible(driver, "duty to report with a date of birth (" + lang + ")");
        visit("/contacts/duty-to-report", lang);
        assertThat(driver.findElements(By.cssSelector("a[href*='" + id + "']"))).isEmpty();
        BrowserSession.assertAccessible(driver, "overdue reports (" + lang + ")");
    }
}
