package ca.harbour.intelligence.graph;

import static ca.harbour.intelligence.graph.GraphFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.graph.GraphFixtures.Ad;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links, ads and signatures do not check the row they belong to as they are written (V22_1, V22_2), but removing
 * entities still removes their ads (with their signatures) and every link from or to them, as the foreign keys'
 * cascades did.
 */
@HarbourTest
class EntityRemovalIntegrationTests {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

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

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void removingAnEntityRemovesItsAdAndTheLinksFromAndToIt() {
        GraphFixtures graph = new GraphFixtures(fixtures, entities, jdbc, cipher, events);
        String text = "Sweet and discreet, new in town, call me any time for a quiet evening together";
        List<UUID> ads = graph.importAds(
                graph.newImport(),
                T0,
                false,
                new Ad("First", text, "Toronto", T0, List.of(phone("+14165550188"))),
                new Ad("Second", text + " tonight", "Ottawa", T0, List.of(phone("+14165550188"))));
        UUID first = ads.get(0);
        UUID second = ads.get(1);
        UUID number = jdbc.queryForObject(
                "select to_id from intel_link where from_id = ? and kind = ?", UUID.class, first, "MENTIONS");
        assertThat(graph.links(first, second, LinkKind.NEAR_DUPLICATE)).isEqualTo(1);

        jdbc.update("delete from intel_entity where id = ?", first);
        assertThat(count("select count(*) from intel_ad where id = ?", first)).isZero();
        assertThat(count("select count(*) from intel_ad_signature where ad_id = ?", first))
                .isZero();
        assertThat(count("select count(*) from intel_link where ? in (from_id, to_id)", first))
                .isZero();
        assertThat(count("select count(*) from intel_link where from_id = ?", second))
                .as("the other ad keeps its own links")
                .isEqualTo(1);

        jdbc.update("delete from intel_entity where id = ?", number);
        assertThat(count("select count(*) from intel_link where ? in (from_id, to_id)", number))
                .isZero();
        assertThat(count("select count(*) from intel_ad where id = ?", second)).isEqualTo(1);
    }
}
