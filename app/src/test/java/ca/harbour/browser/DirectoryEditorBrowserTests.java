package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.Services;
import ca.harbour.support.Staff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervisor edits their own service in real Chromium, in English and French, with the keyboard; axe finds nothing. */
class DirectoryEditorBrowserTests extends BrowserTest {

    @Autowired
    Services services;

    @Autowired
    Staff staff;

    private DirectoryService supervisorsService(int skip) {
        UUID org = staff.account("supervisor").organizationId();
        return services.all().stream()
                .filter(s -> org.equals(s.organization().ownerOrganizationId()))
                .skip(skip)
                .findFirst()
                .orElseThrow();
    }

    private void signInAsSupervisor(String lang) {
        driver.manage().deleteAllCookies();
        driver.get(url("/signin?lang=" + lang));
        driver.findElement(By.id("username")).sendKeys("supervisor");
        driver.findElement(By.id("password")).sendKeys("Harbour-demo-2026");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        // a supervisor lands on the agency's cases
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aSupervisorCorrectsAMistakeAndSavesWithTheKeyboard(String lang) throws Exception {
        DirectoryService mine = supervisorsService("en".equals(lang) ? 2 : 3);
        signInAsSupervisor(lang);
        driver.get(url("/staff/directory/services/" + mine.id() + "?lang=" + lang));
        driver.findElement(By.cssSelector("a[href$='/edit']")).click();
        waiting().until(ExpectedConditions.urlContains("/edit"));
        BrowserSession.assertAccessible(driver, "service editor (" + lang + ")");
        screenshot("directory-editor-" + lang);

        WebElement name = driver.findElement(By.id("name"));
        name.clear();
        driver.findElement(By.id("sitePostalCode-0")).sendKeys("12345");
        name.sendKeys(Keys.ENTER);
        WebElement summary =
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.getText())
                .contains(
                        "fr".equals(lang)
                                ? "Entrez le nom du service en anglais"
                                : "Enter the name of the service in English");
        assertThat(summary.getText()).contains("fr".equals(lang) ? "code postal canadien" : "Canadian postal code");
        assertThat(driver.findElement(By.id("sitePostalCode-0")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        BrowserSession.assertAccessible(driver, "service editor with errors (" + lang + ")");
        screenshot("directory-editor-errors-" + lang);
        summary.findElement(By.cssSelector("a[href='#name']")).click();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("name");

        driver.findElement(By.id("sitePostalCode-0")).clear();
        driver.findElement(By.id("sitePostalCode-0")).sendKeys("P7B 1A1");
        driver.findElement(By.id("name")).sendKeys("Demo Browser Haven " + lang, Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("updated"));
        DirectoryService after = services.find(mine.id()).orElseThrow();
        assertThat(after.name()).isEqualTo("Demo Browser Haven " + lang);
        assertThat(after.sites().get(0).postalCode()).isEqualTo("P7B 1A1");
        assertThat(after.lastVerified()).isAfter(mine.lastVerified());
    }

    @Test
    void theEditorFitsA320PixelScreen() {
        signInAsSupervisor("fr");
        driver.manage().window().setSize(new Dimension(320, 800));
        try {
            driver.get(url("/staff/directory/services/" + supervisorsService(0).id() + "/edit?lang=fr"));
            BrowserSession.assertNoSidewaysScrolling(driver, "service editor at 320px");
            BrowserSession.assertAccessible(driver, "service editor at 320px");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The whole page, not only what the window shows. */
    private static void screenshot(String name) throws Exception {
        Dimension window = driver.manage().window().getSize();
        Long height =
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 8000)));
        try {
            Path out = Path.of("target/screenshots");
            Files.createDirectories(out);
            Files.write(out.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
