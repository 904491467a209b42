package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A case worker's cases in Chromium, in both languages, with no axe violation: they land on their cases, open one,
 * and a person with an impossible date of birth is refused beside the field.
 */
class CasesBrowserTests extends BrowserTest {

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aCaseWorkerLandsOnTheirCasesAndOpensOne(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        signIn("caseworker", lang);
        waiting().until(ExpectedConditions.urlContains("/cases"));
        visit("/cases", lang);
        assertThat(main()).contains(fr ? "Mes dossiers" : "My cases");
        BrowserSession.assertAccessible(driver, "case list (" + lang + ")");
        BrowserSession.assertNoSidewaysScrolling(driver, "case list (" + lang + ")");
        screenshots("cases-list-" + lang);

        click(By.cssSelector("main table a[href^='/cases/']"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(main())
                .contains(fr ? "Personnes concernées" : "People involved")
                .contains(fr ? "Travail sur le dossier" : "Case work");
        BrowserSession.assertAccessible(driver, "case (" + lang + ")");
        screenshots("case-" + lang);

        click(By.xpath("//form[contains(@action, '/people')]/parent::details/summary"));
        driver.findElement(By.id("name")).sendKeys("Browser test person");
        // a date field takes what is typed in the browser's own format: set the value as the form sends it
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById('birthDate').value = arguments[0]",
                        LocalDate.now().plusYears(1).toString());
        click(By.xpath("//form[contains(@action, '/people')]//button[@type='submit']"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("birthDate-error")));
        assertThat(driver.findElement(By.id("birthDate-error")).getText())
                .contains(fr ? "date de naissance réelle" : "real date of birth");
        BrowserSession.assertAccessible(driver, "case with an error (" + lang + ")");
        screenshots("case-error-" + lang);
    }
}
