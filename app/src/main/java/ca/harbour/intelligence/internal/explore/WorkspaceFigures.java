package ca.harbour.intelligence.internal.explore;

import ca.harbour.identity.SqlPredicate;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.platform.crypto.FieldCipher;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the workspace's home: counts, recent imports, the identifiers with the most links and the clusters of
 * flagged ads, each filtered by the viewer's access predicate on the row's police service.
 */
@Repository
public class WorkspaceFigures {

    /** How much the service holds; tips counts those still to be worked (received or under review). */
    public record Counts(long ads, long entities, long imports, long openTips) {}

    /** One upload of ads as the home lists it. */
    public record RecentImport(
            UUID id, String format, String status, Instant startedAt, int linesRead, int adsNew, int rejected) {}

    /** An identifier and how many links name it. */
    public record Connected(
            UUID id, EntityKind kind, @Nullable String label, long links) {}

    /** A cluster of near-duplicate ads, how many of them carry flags, and one ad of it to open. */
    public record FlaggedCluster(UUID clusterId, long ads, long flagged, UUID sampleAd) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    WorkspaceFigures(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * The counts; {@code scope} filters on {@code x.police_org_id} of each table and {@code tips} on the tips'
     * {@code x.police_org_id} under the inbox's permission.
     */
    public Counts counts(SqlPredicate scope, SqlPredicate tips) {
        String s = scope.sql();
        return jdbc.sql("select (select count(*) from intel_ad x where " + s + "),"
                        + " (select count(*) from intel_entity x where " + s + " and x.kind not in ('AD', 'TIP')),"
                        + " (select count(*) from intel_import x where " + s + "),"
                        + " (select count(*) from police_tip x where "
                        + tips.sql().replace(":scope_org", ":tips_org")
                        + " and x.status in ('RECEIVED', 'UNDER_REVIEW'))")
                .params(scope.params())
                .params(renamed(tips))
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    public List<RecentImport> recentImports(SqlPredicate scope, int limit) {
        return jdbc.sql("select x.id, x.format, x.status, x.started_at, x.lines_read, x.ads_new, x.lines_rejected"
                        + " from intel_import x where " + scope.sql() + " order by x.started_at desc limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query((rs, n) -> new RecentImport(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list();
    }

    /** Links read in full to find the most connected identifiers; above this a sample of the table is read. */
    static final int SCAN_LIMIT = 20_000;

    /**
     * The phones, e-mails and handles named by the most links. On a large table the candidates come from a random
     * sample of about {@link #SCAN_LIMIT} links (an identifier named thousands of times is all but sure to be in
     * it); their counts are then exact, read through the index on the link's target.
     */
    public List<Connected> mostConnected(SqlPredicate scope, int limit) {
        double rows = jdbc.sql("select greatest(reltuples, 0) from pg_class where relname = 'intel_link'")
                .query(Double.class)
                .optional()
                .orElse(0d);
        if (rows > SCAN_LIMIT) {
            String sample =
                    String.format(Locale.ROOT, "intel_link l tablesample system (%.4f)", 100d * SCAN_LIMIT / rows);
            List<Connected> sampled = mostConnected(scope, limit, sample);
            if (sampled.size() >= limit) {
                return sampled;
            }
            // a service with few links on a large shared table: its sample is too thin, so read them all
        }
        return mostConnected(scope, limit, "intel_link l");
    }

    private List<Connected> mostConnected(SqlPredicate scope, int limit, String links) {
        return jdbc.sql("with c as (select l.to_id from " + links
                        + " join intel_entity x on x.id = l.to_id where x.kind in ('PHONE', 'EMAIL', 'HANDLE') and "
                        + scope.sql() + " group by l.to_id order by count(*) desc limit :candidates)"
                        + " select x.id, x.kind, x.label,"
                        + " (select count(*) from intel_link k where k.to_id = c.to_id) as n"
                        + " from c join intel_entity x on x.id = c.to_id order by n desc, x.id limit :limit")
                .params(scope.params())
                .param("candidates", limit * 3)
                .param("limit", limit)
                .query((rs, n) -> new Connected(
                        rs.getObject(1, UUID.class),
                        EntityKind.valueOf(rs.getString(2)),
                        cipher.decrypt(rs.getBytes(3), EntityKind.LABEL),
                        rs.getLong(4)))
                .list();
    }

    /** The clusters with flagged ads, largest first. */
    public List<FlaggedCluster> flaggedClusters(SqlPredicate scope, int limit) {
        return jdbc.sql("select sig.cluster_id, count(*), count(*) filter (where cardinality(x.flags) > 0),"
                        + " min(x.id::text) from intel_ad x join intel_ad_signature sig on sig.ad_id = x.id"
                        + " where sig.cluster_id is not null and " + scope.sql()
                        + " group by sig.cluster_id having count(*) filter (where cardinality(x.flags) > 0) > 0"
                        + " order by 3 desc, 2 desc, 1 limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query((rs, n) -> new FlaggedCluster(
                        rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), UUID.fromString(rs.getString(4))))
                .list();
    }

    private static Map<String, Object> renamed(SqlPredicate tips) {
        Map<String, Object> params = new HashMap<>();
        tips.params().forEach((k, v) -> params.put("scope_org".equals(k) ? "tips_org" : k, v));
        return params;
    }
}
