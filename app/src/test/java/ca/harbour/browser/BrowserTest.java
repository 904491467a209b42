package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Harbour served on a random port with the demo data, and one Chromium per test class. The quick
 * exit goes to about:blank so tests never try to leave the machine.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "harbour.quick-exit-url=about:blank")
@ActiveProfiles({"demo", "test"})
abstract class BrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

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
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo(lang);
    }

    /**
     * Drops Harbour's cookies, so nobody is signed in. WebDriver deletes the cookies of the page it is on: after a
     * test that ended on the quick exit's about:blank, Harbour's would stay, and a sign-in page would send the next
     * test, still signed in, to its landing page.
     */
    void forgetSession() {
        if (!driver.getCurrentUrl().startsWith(url("/"))) {
            driver.get(url("/"));
        }
        driver.manage().deleteAllCookies();
    }

    /** Signs a demo account in through the sign-in page (demo accounts have no second factor). */
    void signIn(String username, String lang) {
        forgetSession();
        visit("/signin", lang);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Harbour-demo-2026");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        // each role lands on its work (an advocate on the live queue), the others on the staff home
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }

    /**
     * Waits up to ten seconds, looking again when what was looked at has just been replaced (a page that
     * reloads or an htmx swap leaves the element found a moment earlier stale). Chromium does not always say
     * stale: an element read while the next page replaces the document can fail as an inspector error that
     * the node "does not belong to the document", which is the same race and is looked at again too.
     */
    static FluentWait<WebDriver> waiting() {
        // StaleElementReferenceException is a WebDriverException too
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class);
    }

    /**
     * Clicks as a person would, who scrolls what they want into the middle of the screen first: WebDriver
     * alone scrolls it to the bottom edge, under the save bar that long forms keep at the foot of the screen.
     */
    static void click(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The widths every main page is looked at in: a desktop and the narrowest phone. */
    static final int[] SCREENSHOT_WIDTHS = {1280, 320};

    /**
     * Saves the current page, its whole length, as it looks at each of {@link #SCREENSHOT_WIDTHS}, under
     * {@code target/screenshots/<name>-<width>.png} (a visual check: people look at them), then puts the
     * window back as it was.
     */
    static void screenshots(String name) throws IOException {
        Path out = Path.of("target/screenshots");
        Files.createDirectories(out);
        Dimension before = driver.manage().window().getSize();
        try {
            for (int width : SCREENSHOT_WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 900));
                long height = ((Number)
                                ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight"))
                        .longValue();
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 8000)));
                Files.write(
                        out.resolve(name + "-" + width + ".png"),
                        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
