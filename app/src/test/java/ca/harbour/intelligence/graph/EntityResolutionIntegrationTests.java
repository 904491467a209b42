package ca.harbour.intelligence.graph;

import static ca.harbour.intelligence.graph.GraphFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.graph.GraphFixtures.Ad;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.intelligence.internal.graph.Networks;
import ca.harbour.intelligence.internal.graph.Networks.Network;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ads of one person written with a mistyped phone are found the same by the incremental linker, with the fields
 * that agreed as evidence; the network of an entity gathers what mentions, near duplicates and same-as links
 * reach, within its service and its cap.
 */
@HarbourTest
class EntityResolutionIntegrationTests {

    private static final Instant T0 = Instant.parse("2026-04-01T12:00:00Z");

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

    @Autowired
    Networks networks;

    private GraphFixtures graph;

    @BeforeEach
    void service() {
        graph = new GraphFixtures(fixtures, entities, jdbc, cipher, events);
    }

    @Test
    void aMistypedPhoneWithTheSameNameAndCityIsLinkedSameAsWithItsEvidence() {
        List<UUID> ids = graph.importAds(
                graph.newImport(),
                T0,
                true,
                new Ad("Jade", "Ask for Jade, new in town, friendly", "Hamilton", T0, List.of(phone("+19055550142"))),
                new Ad(
                        "Hello",
                        "Relaxing evenings downtown. Ask for Jade",
                        "Hamilton",
                        T0,
                        List.of(phone("+19055550143"))),
                new Ad(
                        "Hello",
                        "Relaxing evenings downtown. Ask for Mia",
                        "London",
                        T0,
                        List.of(phone("+15195550177"))));
        assertThat(graph.links(ids.get(0), ids.get(1), LinkKind.SAME_AS)).isOne();
        assertThat(graph.linkEvidence(ids.get(0), ids.get(1), LinkKind.SAME_AS))
                .contains("\"name\": \"exact\"")
                .contains("\"city\": \"exact\"")
                .containsPattern("\"phone\": \"(close|similar)\"")
                .contains("\"probability\"")
                .contains("\"weight\"");
        assertThat(graph.links(ids.get(1), ids.get(2), LinkKind.SAME_AS)).isZero();
        assertThat(graph.links(ids.get(0), ids.get(2), LinkKind.SAME_AS)).isZero();
    }

    @Test
    void aNetworkGathersAdsThroughSharedPhonesNearDuplicatesAndSameAsWithinItsServiceAndCap() {
        List<UUID> ids = graph.importAds(
                graph.newImport(),
                T0,
                true,
                new Ad("A", TextSignaturesTests.TEMPLATE, "Toronto", T0, List.of(phone("+14165550101"))),
                new Ad("B", TextSignaturesTests.EDITED, "Ottawa", T0, List.of(phone("+16135550102"))),
                new Ad("C", "Quiet studio near the station, ask for Lee", "Ottawa", T0, List.of(phone("+16135550102"))),
                new Ad("D", TextSignaturesTests.UNRELATED, "Ottawa", T0, List.of(phone("+16135550999"))));
        UUID phone = entities.find(graph.police.id(), EntityKind.PHONE, "+16135550102")
                .orElseThrow()
                .id();
        Network network = networks.of(graph.police.id(), ids.get(0), 100);
        assertThat(network.ids(EntityKind.AD)).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2));
        assertThat(network.ids(EntityKind.PHONE)).contains(phone);
        assertThat(network.nodes().get(0).id()).isEqualTo(ids.get(0));
        assertThat(network.links()).anyMatch(l -> l.kind() == LinkKind.NEAR_DUPLICATE);
        assertThat(network.truncated()).isFalse();

        Network mentionsOnly = networks.of(graph.police.id(), ids.get(0), 100, EnumSet.of(LinkKind.MENTIONS));
        assertThat(mentionsOnly.ids(EntityKind.AD)).containsExactly(ids.get(0));

        Network capped = networks.of(graph.police.id(), ids.get(0), 2);
        assertThat(capped.nodes()).hasSize(2);
        assertThat(capped.truncated()).isTrue();

        UUID otherService = new GraphFixtures(fixtures, entities, jdbc, cipher, events).police.id();
        assertThat(networks.of(otherService, ids.get(0), 100).nodes()).isEmpty();
    }
}
