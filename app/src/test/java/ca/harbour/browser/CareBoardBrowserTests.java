package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A CARE member lands on the team board, sees the overdue report and the pending liaison offers, opens a youth
 * whose report is overdue, is refused a decision without a choice or reason, and the referral form refuses a
 * future date of birth; accessible in both languages, with screenshots.
 */
class CareBoardBrowserTests extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theBoardAndAYouthPageWorkInBothLanguages(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        signIn("care", lang);
        assertThat(driver.getCurrentUrl()).contains("/care");

        visit("/care", lang);
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .contains(fr ? "Tableau de l'équipe" : "Team board")
                .contains("Lakeshore CARE unit");
        assertThat(driver.findElement(By.id("status-counts")).getText())
                .contains(fr ? "Reçu" : "Received")
                .contains(fr ? "Orienté ailleurs" : "Referred elsewhere");
        assertThat(driver.findElement(By.id("median-first-contact")).getText()).contains(fr ? "Médiane" : "Median");
        BrowserSession.assertAccessible(driver, "CARE board (" + lang + ")");
        screenshots("care-board-" + lang);

        click(By.cssSelector("#duty-overdue a"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("duty-to-report")));
        assertThat(driver.findElement(By.id("duty-to-report")).getText()).contains(fr ? "En retard" : "Overdue");
        BrowserSession.assertAccessible(driver, "CARE youth (" + lang + ")");
        screenshots("care-youth-" + lang);

        if (!driver.findElements(By.cssSelector("#decision-form button[type=submit]"))
                .isEmpty()) {
            click(By.cssSelector("#decision-form button[type=submit]"));
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decision .error-summary")));
            assertThat(driver.findElement(By.cssSelector("#decision .error-summary"))
                            .getText())
                    .contains(fr ? "Choisissez une décision" : "Choose a decision")
                    .contains(fr ? "Indiquez le motif" : "Give the reason");
            BrowserSession.assertAccessible(driver, "CARE decision refused (" + lang + ")");
        }

        driver.findElement(By.id("body")).sendKeys("Browser note " + lang);
        click(By.cssSelector("#note-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        click(By.cssSelector("#note-list form.inline-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notes .error-summary")));
        assertThat(driver.findElement(By.cssSelector("#notes .error-summary")).getText())
                .contains(fr ? "Choisissez le fondement" : "Choose the basis");
        BrowserSession.assertAccessible(driver, "CARE note sharing refused (" + lang + ")");

        visit("/care/refer", lang);
        driver.findElement(By.id("label")).sendKeys("Browser youth");
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = '2999-01-01'", driver.findElement(By.id("birthDate")));
        click(By.cssSelector("#refer-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains(fr ? "ne peut pas être dans le futur" : "cannot be in the future")
                .contains(fr ? "Choisissez l'équipe CARE" : "Choose the CARE team");
        assertThat(driver.findElement(By.id("label")).getDomProperty("value")).isEqualTo("Browser youth");
        BrowserSession.assertAccessible(driver, "CARE referral refused (" + lang + ")");
        screenshots("care-refer-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theLiaisonWorkerSeesThePendingOffers(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        signIn("liaison", lang);
        visit("/care", lang);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Northern CARE unit");
        click(By.cssSelector("#liaison-pending a"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("liaison")));
        assertThat(driver.findElement(By.id("liaison")).getText())
                .contains(fr ? "Agent de liaison autochtone" : "Indigenous liaison");
        click(By.cssSelector("#liaison-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#liaison .error-summary")));
        assertThat(driver.findElement(By.cssSelector("#liaison .error-summary")).getText())
                .contains(fr ? "Indiquez la date et l'heure" : "Give the date and time");
        BrowserSession.assertAccessible(driver, "CARE liaison offer refused (" + lang + ")");
        screenshots("care-liaison-" + lang);
    }
}
