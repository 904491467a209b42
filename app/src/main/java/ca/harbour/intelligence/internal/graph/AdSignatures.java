package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of near-duplicate clustering: ads' text to sign, their signatures and band keys, and cluster ids. */
@Repository
class AdSignatures {

    /** Candidates read per band key: a band shared by more ads is a common template, and a few of them suffice. */
    static final int PER_BAND = 64;

    /** An ad's text to sign (decrypted). */
    record AdText(UUID id, String text) {}

    /** A signed ad: its signature, its cluster and when it was imported (the oldest member names a cluster). */
    record Signed(UUID id, int[] signature, @Nullable UUID cluster, Instant importedAt, Instant rootImportedAt) {
        UUID root() {
            return cluster == null ? id : cluster;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FieldCipher cipher;

    AdSignatures(JdbcClient jdbc, JdbcTemplate template, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.template = template;
        this.cipher = cipher;
    }

    /** Serialises clustering within one police service until the transaction ends. */
    void lock(UUID policeOrg) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", policeOrg.getMostSignificantBits() ^ policeOrg.getLeastSignificantBits())
                .query((rs, n) -> 1)
                .list();
    }

    List<AdText> texts(UUID policeOrg, Collection<UUID> ads) {
        return jdbc.sql("select id, title, body from intel_ad where police_org_id = :org and id = any(:ids)")
                .param("org", policeOrg)
                .param("ids", ads.toArray(UUID[]::new))
                .query((rs, n) -> {
                    String title = cipher.decrypt(rs.getBytes(2), IntelligenceContributions.AD_TITLE);
                    String body = cipher.decrypt(rs.getBytes(3), IntelligenceContributions.AD_BODY);
                    return new AdText(rs.getObject(1, UUID.class), TextSignatures.adText(title, body));
                })
                .list();
    }

    /** Records (or replaces) the signatures and adds the band keys of the ads. */
    void store(UUID policeOrg, Map<UUID, int[]> signatures) {
        if (signatures.isEmpty()) {
            return;
        }
        int n = signatures.size();
        UUID[] ids = new UUID[n];
        byte[][] packed = new byte[n][];
        UUID[] bandAds = new UUID[n * TextSignatures.BANDS];
        Long[] bands = new Long[n * TextSignatures.BANDS];
        int i = 0;
        for (Map.Entry<UUID, int[]> e : signatures.entrySet()) {
            ids[i] = e.getKey();
            packed[i] = TextSignatures.pack(e.getValue());
            long[] keys = TextSignatures.bands(policeOrg, e.getValue());
            for (int b = 0; b < keys.length; b++) {
                bandAds[i * TextSignatures.BANDS + b] = e.getKey();
                bands[i * TextSignatures.BANDS + b] = keys[b];
            }
            i++;
        }
        template.execute((Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into intel_ad_signature (ad_id, police_org_id, minhash)
                    select u.id, ?, u.minhash from unnest(?::uuid[], ?::bytea[]) as u(id, minhash)
                    on conflict (ad_id) do update set minhash = excluded.minhash""")) {
                s.setObject(1, policeOrg);
                s.setArray(2, c.createArrayOf("uuid", ids));
                s.setArray(3, c.createArrayOf("bytea", packed));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into intel_ad_band (band, ad_id)
                    select u.band, u.id from unnest(?::int8[], ?::uuid[]) as u(band, id)
                    on conflict do nothing""")) {
                s.setArray(1, c.createArrayOf("int8", bands));
                s.setArray(2, c.createArrayOf("uuid", bandAds));
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The ads holding each band key, at most {@link #PER_BAND} a key. */
    Map<Long, List<UUID>> sharing(Collection<Long> bands) {
        Map<Long, List<UUID>> out = new HashMap<>();
        if (bands.isEmpty()) {
            return out;
        }
        template.execute((Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select u.band, x.ad_id from unnest(?::int8[]) as u(band)
                    cross join lateral (select b.ad_id from intel_ad_band b where b.band = u.band limit ?) x""")) {
                s.setArray(1, c.createArrayOf("int8", bands.toArray()));
                s.setInt(2, PER_BAND);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getObject(2, UUID.class));
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** The signed ads among {@code ads} in the service, with their clusters. */
    Map<UUID, Signed> signed(UUID policeOrg, Collection<UUID> ads) {
        Map<UUID, Signed> out = new HashMap<>();
        jdbc.sql("""
                select s.ad_id, s.minhash, a.cluster_id, a.imported_at, coalesce(r.imported_at, a.imported_at)
                  from intel_ad_signature s
                  join intel_ad a on a.id = s.ad_id
                  left join intel_ad r on r.id = a.cluster_id
                 where s.police_org_id = :org and s.ad_id = any(:ids)""")
                .param("org", policeOrg)
                .param("ids", ads.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    out.put(
                            id,
                            new Signed(
                                    id,
                                    TextSignatures.unpack(rs.getBytes(2)),
                                    rs.getObject(3, UUID.class),
                                    rs.getTimestamp(4).toInstant(),
                                    rs.getTimestamp(5).toInstant()));
                });
        return out;
    }

    /**
     * Moves every ad of the clusters (or lone ads) named as roots into the cluster of their winner; a winner that
     * was a lone ad becomes its own cluster's id.
     */
    void merge(UUID policeOrg, Map<UUID, UUID> winnerByRoot) {
        if (winnerByRoot.isEmpty()) {
            return;
        }
        UUID[] roots = winnerByRoot.keySet().toArray(UUID[]::new);
        UUID[] winners = new UUID[roots.length];
        for (int i = 0; i < roots.length; i++) {
            winners[i] = winnerByRoot.get(roots[i]);
        }
        template.execute((Connection c) -> {
            for (String sql : List.of("""
                    update intel_ad a set cluster_id = w.winner
                      from unnest(?::uuid[], ?::uuid[]) as w(root, winner)
                     where a.cluster_id = w.root and a.police_org_id = ? and a.cluster_id <> w.winner""", """
                    update intel_ad a set cluster_id = w.winner
                      from unnest(?::uuid[], ?::uuid[]) as w(root, winner)
                     where a.id = w.root and a.police_org_id = ? and a.cluster_id is distinct from w.winner""")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setArray(1, c.createArrayOf("uuid", roots));
                    s.setArray(2, c.createArrayOf("uuid", winners));
                    s.setObject(3, policeOrg);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }
}
