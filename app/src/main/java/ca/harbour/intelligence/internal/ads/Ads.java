package ca.harbour.intelligence.internal.ads;

import ca.harbour.identity.SqlPredicate;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.platform.crypto.FieldCipher;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of ads: batched writes of an import (one statement a batch), the service's list and one ad. */
@Repository
public class Ads {

    /** An ad to write; {@code flagEvidence} is JSON of the flags' trigger words. */
    public record NewAd(
            UUID id,
            String site,
            String sourceId,
            @Nullable Instant postedAt,
            @Nullable String city,
            @Nullable BigDecimal price,
            String title,
            String body,
            byte[] contentHash,
            List<String> imageHashes,
            List<Integer> ages,
            List<String> flags,
            String flagEvidence) {}

    /** An ad already stored: its id and content hash. */
    public record Stored(UUID id, byte[] contentHash) {}

    /** An ad as the analyst sees it, title and body decrypted. */
    public record Ad(
            UUID id,
            UUID policeOrganizationId,
            String site,
            String sourceId,
            @Nullable Instant postedAt,
            @Nullable String city,
            @Nullable BigDecimal price,
            String title,
            String body,
            List<String> imageHashes,
            List<Integer> ages,
            List<String> flags,
            Map<String, FlagEvidence> flagEvidence,
            @Nullable UUID clusterId,
            @Nullable UUID importId,
            Instant importedAt,
            boolean demo) {}

    /** A filter of the ads list; blank parts do not filter. */
    public record Filter(
            @Nullable String city,
            @Nullable String flag,
            @Nullable Instant from,
            @Nullable Instant to) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FieldCipher cipher;

    Ads(JdbcClient jdbc, JdbcTemplate template, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.template = template;
        this.cipher = cipher;
    }

