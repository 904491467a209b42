package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.screening.Instrument;
import ca.harbour.screening.InstrumentItem;
import ca.harbour.screening.internal.Instruments;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The instrument editor and the live queue of tips and contacts, used in Chromium in both languages, with no axe violation. */
class InstrumentEditorAndQueueBrowserTests extends BrowserTest {

    @Autowired
    Instruments instruments;

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private void replace(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAdministratorAddsAQuestionFixesAnErrorAndPublishesANewVersion(String lang) {
        String code = "BROWSER_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        instruments.publish(
                new Instrument(
                        null,
                        code,
                        0,
                        "Browser screen " + lang,
                        "Dépistage navigateur " + lang,
                        "YOUTH",
                        BigDecimal.ONE,
                        BigDecimal.valueOf(3),
                        List.of(new InstrumentItem(
                                "alone",
                                "SAFETY",
                                "Do you feel safe at home?",
                                "Vous sentez-vous en sécurité chez vous?",
                                InstrumentItem.Scale.YES_NO,
                                BigDecimal.valueOf(2)))),
                "test");
        boolean fr = "fr".equals(lang);
        signIn("admin", lang);
        visit("/admin/instruments", lang);
        assertThat(main()).contains(fr ? "Dépistage navigateur fr" : "Browser screen en");
        BrowserSession.assertAccessible(driver, "instrument list (" + lang + ")");

        driver.findElement(By.cssSelector("a[href$='/admin/instruments/" + code + "/edit']"))
                .click();
        BrowserSession.assertAccessible(driver, "instrument editor (" + lang + ")");
        click(By.cssSelector("button[value=add]"));
        // the button submits the form and the page comes back with one more question: wait for it
        waiting().until(d -> d.findElements(By.cssSelector("main fieldset")).size() == 2);
        replace("items-1-code", "school");
        replace("items-1-domain", "SIGNS");
        replace("items-1-textEn", "Have you missed school to work?");
        replace("items-1-weight", "1,5");
        replace("items-0-weight", "-1");
        driver.findElement(By.cssSelector("main form .button-row button[value=save]"))
                .click();

        WebElement summary =
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.getText())
                .contains(fr ? "Entrez la question en français." : "Enter the question in French.")
                .contains(fr ? "Entrez un nombre égal ou supérieur à 0" : "Enter a number of 0 or more");
        assertThat(driver.findElement(By.id("items-1-textFr-error")).getText()).isNotBlank();
        BrowserSession.assertAccessible(driver, "instrument editor with errors (" + lang + ")");
        assertThat(instruments.current(code).orElseThrow().version()).isEqualTo(1);

        replace("items-1-textFr", "As-tu manqué l'école pour travailler?");
        replace("items-0-weight", "2");
        driver.findElement(By.cssSelector("main form .button-row button[value=save]"))
                .click();
        waiting().until(ExpectedConditions.urlContains("/admin/instruments/" + code + "/2"));
        assertThat(main())
                .contains(fr ? "Enregistré comme version 2" : "Saved as version 2")
                .contains("Have you missed school to work?")
                .contains("1.5");
        BrowserSession.assertAccessible(driver, "instrument version 2 (" + lang + ")");
        visit("/admin/instruments/" + code + "/1", lang);
        assertThat(main()).doesNotContain("Have you missed school to work?");
        BrowserSession.assertAccessible(driver, "instrument version 1 (" + lang + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anUrgentContactWaitsInTheQueueWithTipsAndAnAdvocateTakesItAndClosesItsFollowUp(String lang) {
        boolean fr = "fr".equals(lang);
        signIn("advocate", lang);
        visit("/contacts/new", lang);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/edit"));
        String contact = driver.getCurrentUrl().replaceAll(".*/contacts/([0-9a-f-]{36})/edit.*", "$1");
        driver.findElement(By.id("summary")).sendKeys("Browser queue test: caller's friend is locked in a motel room");
        click(By.id("dangerNow"));
        click(By.cssSelector("input[name=outcomes][value=INFORMATION]"));
        driver.findElement(By.cssSelector("button[value=complete]")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/edit")));

        visit("/queue", lang);
        By rowOfContact = By.xpath("//a[@href='/contacts/" + contact + "']/ancestor::tr");
        WebElement row = driver.findElement(rowOfContact);
        assertThat(row.getText())
                .contains(fr ? "Danger immédiat" : "Danger now")
                .contains("Contact");
        assertThat(row.findElement(By.cssSelector(".status--urgent [aria-hidden=true]"))
                        .getText())
                .isNotBlank();
        assertThat(driver.findElements(By.cssSelector("tr[data-kind=TIP]"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".urgent-alert")).getText())
                .contains("urgent");
        BrowserSession.assertAccessible(driver, "live queue (" + lang + ")");

        // the queue replaces its rows every 10 s, so a row found before the accessibility check may be gone by now
        waiting().until(d -> {
            d.findElement(rowOfContact).findElement(By.cssSelector("button")).click();
            return true;
        });
        waiting().until(ExpectedConditions.urlContains("/contacts/" + contact));
        assertThat(main()).contains(fr ? "Dans la file en direct" : "In the live queue");
        BrowserSession.assertAccessible(driver, "contact taken from the queue (" + lang + ")");
        driver.findElement(By.cssSelector("form[action$='/queue/contacts/" + contact + "/close'] button"))
                .click();
        waiting().until(ExpectedConditions.urlToBe(url("/queue")));
        assertThat(driver.findElements(By.cssSelector("a[href='/contacts/" + contact + "']")))
                .isEmpty();
    }
}
