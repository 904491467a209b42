package ca.harbour.intelligence.ads;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intelligence.internal.ads.AdFormat;
import ca.harbour.intelligence.internal.ads.AdImports.AdImport;
import ca.harbour.intelligence.internal.ads.AdsDesk;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A volume run, only when asked for ({@code -Dharbour.ads.volume=50000}): that many generated ads (streamed, never
 * held whole) imported through the service, printing ads per second and the heap in use. It asserts the counts,
 * never a time.
 */
@HarbourTest
@EnabledIfSystemProperty(named = "harbour.ads.volume", matches = "\\d+")
class AdImportVolumeIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AdsDesk desk;

    /** Generated JSON lines: a few hundred phones shared across ads, written in several ways, and movement words. */
    static final class Generated extends InputStream {
        private final int count;
        private int next;
        private byte[] line = new byte[0];
        private int pos;

        Generated(int count) {
            this.count = count;
        }

        @Override
        public int read() {
            if (pos == line.length) {
                if (next == count) {
                    return -1;
                }
                line = line(next++).getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            return line[pos++] & 0xff;
        }

        private static String line(int i) {
            int phone = 1000 + i % 700;
            String[] forms = {"416-555-" + phone, "416.555." + phone, "four one six 555 " + phone, "(416) 555 " + phone
            };
            String[] cities = {"Toronto", "Ottawa", "Hamilton", "London", "Windsor", "Barrie"};
            return "{\"ad_id\":\"v" + i + "\",\"site\":\"volume\",\"posted_at\":\"2026-0" + (1 + i % 9) + "-1"
                    + (i % 10) + "T12:00:00Z\",\"title\":\"Sweet and classy " + (i % 50) + "\",\"body\":\""
                    + (i % 3 == 0 ? "New in town, " : "") + "call " + forms[i % forms.length] + " or write model"
                    + (i % 300) + " at gmail dot com. Snap: rose" + (i % 400) + ". 2" + (i % 8) + " yrs, incall"
                    + " only, $" + (120 + i % 100) + " half hour. Visiting " + cities[i % cities.length]
                    + " this week.\",\"city\":\"" + cities[(i / 7) % cities.length] + "\"}\n";
        }
    }

    @Test
    void importsTheGeneratedAdsAndPrintsTheRate() {
        int n = Integer.parseInt(System.getProperty("harbour.ads.volume"));
        Organization police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        StaffPrincipal analyst = Fixtures.principal(fixtures.staff(police, Role.POLICE_ANALYST));
        long start = System.nanoTime();
        AdImport report = desk.importNow(analyst, new Generated(n), AdFormat.JSONL);
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "ad import volume: %d ads in %.1f s = %.0f ads/s; heap in use %d MB of max %d MB%n",
                n, seconds, n / seconds, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        assertThat(report.counts().adsNew()).isEqualTo(n);
        assertThat(report.counts().linesRejected()).isZero();
    }
}
