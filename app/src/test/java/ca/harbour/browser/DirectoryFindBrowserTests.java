package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Find supports" in real Chromium, English and French: it finds, it is accessible, it fits a phone,
 * and a confidential shelter's page gives its town, not its address.
 */
class DirectoryFindBrowserTests extends BrowserTest {

    @Autowired
    Services services;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aPersonSearchesNearATownAndOpensAService(String lang) {
        driver.manage().deleteAllCookies();
        driver.get(url("/find?lang=" + lang));
        BrowserSession.assertAccessible(driver, "/find (" + lang + ")");
        driver.findElement(By.id("q")).sendKeys("fr".equals(lang) ? "hebergement" : "shelter");
        driver.findElement(By.id("near")).sendKeys("Thunder Bay");
        driver.findElement(By.cssSelector("form.find-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li.result a")));
        assertThat(driver.findElement(By.cssSelector("#results h2")).getText())
                .contains("fr".equals(lang) ? "services trouvés" : "services found");
        assertThat(driver.findElement(By.cssSelector("ol.results li.result .tag"))
                        .getText())
                .contains("km");
        BrowserSession.assertAccessible(driver, "/find results (" + lang + ")");
        driver.findElement(By.cssSelector("ol.results li.result h3 a")).click();
        waiting().until(ExpectedConditions.urlContains("/find/services/"));
        assertThat(driver.findElement(By.cssSelector("a.big-tel")).getDomAttribute("href"))
                .startsWith("tel:");
        assertThat(driver.findElements(By.cssSelector("[data-quick-exit]"))).isNotEmpty();
        BrowserSession.assertAccessible(driver, "service page (" + lang + ")");
        driver.get(url("/find?q=zzzqqq&age=abc&lang=" + lang));
        BrowserSession.assertAccessible(driver, "/find with errors (" + lang + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aPersonSearchesNearAPostalCodeAndAMistypedOneIsShownNextToTheField(String lang) {
        driver.manage().deleteAllCookies();
        driver.get(url("/find?lang=" + lang));
        driver.findElement(By.id("q")).sendKeys("fr".equals(lang) ? "hebergement" : "shelter");
        driver.findElement(By.id("near")).sendKeys("m5v 2t6");
        driver.findElement(By.cssSelector("form.find-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li.result a")));
        assertThat(driver.findElement(By.id("results")).getText()).contains("M5V");
        driver.findElement(By.id("near")).clear();
        driver.findElement(By.id("near")).sendKeys("M5V 2T");
        driver.findElement(By.cssSelector("form.find-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("near-error")));
        assertThat(driver.findElement(By.id("near-error")).getText()).contains("M5V 2T6");
        assertThat(driver.findElement(By.id("near")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("near")).getDomProperty("value")).isEqualTo("M5V 2T");
        BrowserSession.assertAccessible(driver, "/find with a mistyped postal code (" + lang + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aConfidentialShelterShowsItsTownAndWhyThereIsNoAddress(String lang) {
        DirectoryService s = services.all().stream()
                .filter(DirectoryService::confidentialLocation)
                .findFirst()
                .orElseThrow();
        DirectoryService.Site site = s.sites().get(0);
        driver.manage().deleteAllCookies();
        visit("/find/services/" + s.id() + "?near=Ottawa", lang);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(site.city())
                .contains(
                        "fr".equals(lang)
                                ? "Adresse communiquée par téléphone, pour la sécurité."
                                : "Address shared by phone for safety.")
                .doesNotContain(site.address1());
        BrowserSession.assertAccessible(driver, "confidential service page (" + lang + ")");
    }

    @Test
    void theResultsFitA320PixelScreen() {
        driver.manage().window().setSize(new Dimension(320, 800));
        try {
            driver.get(url("/find?q=legal+aid&near=Ottawa&lang=fr"));
            BrowserSession.assertNoSidewaysScrolling(driver, "/find at 320px");
            BrowserSession.assertAccessible(driver, "/find at 320px");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void staffReachTheDirectoryWithTheSlashKeyAndSeeStaffOnlyFields() {
        driver.manage().deleteAllCookies();
        driver.get(url("/signin?lang=en"));
        driver.findElement(By.id("username")).sendKeys("advocate");
        driver.findElement(By.id("password")).sendKeys("Harbour-demo-2026");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/queue"));
        driver.findElement(By.tagName("body")).sendKeys("/");
        waiting().until(ExpectedConditions.urlContains("/staff/directory"));
        // the cursor is already in the search box: typing searches
        waiting().until(d -> "q".equals(d.switchTo().activeElement().getAttribute("id")));
        driver.switchTo().activeElement().sendKeys("counselling");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li.result a")));
        BrowserSession.assertAccessible(driver, "/staff/directory");
        driver.findElement(By.cssSelector("ol.results li.result h3 a")).click();
        assertThat(driver.findElement(By.cssSelector(".staff-only")).getText()).contains("Demo intake");
        BrowserSession.assertAccessible(driver, "staff service page");
    }
}
