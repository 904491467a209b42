package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analysts' workspace in Chromium, in both languages, with no axe violation: the analyst lands on the
 * workspace, finds a phone typed another way, reads its page, and opens its network, whose graph is drawn and
 * whose table of entities grows when a node is expanded.
 */
class EntityBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Entities entities;

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private static Instant day(String date) {
        return LocalDate.parse(date)
                .atTime(12, 0)
                .atZone(ZoneId.of("America/Toronto"))
                .toInstant();
    }

    private UUID entity(UUID org, EntityKind kind, String value, String label, Instant seen) {
        NewEntity e = new NewEntity(kind, value, label, seen);
        return entities.upsert(org, List.of(e), Map.of(), false).get(e.key());
    }

    private UUID ad(UUID org, String city, String date, String title, String... flags) {
        UUID id = UUID.randomUUID();
        NewEntity e = new NewEntity(EntityKind.AD, "browser-site:" + id, title, day(date));
        entities.upsert(org, List.of(e), Map.of(e.key(), id), false);
        jdbc.update(
                "insert into intel_ad (id, police_org_id, site, source_id, posted_at, city, content_hash, flags)"
                        + " values (?, ?, 'browser-site', ?, ?, ?, ?, ?)",
                id,
                org,
                id.toString(),
                Timestamp.from(day(date)),
                city,
                id.toString().getBytes(),
                flags);
        return id;
    }

    private void link(UUID from, UUID to, LinkKind kind, Double score, String evidence, String date) {
        entities.link(List.of(new NewLink(from, to, kind, score, evidence, day(date))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAnalystFindsAPhoneReadsItsPageAndExpandsItsNetwork(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        UUID org = jdbc.queryForObject("select organization_id from app_user where username = 'analyst'", UUID.class);
        String digits = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        UUID phone = entity(org, EntityKind.PHONE, "+1647555" + digits, "647-555-" + digits, day("2026-03-02"));
        UUID handle = entity(org, EntityKind.HANDLE, "browser_" + digits, "@browser_" + digits, day("2026-03-02"));
        UUID first = ad(org, "Toronto", "2026-03-02", "Browser ad in Toronto " + digits, "MANY_ADS_ONE_PHONE");
        UUID second = ad(org, "Hamilton", "2026-03-20", "Browser ad in Hamilton " + digits);
        UUID third = ad(org, "London", "2026-04-11", "Browser ad in London " + digits);
        link(first, phone, LinkKind.MENTIONS, null, "{}", "2026-03-02");
        link(second, phone, LinkKind.MENTIONS, null, "{}", "2026-03-20");
        link(second, handle, LinkKind.MENTIONS, null, "{}", "2026-03-20");
        link(third, handle, LinkKind.MENTIONS, null, "{}", "2026-04-11");
        link(first, second, LinkKind.NEAR_DUPLICATE, 0.88, "{\"jaccard\":0.88}", "2026-03-20");

        signIn("analyst", lang);
        waiting().until(ExpectedConditions.urlMatches(".*/intelligence(\\?.*)?$"));
        visit("/intelligence", lang);
        assertThat(main()).contains(fr ? "Espace de renseignement" : "Intelligence workspace");
        BrowserSession.assertAccessible(driver, "workspace home (" + lang + ")");
        BrowserSession.assertNoSidewaysScrolling(driver, "workspace home (" + lang + ")");
        screenshots("intelligence-home-" + lang);

        driver.findElement(By.id("q")).sendKeys("(647) 555." + digits + Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/intelligence/entities/" + phone));
        assertThat(main())
                .contains(
                        fr
                                ? "Ce numéro de téléphone figure dans 2 annonces de 2 villes et dans aucun"
                                        + " signalement depuis mars 2026."
                                : "This phone appears in 2 ads in 2 cities and no tip since March 2026.")
                .contains("Browser ad in Hamilton " + digits)
                .contains(fr ? "Nomme cette entité" : "Names this entity");
        BrowserSession.assertAccessible(driver, "entity page (" + lang + ")");
        BrowserSession.assertNoSidewaysScrolling(driver, "entity page (" + lang + ")");
        screenshots("intelligence-entity-" + lang);

        click(By.cssSelector("a[href='/intelligence/entities/" + phone + "/network']"));
        waiting().until(ExpectedConditions.urlContains("/network"));
        // Cytoscape drew the graph from the table: its canvases are in the container
        waiting()
                .until(d -> !d.findElements(By.cssSelector("#network-canvas canvas"))
                        .isEmpty());
        assertThat(driver.findElements(By.cssSelector("#network-nodes tbody tr")))
                .hasSize(3);
        BrowserSession.assertAccessible(driver, "network view (" + lang + ")");
        BrowserSession.assertNoSidewaysScrolling(driver, "network view (" + lang + ")");

        click(By.cssSelector("#network-nodes a[data-expand='" + second + "']"));
        waiting()
                .until(d -> d.findElements(By.cssSelector("#network-nodes tr[data-id='" + handle + "']"))
                                .size()
                        == 1);
        assertThat(driver.findElement(By.id("network-status")).getText())
                .contains(fr ? "Entités ajoutées : 1." : "Entities added: 1.");
        assertThat(driver.findElements(By.cssSelector("#network-links tr[data-to='" + handle + "']")))
                .hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#network-nodes a[data-expand='" + second + "']")))
                .isEmpty();
        BrowserSession.assertAccessible(driver, "network view expanded (" + lang + ")");
        screenshots("intelligence-network-" + lang);
    }
}
