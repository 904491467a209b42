package ca.harbour.intelligence.graph;

import static org.awaitility.Awaitility.await;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.ads.AdsImported;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ads of a police service as the import stores them (an AD entity, the encrypted ad, MENTIONS links to the
 * identifiers it names), written directly so the graph's tests do not depend on the import; and their imports'
 * events.
 */
final class GraphFixtures {

    private final Entities entities;
    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    final Organization police;
    private final UUID analyst;

    GraphFixtures(
            Fixtures fixtures,
            Entities entities,
            JdbcTemplate jdbc,
            FieldCipher cipher,
            ApplicationEventPublisher events) {
        this.entities = entities;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.events = events;
        this.police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        this.analyst =
                Fixtures.principal(fixtures.staff(police, Role.POLICE_ANALYST)).userId();
    }

    /** An ad to store: its text, city, when posted, and the normalised identifiers it names. */
    record Ad(String title, String body, @Nullable String city, Instant postedAt, List<NewEntity> mentions) {}

    static NewEntity phone(String e164) {
        return new NewEntity(EntityKind.PHONE, e164, e164, null);
    }

    static NewEntity handle(String h) {
        return new NewEntity(EntityKind.HANDLE, h, "@" + h, null);
    }

    UUID newImport() {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into intel_import (id, police_org_id, imported_by, format) values (?, ?, ?, 'JSONL')",
                id,
                police.id(),
                analyst);
        return id;
    }

    /** Stores the ads as one import's batch at {@code importedAt}, publishes its event, and answers their ids. */
    List<UUID> importAds(UUID importId, Instant importedAt, boolean last, Ad... ads) {
        List<UUID> ids = new ArrayList<>();
        List<NewLink> links = new ArrayList<>();
        for (Ad ad : ads) {
            UUID id = UUID.randomUUID();
            NewEntity entity = new NewEntity(EntityKind.AD, "test:" + id, ad.title(), ad.postedAt());
            entities.upsert(police.id(), List.of(entity), Map.of(entity.key(), id), false);
            jdbc.update(
                    """
                    insert into intel_ad (id, police_org_id, site, source_id, posted_at, city, title, body,
                                          content_hash, import_id, imported_at)
                    values (?, ?, 'test', ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id,
                    police.id(),
                    id.toString(),
                    Timestamp.from(ad.postedAt()),
                    ad.city(),
                    cipher.encrypt(ad.title(), IntelligenceContributions.AD_TITLE),
                    cipher.encrypt(ad.body(), IntelligenceContributions.AD_BODY),
                    new byte[] {1},
                    importId,
                    Timestamp.from(importedAt));
            Map<String, UUID> mentioned = entities.upsert(police.id(), ad.mentions(), Map.of(), false);
            for (UUID to : mentioned.values()) {
                links.add(new NewLink(id, to, LinkKind.MENTIONS, null, "{}", ad.postedAt()));
            }
            ids.add(id);
        }
        entities.link(links);
        events.publishEvent(new AdsImported(importId, police.id(), ids, last));
        if (last) {
            awaitFlagged(importId);
        }
        return ids;
    }

    /** Waits until the import's cross-ad flags were added (after it, on a thread of their own). */
    void awaitFlagged(UUID importId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                        "select flagged_at is not null from intel_import where id = ?", Boolean.class, importId));
    }

    @Nullable
    UUID cluster(UUID ad) {
        return jdbc.queryForObject(
                "select (select cluster_id from intel_ad_signature where ad_id = ?)", UUID.class, ad);
    }

    List<String> flags(UUID ad) {
        return List.of((String[]) jdbc.queryForObject(
                "select flags from intel_ad where id = ?",
                (rs, n) -> rs.getArray(1).getArray(),
                ad));
    }

    String evidence(UUID ad) {
        return jdbc.queryForObject("""
                select intel_ad_flag_evidence(a.id, s.cluster_id, a.flag_evidence, a.flags)::text
                  from intel_ad a left join intel_ad_signature s on s.ad_id = a.id where a.id = ?""", String.class, ad);
    }

    int links(UUID a, UUID b, LinkKind kind) {
        return jdbc.queryForObject(
                "select count(*) from intel_link where kind = ? and ((from_id = ? and to_id = ?)"
                        + " or (from_id = ? and to_id = ?))",
                Integer.class,
                kind.name(),
                a,
                b,
                b,
                a);
    }

    String linkEvidence(UUID a, UUID b, LinkKind kind) {
        return jdbc.queryForObject(
                "select evidence::text from intel_link where kind = ? and ((from_id = ? and to_id = ?)"
                        + " or (from_id = ? and to_id = ?))",
                String.class,
                kind.name(),
                a,
                b,
                b,
                a);
    }
}
