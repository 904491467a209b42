package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.support.Staff;
import java.time.LocalDate;
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
 * The demo case worker adds a task to a case (refused first without a title), finds it overdue in "my tasks", is
 * told to choose a file on the documents page, and asks a supervisor to approve closing the case; every page
 * accessible in both languages.
 */
class CaseFlowBrowserTests extends BrowserTest {

    @Autowired
    CaseFiles cases;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aWorkerAddsATaskSeesItOverdueAndAsksForAClosure(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        UUID id = cases.open(
                staff.principal("caseworker"),
                new NewCase(CaseOrigin.DIRECT, null, "Browser person " + lang, null, List.of(), List.of()));
        signIn("caseworker", lang);

        visit("/cases/" + id + "/tasks", lang);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        driver.findElement(By.id("dueOn")),
                        LocalDate.now().plusDays(1).toString());
        click(By.cssSelector("#task-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains(fr ? "Indiquez ce qu'il faut faire" : "Say what is to be done");
        BrowserSession.assertAccessible(driver, "task refused (" + lang + ")");

        driver.findElement(By.id("title")).sendKeys("Call the shelter " + lang);
        click(By.cssSelector("#task-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Call the shelter " + lang);
        BrowserSession.assertAccessible(driver, "case tasks (" + lang + ")");
        screenshots("case-tasks-" + lang);

        jdbc.update("update case_task set due_on = current_date - 2 where case_id = ?", id);
        visit("/cases/tasks", lang);
        assertThat(driver.findElement(By.id("tasks-overdue")).getText()).contains(fr ? "en retard" : "overdue");
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Call the shelter " + lang);
        BrowserSession.assertAccessible(driver, "my tasks (" + lang + ")");
        screenshots("my-tasks-" + lang);

        visit("/cases/" + id + "/documents", lang);
        click(By.cssSelector("#document-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.id("file-error")).getText())
                .contains(fr ? "Choisissez un fichier" : "Choose a file");
        BrowserSession.assertAccessible(driver, "document refused (" + lang + ")");
        screenshots("case-documents-" + lang);

        visit("/cases/" + id + "/approvals", lang);
        driver.findElement(By.cssSelector("input[name=kind][value=CLOSURE]")).click();
        click(By.cssSelector("#approval-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        BrowserSession.assertAccessible(driver, "approval refused (" + lang + ")");
        driver.findElement(By.cssSelector("input[name=kind][value=CLOSURE]")).click();
        new Select(driver.findElement(By.id("closingStatus"))).selectByValue("CLOSED");
        driver.findElement(By.id("reason")).sendKeys("Services completed");
        click(By.cssSelector("#approval-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.cssSelector(".approval")).getText())
                .contains(fr ? "En attente d'un superviseur" : "Waiting for a supervisor")
                .contains("Services completed");
        BrowserSession.assertAccessible(driver, "case approvals (" + lang + ")");
        screenshots("case-approvals-" + lang);
    }
}
