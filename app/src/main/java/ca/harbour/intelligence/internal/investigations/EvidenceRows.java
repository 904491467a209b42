package ca.harbour.intelligence.internal.investigations;

import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.platform.crypto.FieldCipher;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of an evidence package: which entities it holds (the pinned ones, and the ads and tips linked to them,
 * each capped), their rows, and the links among them. Ads are read through a cursor, a few hundred at a time.
 */
@Repository
class EvidenceRows {

    /** An entity of the package; {@code total} is how many of its kind the cap chose from. */
    record Item(UUID id, EntityKind kind, boolean pinned, long total) {}

    /** An entity's row, label decrypted. */
    record EntityRow(
            UUID id,
            EntityKind kind,
            @Nullable String label,
            boolean pinned,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen) {}

    /** An ad's row, title and body decrypted; flag evidence is the stored JSON (codes and numbers). */
    record AdRow(
            UUID id,
            String site,
            String sourceId,
            @Nullable Instant postedAt,
            @Nullable String city,
            @Nullable BigDecimal price,
            @Nullable String title,
            @Nullable String body,
            List<String> flags,
            String flagEvidence,
            List<Integer> ages,
            @Nullable UUID clusterId,
            @Nullable UUID importId,
            Instant importedAt) {}

    /** A link's row; evidence is the stored JSON (codes and numbers, never text). */
    record LinkRow(
            UUID from,
            UUID to,
            String kind,
            @Nullable Double score,
            String evidence,
            @Nullable Instant seenAt) {}

    private static final int FETCH = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate cursor;
    private final FieldCipher cipher;

    EvidenceRows(JdbcClient jdbc, DataSource dataSource, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH);
        this.cipher = cipher;
    }

    /** The pinned entities, and up to {@code ads} ads and {@code tips} tips linked to them, most recent first. */
    List<Item> items(UUID investigation, UUID policeOrg, int ads, int tips) {
        return jdbc.sql("""
                with pinned as (select entity_id as id from intel_investigation_entity where investigation_id = :inv),
                     near as (select l.to_id as id from intel_link l join pinned p on l.from_id = p.id
                              union select l.from_id from intel_link l join pinned p on l.to_id = p.id),
                     candidates as (
                       select e.id, e.kind, e.last_seen, e.id in (select id from pinned) as pinned
                         from intel_entity e
                        where e.police_org_id = :org
                          and (e.id in (select id from pinned)
                               or (e.kind in ('AD', 'TIP') and e.id in (select id from near)))),
                     ranked as (
                       select c.id, c.kind, c.pinned,
                              row_number() over (partition by c.pinned, c.kind
                                                 order by c.last_seen desc nulls last, c.id) as rn,
                              count(*) over (partition by c.pinned, c.kind) as total
                         from candidates c)
                select id, kind, pinned, total from ranked
                 where pinned or (kind = 'AD' and rn <= :ads) or (kind = 'TIP' and rn <= :tips)
                 order by pinned desc, kind, rn""")
                .param("inv", investigation)
                .param("org", policeOrg)
                .param("ads", ads)
                .param("tips", tips)
                .query((rs, n) -> new Item(
                        rs.getObject(1, UUID.class),
                        EntityKind.valueOf(rs.getString(2)),
                        rs.getBoolean(3),
                        rs.getLong(4)))
                .list();
    }

    List<EntityRow> entities(UUID policeOrg, List<Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        UUID[] pinned = items.stream().filter(Item::pinned).map(Item::id).toArray(UUID[]::new);
        return jdbc.sql("""
                select e.id, e.kind, e.label, e.id = any(:pinned), e.first_seen, e.last_seen from intel_entity e
                 where e.police_org_id = :org and e.id = any(:ids)
                 order by e.id = any(:pinned) desc, e.kind, e.first_seen nulls last, e.id""")
                .param("org", policeOrg)
                .param("ids", items.stream().map(Item::id).toArray(UUID[]::new))
                .param("pinned", pinned)
                .query((rs, n) -> new EntityRow(
                        rs.getObject(1, UUID.class),
                        EntityKind.valueOf(rs.getString(2)),
                        cipher.decrypt(rs.getBytes(3), EntityKind.LABEL),
                        rs.getBoolean(4),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6))))
                .list();
    }

    /** Hands each ad among {@code ids} to {@code each}, oldest post first, without holding them all. */
    void ads(UUID policeOrg, UUID[] ids, Consumer<AdRow> each) {
        if (ids.length == 0) {
            return;
        }
        cursor.query(
                c -> {
                    PreparedStatement s = c.prepareStatement("""
                            select a.id, a.site, a.source_id, a.posted_at, a.city, a.price, a.title, a.body, a.flags,
                                   intel_ad_flag_evidence(a.id, sig.cluster_id, a.flag_evidence, a.flags)::text,
                                   a.ages, sig.cluster_id, a.import_id, a.imported_at
                              from intel_ad a left join intel_ad_signature sig on sig.ad_id = a.id where a.police_org_id = ? and a.id = any(?)
                             order by a.posted_at nulls last, a.site, a.source_id""");
                    s.setFetchSize(FETCH);
                    s.setObject(1, policeOrg);
                    s.setArray(2, c.createArrayOf("uuid", ids));
                    return s;
                },
                rs -> {
                    each.accept(ad(rs));
                });
    }

    /** The links among {@code ids}, at most {@code max} (ask one more to learn whether the cap cut). */
    List<LinkRow> links(UUID[] ids, int max) {
        if (ids.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                select l.from_id, l.to_id, l.kind, l.score, l.evidence::text, l.seen_at from intel_link l
                 where l.from_id = any(:ids) and l.to_id = any(:ids)
                 order by l.kind, l.from_id, l.to_id limit :max""")
                .param("ids", ids)
                .param("max", max)
                .query((rs, n) -> {
                    double score = rs.getDouble(4);
                    return new LinkRow(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.wasNull() ? null : score,
                            rs.getString(5),
                            instant(rs.getTimestamp(6)));
                })
                .list();
    }

    private AdRow ad(ResultSet rs) throws SQLException {
        return new AdRow(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                instant(rs.getTimestamp(4)),
                rs.getString(5),
                rs.getBigDecimal(6),
                cipher.decrypt(rs.getBytes(7), IntelligenceContributions.AD_TITLE),
                cipher.decrypt(rs.getBytes(8), IntelligenceContributions.AD_BODY),
                strings(rs.getArray(9)),
                rs.getString(10),
                shorts(rs.getArray(11)),
                rs.getObject(12, UUID.class),
                rs.getObject(13, UUID.class),
                rs.getTimestamp(14).toInstant());
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<Integer> shorts(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray())
                .map(n -> ((Number) n).intValue())
                .toList();
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
