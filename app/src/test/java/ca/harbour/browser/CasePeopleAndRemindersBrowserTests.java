package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.internal.CasePeople;
import ca.harbour.cases.internal.PersonForm;
import ca.harbour.cases.internal.flow.TaskDesk;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.support.Staff;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo case worker changes a person on a case (refused first for a date of birth in the future), removes
 * another, then follows the staff home's reminder of an overdue task to the filtered task list; every page
 * accessible in both languages.
 */
class CasePeopleAndRemindersBrowserTests extends BrowserTest {

    @Autowired
    CaseFiles cases;

    @Autowired
    CasePeople people;

    @Autowired
    TaskDesk tasks;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    private static String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aWorkerChangesAndRemovesPeopleAndFollowsAReminder(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        StaffPrincipal worker = staff.principal("caseworker");
        UUID id = cases.open(
                worker, new NewCase(CaseOrigin.DIRECT, null, "Reminded person " + lang, null, List.of(), List.of()));
        UUID relative = people.add(
                worker,
                id,
                new PersonForm("FAMILY_MEMBER", "Browser relative " + lang, "", "40", "", List.of(), "", ""));
        UUID other =
                people.add(worker, id, new PersonForm("OTHER", "Browser other " + lang, "", "", "", List.of(), "", ""));
        UUID task = tasks.add(
                worker, id, "Browser late task " + lang, LocalDate.now().plusDays(1), worker.userId());
        jdbc.update("update case_task set due_on = current_date - 3 where id = ?", task);
        signIn("caseworker", lang);

        visit("/cases/" + id + "/people/" + relative, lang);
        assertThat(driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Browser relative " + lang);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById('birthDate').value = arguments[0]",
                        LocalDate.now().plusYears(1).toString());
        driver.findElement(By.id("ageEstimate")).clear();
        click(By.cssSelector("form[action$='/people/" + relative + "'] button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("birthDate-error")));
        assertThat(driver.findElement(By.id("birthDate-error")).getText())
                .contains(fr ? "date de naissance réelle" : "real date of birth");
        BrowserSession.assertAccessible(driver, "person refused (" + lang + ")");
        screenshots("case-person-error-" + lang);

        ((JavascriptExecutor) driver).executeScript("document.getElementById('birthDate').value = '1985-06-01'");
        driver.findElement(By.id("name")).clear();
        driver.findElement(By.id("name")).sendKeys("Browser changed " + lang);
        click(By.cssSelector("form[action$='/people/" + relative + "'] button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.id("people")).isDisplayed()).isTrue();
        assertThat(main()).contains("Browser changed " + lang).contains("1985-06-01");

        visit("/cases/" + id + "/people/" + other, lang);
        BrowserSession.assertAccessible(driver, "person (" + lang + ")");
        screenshots("case-person-" + lang);
        click(By.cssSelector("form[action$='/remove'] button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(main()).doesNotContain("Browser other " + lang).contains(fr ? "Personne retirée" : "Person removed");
        BrowserSession.assertAccessible(driver, "case after a removal (" + lang + ")");

        visit("/staff", lang);
        String reminder = fr ? "en retard" : "overdue";
        assertThat(driver.findElement(By.cssSelector(".card-counts")).getText()).contains(reminder);
        BrowserSession.assertAccessible(driver, "staff home with reminders (" + lang + ")");
        screenshots("staff-home-reminders-" + lang);
        click(By.cssSelector(".card-counts a[href='/cases/tasks?due=overdue']"));
        waiting().until(ExpectedConditions.urlContains("due=overdue"));
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Browser late task " + lang);
        BrowserSession.assertAccessible(driver, "overdue tasks (" + lang + ")");
        screenshots("my-tasks-overdue-" + lang);
    }
}
