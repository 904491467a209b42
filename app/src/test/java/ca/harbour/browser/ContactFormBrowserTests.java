package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An advocate logging a contact in Chromium, in both languages: the autosave says "saved" only once the server
 * saved, a rejected draft's reason shows next to its field while what was typed stays, the language is chosen by
 * name, and the finished contact shows what was recorded; no axe violation on the way.
 */
class ContactFormBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private String status() {
        return driver.findElement(By.id("draft-status")).getText();
    }

    private String stored(UUID contact, String column) {
        return jdbc.queryForObject(
                "select case when " + column + " is null then null else 'stored' end from contact where id = ?",
                String.class,
                contact);
    }

    /** Types into a field and leaves it, as a person does: that change is what the autosave answers. */
    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text, Keys.TAB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theAutosaveSaysSavedOnlyWhenSavedAndShowsARejectionNextToItsField(String lang) throws IOException {
        boolean fr = "fr".equals(lang);
        String saved = fr ? "Brouillon enregistré à" : "Draft saved at";
        String notSaved = fr ? "Non enregistré" : "Not saved";
        signIn("advocate", lang);
        visit("/contacts/new", lang);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/edit"));
        UUID contact = UUID.fromString(driver.getCurrentUrl().replaceAll(".*/contacts/([0-9a-f-]{36})/edit.*", "$1"));
        assertThat(status()).doesNotContain(saved);

        // a phone number that is not one: the draft is refused, and says so beside the field
        driver.findElement(By.id("summary")).sendKeys("Browser autosave: works nights at a car wash");
        type("callerPhone", "ask for Sam");
        waiting().until(d -> status().contains(notSaved));
        WebElement error = driver.findElement(By.id("callerPhone-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains(fr ? "numéro de téléphone" : "phone number");
        assertThat(driver.findElement(By.id("callerPhone")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("callerPhone")).getDomProperty("value"))
                .isEqualTo("ask for Sam");
        assertThat(driver.findElement(By.id("summary")).getDomProperty("value"))
                .isEqualTo("Browser autosave: works nights at a car wash");
        assertThat(status()).doesNotContain(saved);
        assertThat(stored(contact, "summary")).isNull();
        BrowserSession.assertAccessible(driver, "contact form with a rejected draft (" + lang + ")");
        screenshots("contact-form-rejected-" + lang);

        // corrected: now it is saved, and the message beside the field is gone
        type("callerPhone", "416 555 0100");
        waiting().until(d -> status().contains(saved));
        assertThat(driver.findElement(By.id("callerPhone-error")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("callerPhone")).getDomAttribute("aria-invalid"))
                .isNull();
        assertThat(stored(contact, "summary")).isEqualTo("stored");

        // the caller's language is picked by its name; an ISO 639 code is stored
        new Select(driver.findElement(By.id("callerLanguage")))
                .selectByVisibleText(fr ? "ojibwé (anishinaabemowin)" : "Ojibwe (Anishinaabemowin)");
        waiting()
                .until(d -> "oj"
                        .equals(jdbc.queryForObject(
                                "select caller_language from contact where id = ?", String.class, contact)));

        click(By.cssSelector("input[name=outcomes][value=INFORMATION]"));
        click(By.cssSelector("button[value=complete]"));
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/edit")));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(fr ? "Sécurité" : "Safety")
                .contains(fr ? "ojibwé (anishinaabemowin)" : "Ojibwe (Anishinaabemowin)")
                .contains("416 555 0100")
                .contains("Browser autosave: works nights at a car wash");
        BrowserSession.assertAccessible(driver, "contact page in sections (" + lang + ")");
        screenshots("contact-view-" + lang);
    }
}
