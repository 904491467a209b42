package ca.harbour.intelligence.graph;

import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.graph.CrossAdFlags;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.EntityResolution;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.intelligence.internal.graph.NearDuplicates;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures (asserts nothing) clustering, entity resolution and cross-ad flags on generated ads: networks of ten
 * ads sharing a template with edits and a phone, over ten cities. Run on its own with
 * {@code -Dtest=GraphThroughputMeasure -Dharbour.measure.ads=50000}; it prints its figures.
 */
@HarbourTest
@EnabledIfSystemProperty(named = "harbour.measure.ads", matches = "\\d+")
class GraphThroughputMeasure {

    private static final int BATCH = 5000;
    private static final String[] CITIES = {
        "Toronto", "Ottawa", "Hamilton", "London", "Windsor", "Kingston", "Sudbury", "Barrie", "Guelph", "Oshawa"
    };

    @Autowired
    Fixtures fixtures;

    @Autowired
    Entities entities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FieldCipher cipher;

    @Autowired
    NearDuplicates nearDuplicates;

    @Autowired
    EntityResolution resolution;

    @Autowired
    CrossAdFlags flags;

    @Test
    void measure() {
        int total = Integer.parseInt(System.getProperty("harbour.measure.ads"));
        UUID police = fixtures.organization(OrganizationType.POLICE_SERVICE).id();
        UUID user = Fixtures.principal(
                        fixtures.staff(fixtures.organization(OrganizationType.POLICE_SERVICE), Role.POLICE_ANALYST))
                .userId();
        UUID importId = UUID.randomUUID();
        jdbc.update(
                "insert into intel_import (id, police_org_id, imported_by, format) values (?, ?, ?, 'JSONL')",
                importId,
                police,
                user);
        Random random = new Random(19);
        String[] vocabulary = new String[3000];
        String syllables = "ka lo mi ne ra su te vi do pa ri ho la me no si tu be fa go";
        String[] s = syllables.split(" ");
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = s[random.nextInt(s.length)] + s[random.nextInt(s.length)] + s[random.nextInt(s.length)];
        }
        long insertNanos = 0;
        long clusterNanos = 0;
        long resolveNanos = 0;
        int pairs = 0;
        String[] template = null;
        String phone = null;
        Map<Integer, String[]> templates = new HashMap<>();
        for (int done = 0; done < total; done += BATCH) {
            int n = Math.min(BATCH, total - done);
            long t0 = System.nanoTime();
            List<UUID> ids = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            List<NewEntity> ads = new ArrayList<>();
            Map<String, UUID> adIds = new HashMap<>();
            List<NewEntity> phones = new ArrayList<>();
            List<String> phoneOf = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = done + i;
                if (k % 10 == 0) {
                    template = new String[40];
                    for (int w = 0; w < template.length; w++) {
                        template[w] = vocabulary[random.nextInt(vocabulary.length)];
                    }
                    templates.put(k / 10, template);
                    phone = "+1416" + (1000000 + random.nextInt(8999999));
                }
                String[] words = template.clone();
                for (int e = 0; e < 3; e++) {
                    words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
                }
                String body = String.join(" ", words) + " call " + phone;
                UUID id = UUID.randomUUID();
                ids.add(id);
                NewEntity ad = new NewEntity(EntityKind.AD, "measure:" + id, null, null);
                ads.add(ad);
                adIds.put(ad.key(), id);
                phones.add(new NewEntity(EntityKind.PHONE, phone, phone, null));
                phoneOf.add(phone);
                rows.add(new Object[] {
                    id,
                    police,
                    id.toString(),
                    Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86400L * random.nextInt(60))),
                    CITIES[random.nextInt(CITIES.length)],
                    cipher.encrypt("Ad " + k, IntelligenceContributions.AD_TITLE),
                    cipher.encrypt(body, IntelligenceContributions.AD_BODY),
                    importId
                });
            }
            entities.upsert(police, ads, adIds, false);
            jdbc.batchUpdate("""
                    insert into intel_ad (id, police_org_id, site, source_id, posted_at, city, title, body,
                                          content_hash, import_id)
                    values (?, ?, 'measure', ?, ?, ?, ?, ?, '\\x01', ?)""", rows);
            Map<String, UUID> phoneIds = entities.upsert(police, phones, Map.of(), false);
            List<NewLink> links = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                links.add(new NewLink(
                        ids.get(i), phoneIds.get("PHONE:" + phoneOf.get(i)), LinkKind.MENTIONS, null, "{}", null));
            }
            entities.link(links);
            long t1 = System.nanoTime();
            pairs += nearDuplicates.cluster(police, ids).pairs();
            long t2 = System.nanoTime();
            resolution.ads(police, ids);
            long t3 = System.nanoTime();
            insertNanos += t1 - t0;
            clusterNanos += t2 - t1;
            resolveNanos += t3 - t2;
        }
        long t4 = System.nanoTime();
        int flagged = flags.apply(importId, police);
        long flagNanos = System.nanoTime() - t4;
        Integer clusters = jdbc.queryForObject(
                "select count(distinct cluster_id) from intel_ad_signature where police_org_id = ?",
                Integer.class,
                police);
        Integer clustered = jdbc.queryForObject(
                "select count(*) from intel_ad_signature where police_org_id = ? and cluster_id is not null",
                Integer.class,
                police);
        // planted: one cluster per ten ads; a cluster mixing two networks would show as fewer clusters
        Integer mixed = jdbc.queryForObject("""
                select count(*) from (select s.cluster_id from intel_ad_signature s
                  join intel_link l on l.from_id = s.ad_id and l.kind = 'MENTIONS'
                 where s.police_org_id = ? and s.cluster_id is not null
                 group by s.cluster_id having count(distinct l.to_id) > 1) x""", Integer.class, police);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "MEASURE ads=%d insert=%.1fs cluster=%.1fs (%.0f ads/s) resolve=%.1fs (%.0f ads/s) flags=%.1fs"
                        + " pairs=%d clusters=%d clustered=%d mixedClusters=%d flagged=%d heapUsedMB=%d%n",
                total,
                insertNanos / 1e9,
                clusterNanos / 1e9,
                total / (clusterNanos / 1e9),
                resolveNanos / 1e9,
                total / (resolveNanos / 1e9),
                flagNanos / 1e9,
                pairs,
                clusters,
                clustered,
                mixed,
                flagged,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
