package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An investigation in Chromium, in both languages, with no axe violation: the analyst starts one, pins a phone to it
 * from the pin page, is refused an empty note and then adds one, shares it, and sees the evidence package offered.
 */
class InvestigationBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Entities entities;

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** A phone of the demo analyst's police service, linked to an e-mail address, new for each run. */
    private UUID phone(String number) {
        UUID police =
                jdbc.queryForObject("select organization_id from app_user where username = 'analyst'", UUID.class);
        NewEntity phone = new NewEntity(EntityKind.PHONE, number, number, Instant.now());
        NewEntity email = new NewEntity(EntityKind.EMAIL, "browser-" + number + "@example.test", null, Instant.now());
        Map<String, UUID> ids = entities.upsert(police, List.of(phone, email), Map.of(), false);
        entities.link(List.of(new NewLink(
                ids.get(phone.key()), ids.get(email.key()), LinkKind.SAME_AS, 0.97, "{\"rule\":\"EMAIL\"}", null)));
        return ids.get(phone.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAnalystStartsAnInvestigationPinsAPhoneAddsANoteAndSharesIt(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        String number = "+1705555" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        UUID phone = phone(number);
        String name = (fr ? "Réseau des salons " : "Salon network ")
                + UUID.randomUUID().toString().substring(0, 6);

        signIn("analyst", lang);
        visit("/intelligence/investigations", lang);
        assertThat(main()).contains(fr ? "Ouvrir une enquête" : "Start an investigation");
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.id("name-error")).getText())
                .contains(fr ? "Donnez un nom à l'enquête." : "Give the investigation a name.");
        BrowserSession.assertAccessible(driver, "investigations with an error (" + lang + ")");
        driver.findElement(By.id("name")).sendKeys(name);
        click(By.cssSelector("main form button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("created"));
        String page = driver.getCurrentUrl()
                .replaceAll("^https?://[^/]+(/intelligence/investigations/[0-9a-f-]{36}).*", "$1");

        visit("/intelligence/investigations/pin?entity=" + phone, lang);
        assertThat(main()).contains(number).contains(name);
        BrowserSession.assertAccessible(driver, "pin to an investigation (" + lang + ")");
        screenshots("investigation-pin-" + lang);
        click(By.xpath("//button[contains(., '" + name + "')]"));
        waiting().until(ExpectedConditions.urlContains("pinned"));
        assertThat(main()).contains(number).contains(fr ? "Numéro de téléphone" : "Phone number");

        click(By.cssSelector("form[action$='/notes'] button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("body-error")));
        assertThat(driver.findElement(By.id("body-error")).getText())
                .contains(fr ? "Rédigez la note avant de l'ajouter." : "Write the note before adding it.");
        BrowserSession.assertAccessible(driver, "investigation with an error (" + lang + ")");
        String note = fr ? "Même numéro dans trois villes depuis mars." : "Same number in three cities since March.";
        driver.findElement(By.id("body")).sendKeys(note);
        click(By.cssSelector("form[action$='/notes'] button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("noted"));
        assertThat(main()).contains(note);

        click(By.cssSelector("form[action$='/share'] button[type=submit]"));
        waiting().until(ExpectedConditions.urlContains("saved"));
        assertThat(main())
                .contains(fr ? "Partagée avec les analystes" : "Shared with the analysts")
                .contains(fr ? "Arrêter le partage" : "Stop sharing");
        assertThat(driver.findElements(By.cssSelector("form[action$='/export'] button")))
                .hasSize(1);
        BrowserSession.assertAccessible(driver, "investigation (" + lang + ")");
        BrowserSession.assertNoSidewaysScrolling(driver, "investigation (" + lang + ")");
        screenshots("investigation-" + lang);

        visit("/intelligence/investigations", lang);
        assertThat(main()).contains(name).contains(fr ? "Partagée" : "Shared");
        BrowserSession.assertAccessible(driver, "investigations (" + lang + ")");
        screenshots("investigations-" + lang);
        assertThat(page).startsWith("/intelligence/investigations/");
    }
}
