package ca.harbour.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
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
}
