package ca.harbour.intelligence.explore;

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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds a small graph of one police service for a test: identifiers, ads (with their rows), tips and links. */
final class ExploreGraph {

    private final Entities entities;
    private final JdbcTemplate jdbc;
    private final UUID org;

    ExploreGraph(Entities entities, JdbcTemplate jdbc, UUID org) {
        this.entities = entities;
        this.jdbc = jdbc;
        this.org = org;
    }

    static Instant day(String date) {
        return LocalDate.parse(date)
                .atTime(12, 0)
                .atZone(ZoneId.of("America/Toronto"))
                .toInstant();
    }

    UUID entity(EntityKind kind, String normalised, @Nullable String label, @Nullable Instant seen) {
        NewEntity e = new NewEntity(kind, normalised, label, seen);
        return entities.upsert(org, List.of(e), Map.of(), false).get(e.key());
    }

    /** An ad (its entity and its row) posted on {@code date} in {@code city}, with flags. */
    UUID ad(String city, String date, String... flags) {
        UUID id = UUID.randomUUID();
        String source = id.toString().substring(0, 8);
        NewEntity e = new NewEntity(EntityKind.AD, "test-site:" + source, "Ad " + source, day(date));
        entities.upsert(org, List.of(e), Map.of(e.key(), id), false);
        jdbc.update(
                "insert into intel_ad (id, police_org_id, site, source_id, posted_at, city, content_hash, flags)"
                        + " values (?, ?, 'test-site', ?, ?, ?, ?, ?)",
                id,
                org,
                source,
                Timestamp.from(day(date)),
                city,
                source.getBytes(),
                flags);
        return id;
    }

    void link(UUID from, UUID to, LinkKind kind, @Nullable Double score, String evidence, @Nullable Instant seen) {
        entities.link(List.of(new NewLink(from, to, kind, score, evidence, seen)));
    }

    void mentions(UUID from, UUID to, String date) {
        link(from, to, LinkKind.MENTIONS, null, "{}", day(date));
    }
}
