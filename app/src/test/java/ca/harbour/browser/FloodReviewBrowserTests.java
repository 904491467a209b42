package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intake.Urgency;
import ca.harbour.intake.internal.TipForm;
import ca.harbour.intake.internal.Tips;
import ca.harbour.intake.internal.TriageRuleSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The "possible flood" banner and review list, as an advocate uses them, accessible in both languages. */
class FloodReviewBrowserTests extends BrowserTest {

    @Autowired
    Tips tips;

    @Autowired
    JdbcTemplate jdbc;

    /** A danger-now tip held for review, as intake stores one during a flood. */
    private String heldTip(String text) {
        UUID hotline =
                jdbc.queryForObject("select organization_id from app_user where username = 'advocate'", UUID.class);
        UUID id = UUID.randomUUID();
        String reference = "HT-FLOOD-" + id.toString().substring(0, 6).toUpperCase();
        tips.insert(
                id,
                reference,
                Instant.now(),
                hotline,
                "en",
                new TipForm(text, "", "", "", "NOW", true, "NO", null, "", "", "", ""),
                new TriageRuleSet.Triage(Urgency.IMMINENT, List.of("triage.reason.danger"), 1),
                false,
                true);
        return reference;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theBannerLeadsToTheHeldTipsAndAMovedOneIsInTheQueue(String lang) {
        boolean fr = "fr".equals(lang);
        String reference = heldTip("Flood review browser test (" + lang + "): a woman asks for help at a truck stop");
        signIn("advocate", lang);
        visit("/queue", lang);
        assertThat(driver.findElement(By.cssSelector(".flood-alert")).getText())
                .contains(fr ? "Afflux possible" : "Possible flood");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(reference);
        BrowserSession.assertAccessible(driver, "queue with a flood banner (" + lang + ")");

        driver.findElement(By.cssSelector(".flood-alert a")).click();
        waiting().until(ExpectedConditions.urlContains("/queue/held"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(reference)
                .contains("truck stop");
        BrowserSession.assertAccessible(driver, "held for review (" + lang + ")");

        driver.findElement(By.xpath(
                        "//a[text()='" + reference + "']/ancestor::tr//form[contains(@action,'/admit')]/button"))
                .click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(reference);
        BrowserSession.assertAccessible(driver, "held for review, after a move (" + lang + ")");
        visit("/queue", lang);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(reference);
        assertThat(driver.findElements(By.cssSelector(".flood-alert"))).isEmpty();
    }
}
