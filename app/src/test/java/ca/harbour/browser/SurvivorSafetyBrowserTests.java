package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The quick exit stays within reach, and a shared device shows no staff page after sign-out. */
class SurvivorSafetyBrowserTests extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"320, 640, fr", "1280, 900, en"})
    void theQuickExitStaysOnScreenAtTheBottomOfALongPage(int width, int height, String lang) throws Exception {
        driver.manage().window().setSize(new Dimension(width, height));
        try {
            visit("/learn-the-signs", lang);
            Map<String, Object> top = rect("[data-quick-exit]");
            for (String other : new String[] {".brand", ".site-nav", "main h1"}) {
                assertThat(overlaps(top, rect(other)))
                        .as("quick exit over %s at %dpx", other, width)
                        .isFalse();
            }
            js("window.scrollTo(0, document.documentElement.scrollHeight)");
            assertThat(((Number) js("return window.scrollY")).longValue())
                    .as("the page scrolled")
                    .isPositive();
            Map<String, Object> exit = rect("[data-quick-exit]");
            assertThat(num(exit, "top")).isGreaterThanOrEqualTo(0);
            assertThat(num(exit, "left")).isGreaterThanOrEqualTo(0);
            assertThat(num(exit, "bottom")).isLessThanOrEqualTo(num(js("return {v: window.innerHeight}"), "v"));
            assertThat(num(exit, "right"))
                    .isLessThanOrEqualTo(num(js("return {v: document.documentElement.clientWidth}"), "v"));
            assertThat((Boolean) js("var r = document.querySelector('[data-quick-exit]').getBoundingClientRect();"
                            + "var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                            + "return hit !== null && hit.closest('[data-quick-exit]') !== null;"))
                    .as("nothing covers the quick exit")
                    .isTrue();
            screenshot("quick-exit-scrolled-" + width);
            BrowserSession.assertNoSidewaysScrolling(driver, "learn the signs at " + width + "px");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    // after another browser class, the skip link could match :focus a frame before its focus style was drawn
    // (it measured where the unfocused style puts it), so the test waits for the drawn style before measuring;
    // seeds that failed in random order: 20261204165116, 20261204172507, 20261204174044
    @ParameterizedTest
    @CsvSource({"320, 640", "1280, 900"})
    void theSkipLinkIsNotCoveredAndTheFocusOrderIsUnchanged(int width, int height) throws Exception {
        driver.manage().window().setSize(new Dimension(width, height));
        try {
            // a headless window that is not the focused one matches no :focus rule; pretend it is focused
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
            visit("/", "en");
            // focused by script: where a real Tab starts depends on what the browser focused before
            js("document.querySelector('.skip-link').focus({preventScroll: true}); window.scrollTo(0, 0)");
            assertThat((Boolean) js("return document.activeElement === document.querySelector('.skip-link')"
                            + " && document.querySelector('.skip-link').matches(':focus')"))
                    .as("skip link focused")
                    .isTrue();
            // a keyboard user meets the skip link at the top of the page; after other browser classes the page
            // was found scrolled by ~28 px when measured, so it is brought back to the top until it stays there
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> (Boolean) js("if (window.scrollY !== 0) { window.scrollTo(0, 0); return false; }"
                            + " return getComputedStyle(document.querySelector('.skip-link')).clipPath === 'none'"));
            assertThat(((Number) js("return window.scrollX")).doubleValue())
                    .as("page not scrolled sideways")
                    .isZero();
            assertThat(overlaps(rect(".skip-link"), rect("[data-quick-exit]")))
                    .as("quick exit over the skip link")
                    .isFalse();
            Map<String, Object> skip = rect(".skip-link");
            // on screen, and below the strip that carries the quick exit
            assertThat(num(skip, "left")).isGreaterThanOrEqualTo(0);
            assertThat(num(skip, "top")).isGreaterThanOrEqualTo(num(rect("[data-quick-exit]"), "bottom"));
            assertThat(num(skip, "bottom")).isLessThanOrEqualTo(num(js("return {v: window.innerHeight}"), "v"));
            screenshot("skip-link-focused-" + width);
            List<String> order = new ArrayList<>();
            order.add((String) js("return document.activeElement.className;"));
            Actions keys = new Actions(driver);
            for (int i = 0; i < 4; i++) {
                keys.sendKeys(Keys.TAB).perform();
                order.add((String) js("var e = document.activeElement; return e.className || e.tagName;"));
            }
            // skip link, brand, language, staff sign-in, quick exit: as before the exit was drawn fixed
            assertThat(order).containsExactly("skip-link", "brand", "A", "A", "quick-exit");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * A regression guard more than a proof: this Chromium already refetches no-store pages on Back, so it
     * passed before sign-out sent Clear-Site-Data too (SignOutPrivacyIntegrationTests checks the headers).
     */
    @Test
    void backAfterSignOutShowsNoStaffPage() throws Exception {
        signIn("admin", "en");
        visit("/admin/users", "en");
        assertThat(driver.findElements(By.cssSelector(".staff-nav"))).isNotEmpty();
        String staffText = driver.findElement(By.tagName("main")).getText();
        assertThat(staffText).contains("admin");
        driver.findElement(By.cssSelector(".site-nav form button")).click();
        waiting().until(ExpectedConditions.urlContains("signedout"));
        driver.navigate().back();
        waiting()
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                        && d.findElements(By.cssSelector("#username")).size() == 1);
        assertThat(driver.getCurrentUrl()).contains("/signin");
        assertThat(driver.findElements(By.cssSelector(".staff-nav"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("data-signed-in");
        screenshot("back-after-sign-out");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rect(String selector) {
        WebElement element = driver.findElement(By.cssSelector(selector));
        return (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + "return {top: r.top, left: r.left, bottom: r.bottom, right: r.right};",
                        element);
    }

    private static double num(Object map, String key) {
        return ((Number) ((Map<?, ?>) map).get(key)).doubleValue();
    }

    private static boolean overlaps(Map<String, Object> a, Map<String, Object> b) {
        return num(a, "left") < num(b, "right")
                && num(b, "left") < num(a, "right")
                && num(a, "top") < num(b, "bottom")
                && num(b, "top") < num(a, "bottom");
    }

    private static void screenshot(String name) throws Exception {
        Path out = Path.of("target/screenshots");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
