package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The walk of issue 15, once per language, as the people who use Harbour meet it: someone looking for help
 * finds supports near a Toronto postal code and opens a service, sends a tip through the public form, an
 * advocate takes a contact (the autosave, a refused draft, a person under 16 and the report made for them, a
 * tip for police with the caller's consent) and the police analyst finds that tip in the inbox. Axe checks
 * every page on the way at 1280 pixels, and the public pages again at 320 pixels, where nothing may need
 * sideways scrolling; the pages no other browser test saves are saved as screenshots (home, tip received and the
 * refused draft are saved by PublicAndStaffPagesBrowserTests and ContactFormBrowserTests).
 */
class EndToEndWalkBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(320, 800);

    private static String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Axe at the desktop width. */
    private static void accessible(String page) {
        BrowserSession.assertAccessible(driver, page);
    }

    /** Axe at the desktop width, then at the phone width with no sideways scrolling, and back. */
    private static void accessibleAtBothWidths(String page) {
        accessible(page);
        driver.manage().window().setSize(PHONE);
        try {
            BrowserSession.assertNoSidewaysScrolling(driver, page + " at 320px");
            BrowserSession.assertAccessible(driver, page + " at 320px");
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    /** Types into a field and leaves it, which is what the contact form's autosave answers. */
    private static void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    private static String draftStatus() {
        return driver.findElement(By.id("draft-status")).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theWalk(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        driver.manage().window().setSize(DESKTOP);
        forgetSession();

        // someone looking for help: the home page, then supports near a Toronto postal code, then a service
        visit("/", lang);
        accessibleAtBothWidths("home (" + lang + ")");
        click(By.cssSelector("main a[href^='/find']"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("near")));
        accessibleAtBothWidths("find supports (" + lang + ")");
        driver.findElement(By.id("near")).sendKeys("M5V 2T6");
        click(By.cssSelector("form.find-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li.result h3 a")));
        assertThat(driver.findElement(By.id("results")).getText()).contains("M5V");
        assertThat(driver.findElement(By.cssSelector("ol.results li.result .tag"))
                        .getText())
                .contains("km");
        accessibleAtBothWidths("supports near M5V (" + lang + ")");
        screenshots("walk-find-near-postal-code-" + lang);
        String service =
                driver.findElement(By.cssSelector("ol.results li.result h3 a")).getText();
        click(By.cssSelector("ol.results li.result h3 a"));
        waiting().until(ExpectedConditions.urlContains("/find/services/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(service);
        accessibleAtBothWidths("service page (" + lang + ")");
        screenshots("walk-service-" + lang);

        // the public tip form: sent, and a reference to keep
        visit("/report", lang);
        accessibleAtBothWidths("tip form (" + lang + ")");
        driver.findElement(By.id("whatHappened"))
                .sendKeys("Walk (" + lang + "): a man collects the pay of the women who clean the offices at night");
        click(By.cssSelector("input[name=happened][value=WEEK]"));
        click(By.cssSelector("input[name=minorInvolved][value=NO]"));
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("/report/received"));
        assertThat(driver.findElement(By.cssSelector("strong.codes")).getText()).startsWith("HT-");
        accessibleAtBothWidths("tip received (" + lang + ")");

        // an advocate takes a contact: the autosave says saved only once it is
        signIn("advocate", lang);
        visit("/contacts/new", lang);
        accessible("safe to talk (" + lang + ")");
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("/edit"));
        String contact = driver.getCurrentUrl().replaceAll(".*/contacts/([0-9a-f-]{36})/edit.*", "$1");
        String saved = fr ? "Brouillon enregistré à" : "Draft saved at";
        String summary = "Walk (" + lang + "): a girl of 14 is driven to hotels by her boyfriend";
        type("summary", summary);
        waiting().until(d -> draftStatus().contains(saved));
        assertThat(jdbc.queryForObject(
                        "select summary is not null from contact where id = ?::uuid", Boolean.class, contact))
                .isTrue();
        accessible("contact form, draft saved (" + lang + ")");

        // a refused draft: the reason beside its field, what was typed still there, nothing claimed as saved
        type("callerPhone", "ask for Sam");
        waiting().until(d -> draftStatus().contains(fr ? "Non enregistré" : "Not saved"));
        assertThat(driver.findElement(By.id("callerPhone-error")).getText())
                .contains(fr ? "numéro de téléphone" : "phone number");
        assertThat(driver.findElement(By.id("callerPhone")).getDomProperty("value"))
                .isEqualTo("ask for Sam");
        assertThat(driver.findElement(By.id("summary")).getDomProperty("value")).isEqualTo(summary);
        accessible("contact form, draft refused (" + lang + ")");
        type("callerPhone", "416 555 0199");
        waiting().until(d -> draftStatus().contains(saved));

        // a person under 16, and the caller agrees that police hear of it without their name
        new Select(driver.findElement(By.id("ageBand"))).selectByValue("AGE_12_15");
        waiting()
                .until(d -> "AGE_12_15"
                        .equals(jdbc.queryForObject(
                                "select age_band from contact where id = ?::uuid", String.class, contact)));
        new Select(driver.findElement(By.id("consentPolice"))).selectByValue("ANONYMOUSLY");
        click(By.cssSelector("input[name=outcomes][value=POLICE_TIP]"));
        click(By.cssSelector("button[value=complete]"));
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/edit")));
        assertThat(driver.findElement(By.id("duty-to-report")).getText())
                .containsAnyOf(
                        fr ? "Signalement obligatoire" : "Report required",
                        fr ? "En retard : signalement à faire maintenant" : "Overdue: report required now");
        accessible("completed contact with a duty to report (" + lang + ")");
        screenshots("walk-contact-duty-to-report-" + lang);

        // the report to a children's aid society is recorded
        new Select(driver.findElement(By.id("societyId"))).selectByIndex(1);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        driver.findElement(By.id("reportedAt")),
                        LocalDateTime.now(ZoneId.of("America/Toronto"))
                                .truncatedTo(ChronoUnit.MINUTES)
                                .toString());
        driver.findElement(By.id("reference")).sendKeys("CAS-WALK-" + lang);
        click(By.cssSelector("#duty-report-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.id("duty-to-report")).getText())
                .contains(fr ? "Signalé" : "Reported")
                .contains("CAS-WALK-" + lang);
        accessible("duty to report recorded (" + lang + ")");

        // the contacts list, filtered by a day that does not exist: said beside the field
        visit("/contacts?from=2026-02-31", lang);
        assertThat(driver.findElement(By.id("from-error")).getText())
                .contains(fr ? "Entrez une date sous la forme année-mois-jour" : "Enter a date as year-month-day");
        accessible("contacts list with a bad date (" + lang + ")");
        visit("/contacts/" + contact, lang);

        // the tip for police, to the analyst's service
        String police = jdbc.queryForObject(
                "select organization_id::text from app_user where username = 'analyst'", String.class);
        new Select(driver.findElement(By.id("kind"))).selectByValue("POLICE_TIP");
        new Select(driver.findElement(By.id("police"))).selectByValue(police);
        driver.findElement(By.id("detail")).sendKeys("Walk: a grey van, plates starting CKLM");
        click(By.xpath("//select[@id='police']/ancestor::form//button[@type='submit']"));
        waiting().until(ExpectedConditions.urlContains("#next"));
        UUID tip = jdbc.queryForObject("select id from police_tip where contact_id = ?::uuid", UUID.class, contact);
        accessible("contact with a tip sent to police (" + lang + ")");

        // the analyst lands on the intelligence workspace, goes to the inbox and opens the tip, which carries what
        // the consent allows
        signIn("analyst", lang);
        waiting().until(ExpectedConditions.urlMatches(".*/intelligence(\\?.*)?$"));
        visit("/intelligence/inbox", lang);
        assertThat(driver.findElements(By.cssSelector("a[href='/intelligence/inbox/" + tip + "']")))
                .isNotEmpty();
        accessibleAtBothWidths("police inbox (" + lang + ")");
        click(By.cssSelector("a[href='/intelligence/inbox/" + tip + "']"));
        waiting().until(ExpectedConditions.urlContains("/intelligence/inbox/" + tip));
        assertThat(main())
                .contains("Walk: a grey van, plates starting CKLM")
                .contains(fr ? "n'a pas accepté d'être nommée" : "did not agree to be named")
                .doesNotContain("416 555 0199");
        accessibleAtBothWidths("police tip (" + lang + ")");
        screenshots("walk-police-tip-" + lang);
    }
}
