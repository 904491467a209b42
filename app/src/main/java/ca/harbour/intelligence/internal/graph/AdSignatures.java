package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.graph.TextSignatures.Signature;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.database.AfterCommit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of near-duplicate clustering: ads' text to sign, their signatures (MinHash in plain, shingles encrypted
 * like the text), band keys and cluster ids (kept on the signature's row, with when the ad joined its cluster); and
 * the MinHash values of the ads most recently signed or read, kept in memory ({@link #RECENT}).
 */
@Repository
class AdSignatures {

    /**
     * Ads kept per band key, its first holders, and read as candidates: a key held by more ads is a common phrase or
     * one large template, whose further holders are strangers or of a cluster already met. On a million synthetic ads
     * ({@code bench/intelligence/near-duplicates.sh}, seed 19) reading 16 instead of 64 compares 27.3 rather than
     * 65.6 million candidate pairs, and the clusters' recall is 0.9990 rather than 0.9991 (precision 0.9996).
     */
    static final int PER_BAND = 16;

    /**
     * Signatures of the most recently signed or read ads kept in memory: the candidates of a new ad are mostly ads
     * signed not long before, and reading their MinHash was the largest read of a bulk import (18 million rows for
     * a million ads, 91 s of the database's time). On a million synthetic ads a cache of 200,000 answers 75% of
     * the reads, 100,000 54% ({@code bench/intelligence/near-duplicates.sh}, {@code -Dcache=}); about 70 MB of heap.
     */
    static final int RECENT = 200_000;

    /** An ad's text to sign (decrypted). */
    record AdText(UUID id, String text) {}

    /**
     * MinHash values by ad, least recently used first out. A value is put once the transaction that stored it
     * commits; the ads of every service share it (an ad id is unique, and its candidates are found through band
     * keys of its own service). MinHash values only narrow the candidates: a pair is linked on the shingles read
     * from the database.
     */
    private final Map<UUID, int[]> recent = new LinkedHashMap<>(RECENT * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, int[]> eldest) {
            return size() > RECENT;
        }
    };

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

    /**
     * Records (or replaces) the signatures of the ads; answers the ads signed for the first time. Their band keys are
     * kept apart ({@link #keepBands}).
     */
    Set<UUID> store(UUID policeOrg, Map<UUID, Signature> signatures) {
        Set<UUID> fresh = new HashSet<>();
        if (signatures.isEmpty()) {
            return fresh;
        }
        int n = signatures.size();
        UUID[] ids = new UUID[n];
        byte[][] packed = new byte[n][];
        byte[][] shingles = new byte[n][];
        int i = 0;
        for (Map.Entry<UUID, Signature> e : signatures.entrySet()) {
            ids[i] = e.getKey();
            packed[i] = TextSignatures.pack(e.getValue().minhash());
            shingles[i] = sealed(e.getValue().shingles());
            i++;
        }
        template.execute((Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into intel_ad_signature (ad_id, police_org_id, minhash, shingles)
                    select u.id, ?, u.minhash, u.shingles
                      from unnest(?::uuid[], ?::bytea[], ?::bytea[]) as u(id, minhash, shingles)
                    on conflict (ad_id) do nothing
                    returning ad_id""")) {
                s.setObject(1, policeOrg);
                s.setArray(2, c.createArrayOf("uuid", ids));
                s.setArray(3, c.createArrayOf("bytea", packed));
                s.setArray(4, c.createArrayOf("bytea", shingles));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            if (fresh.size() < n) {
                // an ad changed since it was signed: its new signature replaces the old, its cluster stays (the
                // rows just inserted hold these very bytes, and are left alone)
                try (PreparedStatement s = c.prepareStatement("""
                        update intel_ad_signature s set minhash = u.minhash, shingles = u.shingles
                          from unnest(?::uuid[], ?::bytea[], ?::bytea[]) as u(id, minhash, shingles)
                         where s.ad_id = u.id and (s.minhash <> u.minhash or s.shingles is distinct from u.shingles)""")) {
                    s.setArray(1, c.createArrayOf("uuid", ids));
                    s.setArray(2, c.createArrayOf("bytea", packed));
                    s.setArray(3, c.createArrayOf("bytea", shingles));
                    s.executeUpdate();
                }
            }
            return null;
        });
        Map<UUID, int[]> minhashes = new HashMap<>();
        signatures.forEach((id, sig) -> minhashes.put(id, sig.minhash()));
        AfterCommit.run(() -> remember(minhashes));
        return fresh;
    }

    private void remember(Map<UUID, int[]> minhashes) {
        synchronized (recent) {
            recent.putAll(minhashes);
        }
    }

    /**
     * Adds the ads holding each band key. An ad signed for the first time ({@code fresh}, under the service's lock)
     * holds no key yet, so its keys are inserted without asking the key's index whether they are there: that
     * question, asked of 5.85 million keys for a million ads, was 30% of their insert's time (50 s of the
     * database's against 35 s without; 1.5 to 2 µs a key on its own, {@code bench/intelligence/row-checks.sh}).
     */
    void keepBands(Map<Long, List<UUID>> holders, Set<UUID> fresh) {
        List<Long> newBands = new ArrayList<>();
        List<UUID> newAds = new ArrayList<>();
        List<Long> bands = new ArrayList<>();
        List<UUID> ads = new ArrayList<>();
        holders.forEach((band, held) -> held.forEach(ad -> {
            boolean isNew = fresh.contains(ad);
            (isNew ? newBands : bands).add(band);
            (isNew ? newAds : ads).add(ad);
        }));
        template.execute((Connection c) -> {
            insertBands(
                    c,
                    "insert into intel_ad_band (band, ad_id) select u.band, u.id from unnest(?::int8[], ?::uuid[]) as u(band, id)",
                    newBands,
                    newAds);
            insertBands(c, """
                    insert into intel_ad_band (band, ad_id)
                    select u.band, u.id from unnest(?::int8[], ?::uuid[]) as u(band, id)
                    on conflict do nothing""", bands, ads);
            return null;
        });
    }

    private static void insertBands(Connection c, String sql, List<Long> bands, List<UUID> ads)
            throws java.sql.SQLException {
        if (bands.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("int8", bands.toArray()));
            s.setArray(2, c.createArrayOf("uuid", ads.toArray()));
            s.executeUpdate();
        }
    }

    private byte[] sealed(int[] shingles) {
        return cipher.encryptBytes(TextSignatures.pack(shingles), IntelligenceContributions.AD_SHINGLES);
    }

    /**
     * The shingles of the signed ads among {@code ads} in the service; an ad signed before shingles were kept is
     * left out (its shingles are made from its text by the caller and kept with {@link #keepShingles}).
     */
    Map<UUID, int[]> shingles(UUID policeOrg, Collection<UUID> ads) {
        Map<UUID, int[]> out = new HashMap<>();
        if (ads.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select ad_id, shingles from intel_ad_signature
                 where police_org_id = :org and ad_id = any(:ids) and shingles is not null""")
                .param("org", policeOrg)
                .param("ids", ads.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    byte[] packed = cipher.decryptBytes(rs.getBytes(2), IntelligenceContributions.AD_SHINGLES);
                    out.put(rs.getObject(1, UUID.class), TextSignatures.unpack(packed));
                });
        return out;
    }

    /** Keeps the shingles of ads signed before shingles were kept. */
    void keepShingles(Map<UUID, int[]> shingles) {
        if (shingles.isEmpty()) {
            return;
        }
        UUID[] ids = shingles.keySet().toArray(UUID[]::new);
        byte[][] sealed = new byte[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            sealed[i] = sealed(shingles.get(ids[i]));
        }
        template.execute((Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("""
                    update intel_ad_signature s set shingles = u.shingles
                      from unnest(?::uuid[], ?::bytea[]) as u(id, shingles)
                     where s.ad_id = u.id""")) {
                s.setArray(1, c.createArrayOf("uuid", ids));
                s.setArray(2, c.createArrayOf("bytea", sealed));
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The ads holding each band key: at most {@link #PER_BAND} a key, as only that many are kept (V20_2 and
     * {@code NearDuplicates}), so all of them in one scan of the keys' index.
     */
    Map<Long, List<UUID>> sharing(Collection<Long> bands) {
        Map<Long, List<UUID>> out = new HashMap<>();
        if (bands.isEmpty()) {
            return out;
        }
        template.execute((Connection c) -> {
            try (PreparedStatement s =
                    c.prepareStatement("select band, ad_id from intel_ad_band where band = any(?::int8[])")) {
                s.setArray(1, c.createArrayOf("int8", bands.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        List<UUID> held = out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                        if (held.size() < PER_BAND) {
                            held.add(rs.getObject(2, UUID.class));
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    /**
     * The MinHash values of the signed ads among {@code ads} in the service: those recently signed or read from
     * memory, the others from one narrow table.
     */
    Map<UUID, int[]> minhashes(UUID policeOrg, Collection<UUID> ads) {
        Map<UUID, int[]> out = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        synchronized (recent) {
            for (UUID ad : ads) {
                int[] m = recent.get(ad);
                if (m != null) {
                    out.put(ad, m);
                } else {
                    missing.add(ad);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        Map<UUID, int[]> read = new HashMap<>();
        jdbc.sql("select ad_id, minhash from intel_ad_signature where police_org_id = :org and ad_id = any(:ids)")
                .param("org", policeOrg)
                .param("ids", missing.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    read.put(rs.getObject(1, UUID.class), TextSignatures.unpack(rs.getBytes(2)));
                });
        out.putAll(read);
        remember(read);
        return out;
    }

    /** The clusters of the ads among {@code ads} in the service that belong to one. */
    Map<UUID, UUID> clusters(UUID policeOrg, Collection<UUID> ads) {
        Map<UUID, UUID> out = new HashMap<>();
        if (ads.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select ad_id, cluster_id from intel_ad_signature
                 where police_org_id = :org and ad_id = any(:ids) and cluster_id is not null""")
                .param("org", policeOrg)
                .param("ids", ads.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    out.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return out;
    }

    /** When each of the ads (a cluster's id is its oldest member's) was imported. */
    Map<UUID, Instant> importedAt(UUID policeOrg, Collection<UUID> ads) {
        Map<UUID, Instant> out = new HashMap<>();
        if (ads.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, imported_at from intel_ad where police_org_id = :org and id = any(:ids)")
                .param("org", policeOrg)
                .param("ids", ads.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    out.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                });
        return out;
    }

    /**
     * Moves every ad of the clusters (or lone ads) named as roots into the cluster of their winner, noting when; a
     * winner that was a lone ad becomes its own cluster's id.
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
        // only the roots that lose are looked up by cluster: a winner's own members stay where they are, and
        // looking them up read every ad of the largest clusters at every batch (thousands each)
        List<UUID> losers = new ArrayList<>();
        List<UUID> losersWinners = new ArrayList<>();
        winnerByRoot.forEach((root, winner) -> {
            if (!root.equals(winner)) {
                losers.add(root);
                losersWinners.add(winner);
            }
        });
        template.execute((Connection c) -> {
            move(c, """
                    update intel_ad_signature s set cluster_id = w.winner, clustered_at = now()
                      from unnest(?::uuid[], ?::uuid[]) as w(root, winner)
                     where s.cluster_id = w.root and s.police_org_id = ?""", losers.toArray(), losersWinners.toArray(), policeOrg);
            move(c, """
                    update intel_ad_signature s set cluster_id = w.winner, clustered_at = now()
                      from unnest(?::uuid[], ?::uuid[]) as w(root, winner)
                     where s.ad_id = w.root and s.police_org_id = ? and s.cluster_id is distinct from w.winner""", roots, winners, policeOrg);
            return null;
        });
    }

    private static void move(Connection c, String sql, Object[] roots, Object[] winners, UUID policeOrg)
            throws java.sql.SQLException {
        if (roots.length == 0) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", roots));
            s.setArray(2, c.createArrayOf("uuid", winners));
            s.setObject(3, policeOrg);
            s.executeUpdate();
        }
    }
}
