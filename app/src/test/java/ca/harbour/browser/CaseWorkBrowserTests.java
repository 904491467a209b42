package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.support.Staff;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case worker writes a safety plan and a case note on their case, is refused an empty note, and sees both;
 * accessible in both languages.
 */
class CaseWorkBrowserTests extends BrowserTest {

    @Autowired
    CaseFiles cases;

    @Autowired
    Staff staff;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aCaseWorkerWritesTheSafetyPlanAndANote(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        UUID id = cases.open(
                staff.principal("caseworker"),
                new NewCase(CaseOrigin.DIRECT, null, "Browser case " + lang, null, List.of(), List.of()));
        signIn("caseworker", lang);

        visit("/cases/" + id + "/safety-plan", lang);
        driver.findElement(By.id("risk-0")).sendKeys("The recruiter knows the address");
        driver.findElement(By.id("contactName-0")).sendKeys("Shelter front desk");
        driver.findElement(By.id("contactReach-0")).sendKeys("Shelter line, any time");
        driver.findElement(By.id("codeWords")).sendKeys("blue umbrella");
        driver.findElement(By.id("step-0")).sendKeys("Pack a bag with documents");
        click(By.cssSelector("#safety-plan-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.id("codeWords")).getDomProperty("value"))
                .isEqualTo("blue umbrella");
        BrowserSession.assertAccessible(driver, "safety plan (" + lang + ")");
        screenshots("case-safety-plan-" + lang);

        visit("/cases/" + id + "/notes", lang);
        click(By.cssSelector("#note-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains(fr ? "Écrivez la note" : "Write the note");
        BrowserSession.assertAccessible(driver, "case note refused (" + lang + ")");

        driver.findElement(By.id("text")).sendKeys("Met at the drop-in centre; housing first.");
        click(By.cssSelector("#note-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.cssSelector(".case-work-notes")).getText())
                .contains("Met at the drop-in centre");
        BrowserSession.assertAccessible(driver, "case notes (" + lang + ")");
        screenshots("case-notes-" + lang);

        visit("/cases/" + id + "/needs", lang);
        new Select(driver.findElement(By.id("level-HOUSING"))).selectByValue("URGENT");
        driver.findElement(By.id("note-HOUSING")).sendKeys("Staying with a friend");
        click(By.cssSelector("#needs-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        BrowserSession.assertAccessible(driver, "needs assessment (" + lang + ")");

        visit("/cases/" + id + "/service-plan", lang);
        driver.findElement(By.id("goal")).sendKeys("Safe housing");
        driver.findElement(By.id("targetDate")).sendKeys("2000-01-01");
        click(By.cssSelector("#goal-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        BrowserSession.assertAccessible(driver, "service plan refused (" + lang + ")");
        driver.findElement(By.id("targetDate")).clear();
        click(By.cssSelector("#goal-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.cssSelector(".case-work-goal")).getText())
                .contains("Safe housing");
        BrowserSession.assertAccessible(driver, "service plan (" + lang + ")");
        screenshots("case-service-plan-" + lang);
    }
}
