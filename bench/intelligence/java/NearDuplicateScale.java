import ca.harbour.intelligence.internal.graph.TextSignatures;
import ca.harbour.intelligence.internal.graph.TextSignatures.Signature;
import ca.harbour.intelligence.internal.synthetic.SyntheticAds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Near-duplicate clustering's decision at scale, in memory and without a database: the generator's ads are signed
 * with the application's {@code TextSignatures}, candidates are found through shared bands (at most 16 earlier ads a
 * band, as {@code AdSignatures.PER_BAND} reads them; {@code -Dper.band} for another number), and pairs are linked (a) when the MinHash estimate reaches 0.5,
 * as before 2026-12-06, and (b) when the exact Jaccard of their shingles also does, as now. For each rule: the pairs
 * linked between different advertisers, and precision, recall and the largest component of the resulting clusters
 * against the planted networks (an independent advertiser is a network of one), over pairs of ads.
 *
 * <p>Usage: {@code java -cp <app classes> NearDuplicateScale.java ads [seed]} (bench/intelligence/near-duplicates.sh).
 */
public final class NearDuplicateScale {

    private static final double THRESHOLD = 0.5;
    /** Candidates read per band key ({@code -Dper.band}, AdSignatures.PER_BAND). */
    private static final int PER_BAND = Integer.getInteger("per.band", 16);

    /**
     * With {@code -Dprune=true} an ad is not added to a band key whose holders (those read) already include an ad
     * of its cluster (as the exact rule clusters), as AdSignatures keeps band keys.
     */
    private static final boolean PRUNE = Boolean.getBoolean("prune");

    /**
     * With {@code -Dcache=50000,200000} the share of candidates read per batch of 1,000 ads that a cache of the
     * most recently used signatures of that many ads would answer (each batch's own ads put in it when signed).
     */
    /**
     * With {@code -Dprune.close=true} as well, only holders whose estimate with the ad reaches the threshold count
     * (the only ones whose cluster the application then reads).
     */
    private static final boolean PRUNE_CLOSE = Boolean.getBoolean("prune.close");

    private static final String CACHES = System.getProperty("cache", "");

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 19;
        List<Signature> sigs = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        new SyntheticAds(seed, count).generate(ad -> {
            Signature sig = TextSignatures.sign(TextSignatures.adText(ad.title(), ad.body()));
            if (sig != null) {
                // an independent advertiser owns its ad alone: a negative number of its own
                owner.add(ad.network() != null ? ad.network() : -1 - sigs.size());
                sigs.add(sig);
            }
        });
        int n = sigs.size();
        UUID org = new UUID(0, 1);
        Map<Long, List<Integer>> holders = new HashMap<>();
        Rule estimate = new Rule("estimate >= 0.5", n);
        Rule exact = new Rule("estimate and exact >= 0.5", n);
        long candidates = 0;
        long kept = 0;
        List<Lru> caches = new ArrayList<>();
        for (String c : CACHES.split(",")) {
            if (!c.isBlank()) {
                caches.add(new Lru(Integer.parseInt(c.strip())));
            }
        }
        Set<Integer> batchReads = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (i % 1000 == 0) {
                for (Lru c : caches) {
                    c.read(batchReads);
                    for (int b = i; b < Math.min(n, i + 1000); b++) {
                        c.put(b);
                    }
                }
                batchReads.clear();
            }
            Set<Integer> seen = new HashSet<>();
            long[] bands = TextSignatures.bands(org, sigs.get(i).minhash());
            for (long band : bands) {
                List<Integer> held = holders.computeIfAbsent(band, k -> new ArrayList<>());
                seen.addAll(held.subList(0, Math.min(PER_BAND, held.size())));
            }
            candidates += seen.size();
            batchReads.addAll(seen);
            for (int j : seen) {
                if (TextSignatures.similarity(sigs.get(i).minhash(), sigs.get(j).minhash()) < THRESHOLD) {
                    continue;
                }
                boolean other = !owner.get(i).equals(owner.get(j));
                estimate.link(i, j, other);
                if (TextSignatures.jaccard(sigs.get(i).shingles(), sigs.get(j).shingles()) >= THRESHOLD) {
                    exact.link(i, j, other);
                }
            }
            for (long band : bands) {
                List<Integer> held = holders.get(band);
                boolean ofMyCluster = false;
                for (int k = 0; PRUNE && k < Math.min(PER_BAND, held.size()) && !ofMyCluster; k++) {
                    int h = held.get(k);
                    ofMyCluster = exact.find(h) == exact.find(i)
                            && (!PRUNE_CLOSE
                                    || TextSignatures.similarity(sigs.get(i).minhash(), sigs.get(h).minhash())
                                            >= THRESHOLD);
                }
                if (!ofMyCluster) {
                    held.add(i);
                    kept++;
                }
            }
        }
        System.out.printf("ads signed %,d (seed %d), candidates read per band key %d%s, band keys kept %,d,"
                + " candidate pairs %,d%n", n, seed, PER_BAND, PRUNE ? " (pruned)" : "", kept, candidates);
        System.out.printf("%-28s %12s %14s %10s %8s %10s%n", "rule", "links", "other owners", "precision", "recall",
                "largest");
        estimate.report(owner);
        exact.report(owner);
        for (Lru c : caches) {
            System.out.printf("cache of %,d ads: %,d of %,d reads answered (%.1f%%)%n", c.capacity, c.hits, c.reads,
                    100.0 * c.hits / Math.max(1, c.reads));
        }
    }

    /** A cache of the most recently used ads' signatures, counted. */
    private static final class Lru {
        final int capacity;
        final java.util.LinkedHashMap<Integer, Boolean> held;
        long reads;
        long hits;

        Lru(int capacity) {
            this.capacity = capacity;
            this.held = new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
                    return size() > Lru.this.capacity;
                }
            };
        }

        void read(Set<Integer> ads) {
            for (int a : ads) {
                reads++;
                if (held.get(a) != null) {
                    hits++;
                } else {
                    held.put(a, Boolean.TRUE);
                }
            }
        }

        void put(int ad) {
            held.put(ad, Boolean.TRUE);
        }
    }

    /** One linking rule: its union-find over the ads and its counts. */
    private static final class Rule {
        final String name;
        final int[] parent;
        long links;
        long otherOwners;

        Rule(String name, int n) {
            this.name = name;
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void link(int a, int b, boolean otherOwner) {
            links++;
            if (otherOwner) {
                otherOwners++;
            }
            parent[find(a)] = find(b);
        }

        void report(List<Integer> owner) {
            Map<Integer, Long> size = new HashMap<>();
            Map<Long, Long> sizeByOwner = new HashMap<>();
            Map<Integer, Long> ownerSize = new HashMap<>();
            for (int i = 0; i < parent.length; i++) {
                int root = find(i);
                size.merge(root, 1L, Long::sum);
                sizeByOwner.merge(((long) root << 32) ^ (owner.get(i) & 0xFFFFFFFFL), 1L, Long::sum);
                ownerSize.merge(owner.get(i), 1L, Long::sum);
            }
            double predicted = pairs(size.values());
            double right = pairs(sizeByOwner.values());
            double truth = pairs(ownerSize.values());
            long largest = size.values().stream().mapToLong(Long::longValue).max().orElse(0);
            System.out.printf("%-28s %,12d %,14d %10.4f %8.4f %,10d%n", name, links, otherOwners, right / predicted,
                    right / truth, largest);
        }

        static double pairs(Iterable<Long> sizes) {
            double sum = 0;
            for (long s : sizes) {
                sum += s * (s - 1) / 2.0;
            }
            return sum;
        }
    }
}