    /** The stored ads of the service among these pairs of site and ad id, keyed by site, a slash and the id. */
    public Map<String, Stored> existing(UUID org, List<String> sites, List<String> sourceIds) {
        Map<String, Stored> out = new HashMap<>();
        if (sites.isEmpty()) {
            return out;
        }
        template.execute((Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select a.site, a.source_id, a.id, a.content_hash from intel_ad a
                      join unnest(?::text[], ?::text[]) as k(site, source_id)
                        on a.site = k.site and a.source_id = k.source_id
                     where a.police_org_id = ?""")) {
                s.setArray(1, c.createArrayOf("text", sites.toArray()));
                s.setArray(2, c.createArrayOf("text", sourceIds.toArray()));
                s.setObject(3, org);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(
                                rs.getString(1) + "/" + rs.getString(2),
                                new Stored(rs.getObject(3, UUID.class), rs.getBytes(4)));
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** The advisory lock space of {@link #lockRewrites}: another than the clustering lock's single keys. */
    private static final int REWRITES = 0x1AD5;

    /**
     * Serialises rewriting a police service's stored ads: an import replacing the ads whose text changed, and a
     * pass adding cross-ad flags. Each takes it before its first ad row, so that neither holds rows the other waits
     * for while it waits for one the other holds (a deadlock: the database would cancel one, perhaps the import's
     * batch). Held until the transaction ends; an import of new ads only needs none.
     */
    public void lockRewrites(UUID policeOrg) {
        jdbc.sql("select pg_advisory_xact_lock(:space, :org)")
                .param("space", REWRITES)
                .param("org", policeOrg.hashCode())
                .query((rs, n) -> 1)
                .list();
    }

    /** Writes ads in one statement: new ones inserted, known ones (same service, site and id) replaced. */
    public void upsert(UUID org, UUID importId, List<NewAd> ads, boolean demo) {
        if (ads.isEmpty()) {
            return;
        }
        int n = ads.size();
        Object[][] columns = {
            new UUID[n],
            new String[n],
            new String[n],
            new Timestamp[n],
            new String[n],
            new BigDecimal[n],
            new byte[n][],
            new byte[n][],
            new byte[n][],
            new String[n],
            new String[n],
            new String[n],
            new String[n]
        };
        for (int i = 0; i < n; i++) {
            NewAd a = ads.get(i);
            columns[0][i] = a.id();
            columns[1][i] = a.site();
            columns[2][i] = a.sourceId();
            columns[3][i] = a.postedAt() == null ? null : Timestamp.from(a.postedAt());
            columns[4][i] = a.city();
            columns[5][i] = a.price();
            columns[6][i] = a.title().isEmpty() ? null : cipher.encrypt(a.title(), IntelligenceContributions.AD_TITLE);
            columns[7][i] = a.body().isEmpty() ? null : cipher.encrypt(a.body(), IntelligenceContributions.AD_BODY);
            columns[8][i] = a.contentHash();
            columns[9][i] = String.join(
                    ",", a.imageHashes().stream().map(h -> h.replace(",", "")).toList());
            columns[10][i] =
                    String.join(",", a.ages().stream().map(String::valueOf).toList());
            columns[11][i] = String.join(",", a.flags());
            columns[12][i] = a.flagEvidence();
        }
        String[] types = {
            "uuid",
            "text",
            "text",
            "timestamptz",
            "text",
            "numeric",
            "bytea",
            "bytea",
            "bytea",
            "text",
            "text",
            "text",
            "text"
        };
        template.execute((Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into intel_ad as a (id, police_org_id, site, source_id, posted_at, city, price, title, body,
                                               content_hash, image_hashes, ages, flags, flag_evidence, import_id,
                                               imported_at, demo)
                    select u.id, ?, u.site, u.source_id, u.posted_at, u.city, u.price, u.title, u.body, u.content_hash,
                           string_to_array(u.images, ','), string_to_array(u.ages, ',')::smallint[],
                           string_to_array(u.flags, ','), u.evidence::jsonb, ?, now(), ?
                      from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::numeric[],
                                  ?::bytea[], ?::bytea[], ?::bytea[], ?::text[], ?::text[], ?::text[], ?::text[])
                           as u(id, site, source_id, posted_at, city, price, title, body, content_hash, images, ages,
                                flags, evidence)
                    on conflict (police_org_id, site, source_id) do update
                       set posted_at = excluded.posted_at, city = excluded.city, price = excluded.price,
                           title = excluded.title, body = excluded.body, content_hash = excluded.content_hash,
                           image_hashes = excluded.image_hashes, ages = excluded.ages, flags = excluded.flags,
                           flag_evidence = excluded.flag_evidence, import_id = excluded.import_id,
                           imported_at = excluded.imported_at""")) {
                s.setObject(1, org);
                s.setObject(2, importId);
                s.setBoolean(3, demo);
                for (int k = 0; k < columns.length; k++) {
                    s.setArray(4 + k, c.createArrayOf(types[k], columns[k]));
                }
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Removes what these ads were found to mention, before their changed text is read again. */
    public void forgetMentions(List<UUID> ads) {
        if (ads.isEmpty()) {
            return;
        }
        template.execute((Connection c) -> {
            try (PreparedStatement s =
                    c.prepareStatement("delete from intel_link where kind = 'MENTIONS' and from_id = any(?::uuid[])")) {
                s.setArray(1, c.createArrayOf("uuid", ads.toArray()));
                s.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Ad> find(UUID id) {
        return jdbc.sql(COLUMNS + " where a.id = :id")
                .param("id", id)
                .query((rs, n) -> ad(rs))
                .optional();
    }

    /** One page of the ads the predicate lets the viewer see, newest first, and one more to tell a next page. */
    public List<Ad> list(SqlPredicate scope, Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where ").append(scope.sql());
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        if (filter.city() != null && !filter.city().isBlank()) {
            sql.append(" and a.city = :city");
            params.put("city", filter.city());
        }
        if (filter.flag() != null && !filter.flag().isBlank()) {
            sql.append(" and :flag = any(a.flags)");
            params.put("flag", filter.flag());
        }
        if (filter.from() != null) {
            sql.append(" and a.posted_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and a.posted_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        sql.append(" order by a.posted_at desc nulls last, a.id limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> ad(rs)).list();
    }

    /** An identifier an ad mentions, label decrypted, with where and how it was written. */
    public record Mention(
            UUID entityId, String kind, @Nullable String label, String where, String how) {}

    /** What an ad was found to mention, by kind then label. */
    public List<Mention> mentions(UUID ad) {
        List<Mention> out = jdbc.sql("""
                        select e.id, e.kind, e.label, l.evidence ->> 'where', l.evidence ->> 'how'
                          from intel_link l join intel_entity e on e.id = l.to_id
                         where l.from_id = :ad and l.kind = 'MENTIONS'""")
                .param("ad", ad)
                .query((rs, n) -> new Mention(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        cipher.decrypt(rs.getBytes(3), EntityKind.LABEL),
                        String.valueOf(rs.getString(4)),
                        String.valueOf(rs.getString(5))))
                .list();
        return out.stream()
                .sorted(Comparator.comparing(Mention::kind).thenComparing(m -> String.valueOf(m.label())))
                .toList();
    }

    /** The cities the service's ads name, for the list's filter. */
    public List<String> cities(SqlPredicate scope) {
        return jdbc.sql("select distinct a.city from intel_ad a where a.city is not null and " + scope.sql()
                        + " order by a.city limit 500")
                .params(scope.params())
                .query(String.class)
                .list();
    }

    private static final String COLUMNS = """
            select a.id, a.police_org_id, a.site, a.source_id, a.posted_at, a.city, a.price, a.title, a.body,
                   a.image_hashes, a.ages, a.flags,
                   intel_ad_flag_evidence(a.id, sig.cluster_id, a.flag_evidence, a.flags)::text, sig.cluster_id, a.import_id, a.imported_at,
                   a.demo
              from intel_ad a left join intel_ad_signature sig on sig.ad_id = a.id""";

    private Ad ad(ResultSet rs) throws SQLException {
        Timestamp posted = rs.getTimestamp(5);
        String title = cipher.decrypt(rs.getBytes(8), IntelligenceContributions.AD_TITLE);
        String body = cipher.decrypt(rs.getBytes(9), IntelligenceContributions.AD_BODY);
        List<Integer> ages = new ArrayList<>();
        for (Object age : (Object[]) rs.getArray(11).getArray()) {
            ages.add(((Number) age).intValue());
        }
        return new Ad(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                posted == null ? null : posted.toInstant(),
                rs.getString(6),
                rs.getBigDecimal(7),
                title == null ? "" : title,
                body == null ? "" : body,
                Arrays.asList((String[]) rs.getArray(10).getArray()),
                ages,
                Arrays.asList((String[]) rs.getArray(12).getArray()),
                FlagEvidence.parse(rs.getString(13)),
                rs.getObject(14, UUID.class),
                rs.getObject(15, UUID.class),
                rs.getTimestamp(16).toInstant(),
                rs.getBoolean(17));
    }
}
