package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Harbour served on a random port with the demo data, and one Chromium per test class. The quick
 * exit goes to about:blank so tests never try to leave the machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "harbour.quick-exit-url=about:blank")
@ActiveProfiles({"demo", "test"})
abstract class BrowserTest {

    static WebDriver driver;

    @LocalServerPort int port;

    @BeforeAll
    static void openBrowser() {
        driver = BrowserSession.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens {@code path} in {@code lang} and checks the page says which language it is in. */
    void visit(String path, String lang) {
        driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
    }

    /** Signs a demo account in through the sign-in page (demo accounts have no second factor). */
    void signIn(String username, String lang) {
        driver.manage().deleteAllCookies();
        visit("/signin", lang);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Harbour-demo-2026");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        // each role lands on its work (an advocate on the live queue), the others on the staff home
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }
}
