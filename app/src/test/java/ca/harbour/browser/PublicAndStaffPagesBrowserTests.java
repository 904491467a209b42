package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Real pages in real Chromium, in English and French: they work, and axe finds no WCAG 2.1 AA violation. */
class PublicAndStaffPagesBrowserTests extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void publicPagesAreAccessibleAndOfferTheQuickExit(String lang) throws Exception {
        driver.manage().deleteAllCookies();
        for (String page : new String[] {
            "/",
            "/?signedout",
            "/learn-the-signs",
            "/learn-the-signs/resources",
            "/report",
            "/signin",
            "/signin?error=bad",
            "/no-such-page"
        }) {
            visit(page, lang);
            BrowserSession.assertAccessible(driver, page + " (" + lang + ")");
        }
        visit("/finnd", lang);
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("fr".equals(lang) ? "Page introuvable" : "Page not found");
        assertThat(driver.findElements(By.cssSelector("[data-quick-exit]"))).hasSize(1);
        visit("/learn-the-signs", lang);
        screenshots("learn-the-signs-" + lang);
        visit("/find?q=shelter", lang);
        screenshots("find-" + lang);
        visit("/", lang);
        assertThat(driver.findElement(By.cssSelector("[data-quick-exit]")).getText())
                .isEqualTo("fr".equals(lang) ? "Quitter ce site maintenant" : "Leave this site now");
        screenshots("home-" + lang);
    }

    @Test
    void theEscapeKeyLeavesAtOnceWithoutAddingAHistoryEntry() {
        visit("/learn-the-signs", "en");
        long before = (Long) ((JavascriptExecutor) driver).executeScript("return history.length");
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.urlToBe("about:blank"));
        long after = (Long) ((JavascriptExecutor) driver).executeScript("return history.length");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theHomePageFitsA320PixelScreen() {
        driver.manage().window().setSize(new Dimension(320, 800));
        try {
            visit("/", "fr");
            BrowserSession.assertNoSidewaysScrolling(driver, "home at 320px");
            BrowserSession.assertAccessible(driver, "home at 320px");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAdministratorSignsInAndEveryStaffPageIsAccessible(String lang) throws Exception {
        signIn("admin", lang);
        for (String page : new String[] {
            "/staff",
            "/admin/users",
            "/admin/users/new",
            "/admin/organizations",
            "/admin/instruments",
            "/admin/organizations/new",
            "/admin/audit",
            "/admin/audit?from=31/02/2026",
            "/account/password",
            "/account/second-factor"
        }) {
            visit(page, lang);
            BrowserSession.assertAccessible(driver, page + " (" + lang + ")");
        }
        visit("/staff", lang);
        screenshots("staff-home-" + lang);
        visit("/admin/users/new", lang);
        screenshots("user-form-" + lang);
        visit("/admin/audit", lang);
        screenshots("audit-" + lang);
        driver.manage().window().setSize(new Dimension(320, 800));
        try {
            for (String page : new String[] {"/admin/audit", "/admin/users", "/staff"}) {
                visit(page, lang);
                BrowserSession.assertNoSidewaysScrolling(driver, page + " at 320px");
                BrowserSession.assertAccessible(driver, page + " at 320px (" + lang + ")");
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        visit("/admin/organizations/new", lang);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("fr".equals(lang) ? "Entrez le nom de l'organisme" : "Enter the organization's name");
        BrowserSession.assertAccessible(driver, "organization form with errors (" + lang + ")");
        screenshots("organization-errors-" + lang);
        driver.findElement(By.cssSelector(".site-nav form button")).click();
        waiting().until(ExpectedConditions.urlContains("signedout"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aTipSentThroughTheFormReachesTheAdvocatesQueue(String lang) throws Exception {
        driver.manage().deleteAllCookies();
        visit("/report", lang);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        BrowserSession.assertAccessible(driver, "tip form with errors (" + lang + ")");
        screenshots("tip-errors-" + lang);
        driver.findElement(By.id("whatHappened"))
                .sendKeys("Browser test (" + lang + "): two girls taken to a motel by an older man");
        driver.findElement(By.cssSelector("input[name=happened][value=TODAY]")).click();
        driver.findElement(By.cssSelector("input[name=minorInvolved][value=YES]"))
                .click();
        driver.findElement(By.id("youngestAge")).sendKeys("14");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/report/received"));
        String reference = driver.findElement(By.cssSelector("strong.codes")).getText();
        assertThat(reference).startsWith("HT-");
        BrowserSession.assertAccessible(driver, "tip received (" + lang + ")");
        screenshots("tip-received-" + lang);

        signIn("advocate", lang);
        visit("/contacts/new", lang);
        BrowserSession.assertAccessible(driver, "safe to talk (" + lang + ")");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/edit"));
        BrowserSession.assertAccessible(driver, "contact form (" + lang + ")");
        screenshots("contact-form-" + lang);
        driver.findElement(By.id("summary"))
                .sendKeys("Browser test contact: caller's friend works at a farm, passport held");
        click(By.cssSelector("input[name=outcomes][value=INFORMATION]"));
        driver.findElement(By.cssSelector("button[value=complete]")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/edit")));
        BrowserSession.assertAccessible(driver, "contact view (" + lang + ")");
        driver.findElement(By.cssSelector("a[href$='/screening/ADULT_TRAFFICKING']"))
                .click();
        BrowserSession.assertAccessible(driver, "screening form (" + lang + ")");
        screenshots("screening-" + lang);
        visit("/queue", lang);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(reference);
        BrowserSession.assertAccessible(driver, "queue (" + lang + ")");
        driver.findElement(By.linkText(reference)).click();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("two girls taken to a motel");
        BrowserSession.assertAccessible(driver, "tip detail (" + lang + ")");
        screenshots("queue-tip-" + lang);
    }
}
