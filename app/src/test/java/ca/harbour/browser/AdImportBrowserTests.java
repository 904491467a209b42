package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst imports a file of ads in Chromium, in both languages with no axe violation: the report follows the
 * import until it is done (and its cross-ad flags until they are in) and lists the refused line, and the ad's page
 * shows what was found and why it is flagged.
 */
class AdImportBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAnalystImportsAdsFollowsTheReportAndReadsAnAd(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        String site = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("ads-", ".jsonl");
        Files.writeString(
                file,
                "{\"ad_id\":\"b1\",\"site\":\"" + site + "\",\"posted_at\":\"2026-11-30T10:00:00Z\","
                        + "\"title\":\"Browser test ad\",\"body\":\"New in town, call four one six 555 o1two3,"
                        + " available 24/7\",\"city\":\"Toronto\"}\n"
                        + "{\"site\":\"" + site + "\",\"body\":\"no id\"}\n",
                StandardCharsets.UTF_8);
        try {
            signIn("analyst", lang);
            visit("/intelligence/ads/import", lang);
            BrowserSession.assertAccessible(driver, "ad import (" + lang + ")");
            driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            click(By.cssSelector("main form button[type=submit]"));
            waiting().until(ExpectedConditions.urlContains("/intelligence/ads/imports/"));
            waiting().until(d -> main().contains(fr ? "Import terminé" : "Import finished"));
            assertThat(main())
                    .contains(fr ? "L'identifiant de l'annonce (ad_id) manque." : "The ad id (ad_id) is missing.");
            BrowserSession.assertAccessible(driver, "ad import report (" + lang + ")");
            screenshots("ad-import-report-" + lang);

            // while the flags that need many ads are still coming the report says so, and stops once they are in
            String report = driver.getCurrentUrl();
            UUID importId = UUID.fromString(report.replaceAll(".*/imports/([0-9a-f-]{36}).*", "$1"));
            String pending = fr ? "encore en cours d'ajout" : "still being added";
            jdbc.update("update intel_import set flagged_at = null where id = ?", importId);
            driver.navigate().refresh();
            waiting().until(d -> main().contains(pending));
            BrowserSession.assertAccessible(driver, "ad import report, flags coming (" + lang + ")");
            screenshots("ad-import-flags-coming-" + lang);
            jdbc.update("update intel_import set flagged_at = now() where id = ?", importId);
            waiting().until(d -> !main().contains(pending));

            UUID ad = jdbc.queryForObject(
                    "select id from intel_ad where site = ? and source_id = 'b1'", UUID.class, site);
            // a day after the demo's synthetic ads, so the list shows this ad among the few of that day
            visit("/intelligence/ads?city=Toronto&from=2026-11-30&to=2026-11-30", lang);
            BrowserSession.assertAccessible(driver, "ads list (" + lang + ")");
            BrowserSession.assertNoSidewaysScrolling(driver, "ads list (" + lang + ")");
            screenshots("ads-list-" + lang);
            click(By.cssSelector("a[href='/intelligence/ads/" + ad + "']"));
            waiting().until(ExpectedConditions.urlContains("/intelligence/ads/" + ad));
            assertThat(main())
                    .contains("+14165550123")
                    .contains(fr ? "En toutes lettres" : "Spelled out")
                    .contains(fr ? "Déplacements d'un lieu à l'autre" : "Movement between places")
                    .contains("new in town");
            BrowserSession.assertAccessible(driver, "ad (" + lang + ")");
            screenshots("ad-" + lang);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
