package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tip for police in Chromium, in both languages, with no axe violation: an advocate sends it from a contact,
 * the chosen service's analyst lands on the inbox, reviews and closes it with feedback, and the advocate sees it.
 */
class PoliceInboxBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAdvocateSendsATipTheAnalystClosesItWithFeedbackAndTheAdvocateSeesIt(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        String police = jdbc.queryForObject(
                "select organization_id::text from app_user where username = 'analyst'", String.class);
        signIn("advocate", lang);
        visit("/contacts/new", lang);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/edit"));
        String contact = driver.getCurrentUrl().replaceAll(".*/contacts/([0-9a-f-]{36})/edit.*", "$1");
        driver.findElement(By.id("summary")).sendKeys("Browser police test: workers kept at a farm");
        new Select(driver.findElement(By.id("consentPolice"))).selectByValue("ANONYMOUSLY");
        click(By.cssSelector("input[name=outcomes][value=POLICE_TIP]"));
        click(By.cssSelector("button[value=complete]"));
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/edit")));

        new Select(driver.findElement(By.id("kind"))).selectByValue("POLICE_TIP");
        new Select(driver.findElement(By.id("police"))).selectByValue(police);
        driver.findElement(By.id("detail")).sendKeys("Van at the back door at 5 a.m.");
        BrowserSession.assertAccessible(driver, "contact with the police choice (" + lang + ")");
        click(By.xpath("//select[@id='police']/ancestor::form//button[@type='submit']"));
        waiting().until(ExpectedConditions.urlContains("#next"));
        UUID tip = jdbc.queryForObject("select id from police_tip where contact_id = ?::uuid", UUID.class, contact);
        assertThat(main()).contains(fr ? "Reçu" : "Received");

        signIn("analyst", lang);
        // analysts land on the intelligence workspace; the inbox is one link away
        waiting().until(ExpectedConditions.urlMatches(".*/intelligence(\\?.*)?$"));
        visit("/intelligence/inbox", lang);
        assertThat(main()).contains(fr ? "Signalements de la ligne d'écoute" : "Tips from the hotline");
        BrowserSession.assertAccessible(driver, "police inbox (" + lang + ")");
        BrowserSession.assertNoSidewaysScrolling(driver, "police inbox (" + lang + ")");
        screenshots("police-inbox-" + lang);
        click(By.cssSelector("a[href='/intelligence/inbox/" + tip + "']"));
        waiting().until(ExpectedConditions.urlContains("/intelligence/inbox/" + tip));
        assertThat(main())
                .contains("Van at the back door at 5 a.m.")
                .contains(fr ? "n'a pas accepté d'être nommée" : "did not agree to be named");
        BrowserSession.assertAccessible(driver, "police tip (" + lang + ")");
        screenshots("police-tip-" + lang);

        new Select(driver.findElement(By.id("status"))).selectByValue("ACTIONED");
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.id("status-error")).getText())
                .contains(fr ? "Choisissez l'étape suivante" : "Choose the next step");
        BrowserSession.assertAccessible(driver, "police tip with an error (" + lang + ")");

        new Select(driver.findElement(By.id("status"))).selectByValue("UNDER_REVIEW");
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("saved"));
        new Select(driver.findElement(By.id("status"))).selectByValue("ACTIONED");
        String feedback = fr ? "Une enquête est ouverte, merci." : "An investigation is open, thank you.";
        driver.findElement(By.id("feedback")).sendKeys(feedback);
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(d -> main().contains(fr ? "Suite donnée" : "Actioned"));
        assertThat(driver.findElements(By.id("status"))).isEmpty();

        signIn("advocate", lang);
        visit("/contacts/" + contact, lang);
        assertThat(main()).contains(feedback).contains(fr ? "Suite donnée" : "Actioned");
        visit("/intelligence/sent", lang);
        assertThat(main()).contains(feedback);
        BrowserSession.assertAccessible(driver, "tips sent to police (" + lang + ")");
    }
}
