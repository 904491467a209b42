package ca.harbour.intelligence.graph;

import static ca.harbour.intelligence.graph.GraphFixtures.handle;
import static ca.harbour.intelligence.graph.GraphFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.graph.GraphFixtures.Ad;
import ca.harbour.intelligence.internal.graph.CrossAdFlags;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After each stored batch of an import, ads of one template are linked and clustered (also with ads of earlier
 * imports) and unrelated ads are not; once the import ends, the flags that need many ads are added.
 */
@HarbourTest
class NearDuplicatesIntegrationTests {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Entities entities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FieldCipher cipher;

    @Autowired
    ApplicationEventPublisher events;

    private GraphFixtures graph;

    @BeforeEach
    void service() {
        graph = new GraphFixtures(fixtures, entities, jdbc, cipher, events);
    }

    private static Ad ad(String body, String city, int day, String phone) {
        return new Ad("Available now", body, city, T0.plus(Duration.ofDays(day)), List.of(phone(phone)));
    }

    @Test
    void adsOfOneTemplateWithEditsFormOneClusterAndAnUnrelatedAdStaysAlone() {
        UUID imp = graph.newImport();
        List<UUID> ids = graph.importAds(
                imp,
                T0,
                true,
                ad(TextSignaturesTests.TEMPLATE, "Toronto", 0, "+14165550142"),
                ad(TextSignaturesTests.EDITED, "Toronto", 1, "+14165550199"),
                ad(TextSignaturesTests.UNRELATED, "Toronto", 2, "+14165550123"));
        UUID template = ids.get(0);
        UUID edited = ids.get(1);
        UUID unrelated = ids.get(2);
        UUID expected = template.compareTo(edited) < 0 ? template : edited;
        assertThat(graph.cluster(template)).isEqualTo(expected);
        assertThat(graph.cluster(edited)).isEqualTo(expected);
        assertThat(graph.cluster(unrelated)).isNull();
        assertThat(graph.links(template, edited, LinkKind.NEAR_DUPLICATE)).isOne();
        assertThat(graph.linkEvidence(template, edited, LinkKind.NEAR_DUPLICATE))
                .contains("\"jaccard\"")
                .contains("\"sharedBands\"");
        assertThat(graph.links(template, unrelated, LinkKind.NEAR_DUPLICATE)).isZero();
        assertThat(graph.links(edited, unrelated, LinkKind.NEAR_DUPLICATE)).isZero();
    }

    @Test
    void aLaterImportJoinsTheClusterOfAnEarlierOneWhichKeepsItsOldestMembersId() {
        List<UUID> first = graph.importAds(
                graph.newImport(),
                T0,
                true,
                ad(TextSignaturesTests.TEMPLATE, "Toronto", 0, "+14165550142"),
                ad(TextSignaturesTests.OTHER_IDENTIFIERS, "Toronto", 0, "+16475550100"));
        UUID cluster = graph.cluster(first.get(0));
        assertThat(cluster).isIn(first).isEqualTo(graph.cluster(first.get(1)));
        List<UUID> second = graph.importAds(
                graph.newImport(),
                T0.plus(Duration.ofDays(3)),
                true,
                ad(TextSignaturesTests.EDITED, "Ottawa", 5, "+16135550111"),
                ad(TextSignaturesTests.UNRELATED, "Ottawa", 5, "+16135550112"));
        assertThat(graph.cluster(second.get(0))).isEqualTo(cluster);
        assertThat(graph.cluster(first.get(0))).isEqualTo(cluster);
        assertThat(graph.cluster(second.get(1))).isNull();
        // an ad imported before the cluster's members but found only now names the merged cluster
        UUID older = graph.importAds(
                        graph.newImport(),
                        T0.minus(Duration.ofDays(30)),
                        true,
                        ad(TextSignaturesTests.TEMPLATE + " Thanks.", "Kingston", 9, "+16135550113"))
                .get(0);
        assertThat(graph.cluster(older)).isEqualTo(older);
        assertThat(graph.cluster(first.get(0))).isEqualTo(older);
        assertThat(graph.cluster(second.get(0))).isEqualTo(older);
    }

    @Test
    void manyAdsOnOnePhoneOneTemplateInManyCitiesAndAPhoneMovingAreFlaggedWithNumbers() {
        String[] cities = {"Toronto", "Toronto", "Ottawa", "Kingston", "Windsor"};
        Ad[] ads = new Ad[5];
        for (int i = 0; i < 5; i++) {
            ads[i] = ad(TextSignaturesTests.TEMPLATE, cities[i], i * 7, "+14165550142");
        }
        UUID imp = graph.newImport();
        List<UUID> ids = graph.importAds(imp, T0, false, ads[0], ads[1], ads[2]);
        assertThat(graph.flags(ids.get(0))).doesNotContain(CrossAdFlags.SHARED_PHONE);
        ids = graph.importAds(imp, T0, true, ads[3], ads[4]);
        UUID last = ids.get(1);
        assertThat(graph.flags(last))
                .contains(CrossAdFlags.SHARED_PHONE, CrossAdFlags.TEMPLATE_CITIES, CrossAdFlags.MOVEMENT);
        assertThat(graph.evidence(last))
                .contains("\"" + CrossAdFlags.SHARED_PHONE + "\": {\"ads\": 5}")
                .contains("\"" + CrossAdFlags.MOVEMENT + "\": {\"days\": 28, \"cities\": 4}")
                .contains("\"" + CrossAdFlags.TEMPLATE_CITIES + "\": {\"ads\": 5, \"cities\": 4}");
        UUID lone = graph.importAds(
                        graph.newImport(),
                        T0,
                        true,
                        new Ad("Bike", TextSignaturesTests.UNRELATED, "Toronto", T0, List.of(handle("bikes4u"))))
                .get(0);
        assertThat(graph.flags(lone)).isEmpty();
    }
}
