package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Region;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.OrganizationForm;
import ca.harbour.identity.internal.UserForm;
import ca.harbour.identity.internal.Users;
import ca.harbour.support.Staff;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An open live-queue tab of an advocate who is deactivated leaves for the sign-in page at its next poll,
 * in real Chromium with the real htmx. The poll is fired at once from the poll element itself rather
 * than waiting for its 10-second timer.
 */
class SessionEndBrowserTests extends BrowserTest {

    private static final String PASSWORD = "a long and private passphrase";

    @Autowired
    AccountAdministration admin;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Staff staff;

    @Test
    void aDeactivatedAdvocatesQueueTabLeavesForTheSignInPageAtItsNextPoll() {
        StaffPrincipal administrator = staff.principal("admin");
        UUID hotline = admin.saveOrganization(
                        administrator,
                        null,
                        new OrganizationForm(
                                "Zz Browser Test Hotline "
                                        + UUID.randomUUID().toString().substring(0, 8),
                                OrganizationType.HOTLINE,
                                Region.EAST,
                                "en",
                                true))
                .id();
        String username = "zz" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = admin.createUser(
                        administrator,
                        new UserForm(username, "Browser Advocate", null, null, hotline, Set.of(Role.ADVOCATE), "en"))
                .id();
        users.setPassword(id, passwords.encode(PASSWORD), false);

        driver.manage().deleteAllCookies();
        visit("/signin", "en");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
        visit("/queue", "en");
        assertThat(driver.findElement(By.id("queue-items")).getDomAttribute("hx-headers"))
                .contains("X-Harbour-Background");

        admin.setActive(administrator, id, false);
        ((JavascriptExecutor) driver)
                .executeScript("htmx.ajax('GET', '/queue/items', "
                        + "{source: '#queue-items', target: '#queue-items', swap: 'outerHTML'})");

        waiting().until(ExpectedConditions.urlContains("/signin?ended"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Your session has ended");
        BrowserSession.assertAccessible(driver, "sign-in page after an ended session");
    }
}
