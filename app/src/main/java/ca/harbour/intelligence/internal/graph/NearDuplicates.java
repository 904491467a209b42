package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.graph.AdSignatures.AdText;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.intelligence.internal.graph.TextSignatures.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Near-duplicate ads (one text template with edits, whatever identifiers each carries): each new batch of ads is
 * signed, found among the ads already signed through shared LSH bands, kept when the MinHash estimate of their
 * Jaccard and then the exact Jaccard of their shingles reach {@link #THRESHOLD}, linked {@code NEAR_DUPLICATE} and
 * put into clusters named by their earliest imported member (ties by id). A new ad needs one such pair to join a
 * cluster: its candidates are grouped by the cluster they belong to, and within a group only the closest estimates
 * are verified until one passes (an ad of a large template has hundreds of candidates, nearly all of one cluster).
 */
@Service
public class NearDuplicates {

    /**
     * Jaccard of two-word shingles from which two ads are one template: a template with one word in ten changed
     * keeps about 0.7, two unrelated ads from the same vocabulary mostly stay below 0.3. The MinHash estimate must
     * reach it for a candidate to be looked at, and the exact Jaccard of the shingles for it to be linked: the
     * estimate's standard error (about 0.06) lets unrelated pairs through by chance, rarely for one ad but tens of
     * thousands of times among a million (on the synthetic ads, precision of the near-duplicate components fell
     * from 0.97 at 40,000 ads to 0.02 at a million on the estimate alone; on the shingles it stays at 0.9995).
     */
    public static final double THRESHOLD = 0.5;

    /** What one batch gave. */
    public record Outcome(int signed, int pairs, int links, int clustersChanged) {}

    /** Two ads found alike, with the clusters (or lone ads) each belonged to when they were compared. */
    private record Pair(UUID a, UUID b, UUID rootA, UUID rootB, double jaccard, int bands) {
        /** The pair with the lesser id first, as links between near duplicates are written. */
        static Pair of(UUID x, UUID y, UUID rootX, UUID rootY, double jaccard, int bands) {
            return x.compareTo(y) < 0
                    ? new Pair(x, y, rootX, rootY, jaccard, bands)
                    : new Pair(y, x, rootY, rootX, jaccard, bands);
        }
    }

    private final AdSignatures signatures;
    private final Entities entities;
    private final Clock clock;

    NearDuplicates(AdSignatures signatures, Entities entities, Clock clock) {
        this.signatures = signatures;
        this.entities = entities;
        this.clock = clock;
    }

    /** Signs, links and clusters the ads (of one police service), in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome cluster(UUID policeOrg, Collection<UUID> ads) {
        if (ads.isEmpty()) {
            return new Outcome(0, 0, 0, 0);
        }
        signatures.lock(policeOrg);
        List<AdText> texts = signatures.texts(policeOrg, ads);
        // signing is most of the CPU of a batch: both cores share it
        Signature[] sigs =
                texts.parallelStream().map(ad -> TextSignatures.sign(ad.text())).toArray(Signature[]::new);
        Map<UUID, Signature> signed = new LinkedHashMap<>();
        for (int i = 0; i < sigs.length; i++) {
            if (sigs[i] != null) {
                signed.put(texts.get(i).id(), sigs[i]);
            }
        }
        return link(policeOrg, signed);
    }

    /**
     * Links and clusters ads already signed by the caller (the import signs each ad's {@link TextSignatures#adText}
     * while it has it in plain text), in a transaction of its own; an ad left out has too few words to sign.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome clusterSigned(UUID policeOrg, Map<UUID, Signature> signed) {
        if (signed.isEmpty()) {
            return new Outcome(0, 0, 0, 0);
        }
        signatures.lock(policeOrg);
        return link(policeOrg, signed);
    }

    private Outcome link(UUID policeOrg, Map<UUID, Signature> signed) {
        Set<UUID> fresh = signatures.store(policeOrg, signed);
        // every ad met is numbered: the batch's first, then the candidates the band keys name
        Numbered ads = new Numbered(signed.keySet());
        int batch = signed.size();
        long[][] bandsOf = new long[batch][];
        Set<Long> allBands = new HashSet<>();
        for (int i = 0; i < batch; i++) {
            bandsOf[i] = TextSignatures.bands(policeOrg, signed.get(ads.id(i)).minhash());
            for (long b : bandsOf[i]) {
                allBands.add(b);
            }
        }
        // the holders of each key: those stored, then the batch's own in batch order, each up to PER_BAND
        Map<Long, int[]> holders = new HashMap<>();
        signatures.sharing(allBands).forEach((band, held) -> holders.put(band, ads.numbers(held)));
        Map<Long, List<Integer>> batchHolders = new HashMap<>();
        for (int i = 0; i < batch; i++) {
            for (long b : bandsOf[i]) {
                List<Integer> held = batchHolders.computeIfAbsent(b, k -> new ArrayList<>());
                if (held.size() < AdSignatures.PER_BAND) {
                    held.add(i);
                }
            }
        }
        batchHolders.forEach((band, held) ->
                holders.merge(band, held.stream().mapToInt(Integer::intValue).toArray(), NearDuplicates::concat));
        int[][] minhash = new int[ads.size()][];
        Map<UUID, int[]> stored = signatures.minhashes(policeOrg, ads.all().subList(batch, ads.size()));
        for (int j = 0; j < ads.size(); j++) {
            minhash[j] = j < batch ? signed.get(ads.id(j)).minhash() : stored.get(ads.id(j));
        }
        List<List<Candidate>> close = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            close.add(close(i, bandsOf[i], holders, minhash, batch));
        }
        UUID[] root = roots(policeOrg, ads, batch, close);
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            groups.addAll(groups(i, close.get(i), root));
        }
        List<Pair> pairs = verify(policeOrg, signed, ads, groups);
        Set<UUID> roots = new HashSet<>();
        for (Pair p : pairs) {
            roots.add(p.rootA());
            roots.add(p.rootB());
        }
        List<Pair> joining = new ArrayList<>();
        Map<UUID, UUID> winners = winners(signatures.importedAt(policeOrg, roots), pairs, joining);
        signatures.merge(policeOrg, winners);
        signatures.keepBands(kept(ads, batch, bandsOf, holders, root, winners), fresh);
        List<NewLink> links = links(joining);
        entities.link(links);
        return new Outcome(signed.size(), pairs.size(), links.size(), winners.size());
    }

    /**
     * The cluster of each ad met, or the ad itself while it is alone; read only for the batch's ads and the
     * candidates whose estimate with one of them reaches the threshold. The others are never grouped; a band key is
     * still left out where such a holder is of the ad's cluster ({@link #kept}). On a million synthetic ads counting
     * only those holders keeps 0.15% more band keys and meets 2.9% more candidates, with the same precision and
     * recall ({@code near-duplicates.sh}, {@code -Dprune.close=true}), while the clusters of fewer than one candidate
     * in ten are read.
     */
    private UUID[] roots(UUID policeOrg, Numbered ads, int batch, List<List<Candidate>> close) {
        Set<UUID> wanted = new HashSet<>(ads.all().subList(0, batch));
        for (List<Candidate> candidates : close) {
            for (Candidate c : candidates) {
                wanted.add(ads.id(c.ad()));
            }
        }
        Map<UUID, UUID> clusters = signatures.clusters(policeOrg, wanted);
        UUID[] root = new UUID[ads.size()];
        for (int j = 0; j < ads.size(); j++) {
            root[j] = clusters.getOrDefault(ads.id(j), ads.id(j));
        }
        return root;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * The band keys of the batch's ads worth keeping. A key already held by {@link AdSignatures#PER_BAND} ads is
     * full: only that many are ever read. A key whose holders already include an ad of the ad's cluster, now that
     * the batch is clustered, leads a later ad to that cluster anyway. On a million synthetic ads leaving those out
     * keeps 6.4 of 8 million keys and a later ad meets 29% fewer candidates, the clusters' recall moving from
     * 0.9990 to 0.9989 ({@code bench/intelligence/near-duplicates.sh}, {@code -Dprune=true}). The batch's ads are
     * taken in order, an earlier one counting as a holder only where its key was kept.
     */
    private static Map<Long, List<UUID>> kept(
            Numbered ads, int batch, long[][] bandsOf, Map<Long, int[]> holders, UUID[] root, Map<UUID, UUID> winners) {
        Map<Long, List<UUID>> out = new HashMap<>();
        for (int i = 0; i < batch; i++) {
            UUID mine = winners.getOrDefault(root[i], root[i]);
            for (long b : bandsOf[i]) {
                List<UUID> keptHere = out.getOrDefault(b, List.of());
                int held = keptHere.size();
                boolean ofMyCluster = false;
                for (int h : holders.getOrDefault(b, NONE)) {
                    boolean holds = h >= batch || keptHere.contains(ads.id(h));
                    held += h >= batch ? 1 : 0;
                    if (h != i
                            && holds
                            && winners.getOrDefault(root[h], root[h]).equals(mine)) {
                        ofMyCluster = true;
                    }
                }
                // an ad's key is kept once even were two of its bands to hash alike (a new ad's keys are inserted
                // without ON CONFLICT)
                if (!ofMyCluster && held < AdSignatures.PER_BAND && !keptHere.contains(ads.id(i))) {
                    out.computeIfAbsent(b, k -> new ArrayList<>()).add(ads.id(i));
                }
            }
        }
        return out;
    }

    /** The ads met by one batch, numbered in the order met. */
    private static final class Numbered {
        private final List<UUID> ids = new ArrayList<>();
        private final Map<UUID, Integer> numbers = new HashMap<>();

        Numbered(Collection<UUID> first) {
            first.forEach(this::number);
        }

        int number(UUID id) {
            Integer n = numbers.get(id);
            if (n == null) {
                n = ids.size();
                ids.add(id);
                numbers.put(id, n);
            }
            return n;
        }

        int[] numbers(List<UUID> held) {
            int[] out = new int[held.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = number(held.get(k));
            }
            return out;
        }

        UUID id(int n) {
            return ids.get(n);
        }

        int size() {
            return ids.size();
        }

        List<UUID> all() {
            return ids;
        }
    }

    /**
     * The candidates of one new ad whose MinHash estimate reaches the threshold, with the number of band keys they
     * share; a pair of two ads of the batch is looked at from the later one, which meets the earlier among the first
     * holders of their key.
     */
    private static List<Candidate> close(int i, long[] bands, Map<Long, int[]> holders, int[][] minhash, int batch) {
        int total = 0;
        for (long b : bands) {
            total += holders.getOrDefault(b, NONE).length;
        }
        int[] met = new int[total];
        int n = 0;
        for (long b : bands) {
            for (int j : holders.getOrDefault(b, NONE)) {
                met[n++] = j;
            }
        }
        Arrays.sort(met, 0, n);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < n; ) {
            int j = met[k];
            int shared = 0;
            while (k < n && met[k] == j) {
                shared++;
                k++;
            }
            boolean laterInBatch = j < batch && j >= i;
            if (laterInBatch || minhash[j] == null) {
                continue;
            }
            double estimate = TextSignatures.similarity(minhash[i], minhash[j]);
            if (estimate >= THRESHOLD) {
                out.add(new Candidate(j, estimate, shared));
            }
        }
        return out;
    }

    /**
     * The close candidates of one new ad in other clusters than its own, one group per cluster (or lone ad), closest
     * estimate first: one verified pair joins the ad to a cluster, so the others of the group are verified only
     * while none has passed.
     */
    private static List<Group> groups(int i, List<Candidate> close, UUID[] root) {
        Map<UUID, Group> byRoot = new LinkedHashMap<>();
        for (Candidate c : close) {
            if (!root[c.ad()].equals(root[i])) {
                byRoot.computeIfAbsent(root[c.ad()], r -> new Group(i, root[i], r))
                        .candidates
                        .add(c);
            }
        }
        for (Group g : byRoot.values()) {
            g.candidates.sort(Comparator.comparingDouble(Candidate::estimate)
                    .reversed()
                    .thenComparing(Comparator.comparingInt(Candidate::bands).reversed())
                    .thenComparingInt(Candidate::ad));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static final int[] NONE = {};

    private record Candidate(int ad, double estimate, int bands) {}

    /** A new ad's candidates in one cluster; {@code next} is the first not yet verified. */
    private static final class Group {
        final int ad;
        final UUID adRoot;
        final UUID root;
        final List<Candidate> candidates = new ArrayList<>();
        int next;

        Group(int ad, UUID adRoot, UUID root) {
            this.ad = ad;
            this.adRoot = adRoot;
            this.root = root;
        }
    }

    /**
     * The verified pair of each group: its candidates are checked on the exact Jaccard of their shingles, closest
     * estimate first, one more than before at each round (1, 2, 4...) while none has passed, so that a group
     * whose best candidates are chance collisions costs a few rounds, not one per candidate. Shingles are read
     * once per round for every group.
     */
    private List<Pair> verify(UUID policeOrg, Map<UUID, Signature> signed, Numbered ads, List<Group> groups) {
        Map<UUID, int[]> shingles = new HashMap<>();
        signed.forEach((id, sig) -> shingles.put(id, sig.shingles()));
        List<Pair> found = new ArrayList<>();
        List<Group> open = groups;
        for (int round = 0; !open.isEmpty(); round++) {
            int take = 1 << Math.min(round, 20);
            Set<UUID> wanted = new HashSet<>();
            for (Group g : open) {
                for (int k = g.next; k < Math.min(g.candidates.size(), g.next + take); k++) {
                    UUID id = ads.id(g.candidates.get(k).ad());
                    if (!shingles.containsKey(id)) {
                        wanted.add(id);
                    }
                }
            }
            shingles.putAll(shingles(policeOrg, wanted));
            List<Group> still = new ArrayList<>();
            for (Group g : open) {
                int[] mine = shingles.get(ads.id(g.ad));
                int end = Math.min(g.candidates.size(), g.next + take);
                Pair pair = null;
                for (; g.next < end && pair == null; g.next++) {
                    Candidate c = g.candidates.get(g.next);
                    int[] theirs = shingles.get(ads.id(c.ad()));
                    double j = mine == null || theirs == null ? 0 : TextSignatures.jaccard(mine, theirs);
                    if (j >= THRESHOLD) {
                        pair = Pair.of(ads.id(g.ad), ads.id(c.ad()), g.adRoot, g.root, j, c.bands());
                    }
                }
                if (pair != null) {
                    found.add(pair);
                } else if (g.next < g.candidates.size()) {
                    still.add(g);
                }
            }
            open = still;
        }
        return found;
    }

    /**
     * The shingles of the ads as kept; an ad signed before shingles were kept is signed again from its text, and its
     * shingles kept.
     */
    private Map<UUID, int[]> shingles(UUID policeOrg, Set<UUID> wanted) {
        Map<UUID, int[]> out = signatures.shingles(policeOrg, wanted);
        Set<UUID> missing = new HashSet<>(wanted);
        missing.removeAll(out.keySet());
        if (missing.isEmpty()) {
            return out;
        }
        Map<UUID, int[]> made = new HashMap<>();
        for (AdText ad : signatures.texts(policeOrg, missing)) {
            Signature sig = TextSignatures.sign(ad.text());
            if (sig != null) {
                made.put(ad.id(), sig.shingles());
            }
        }
        signatures.keepShingles(made);
        out.putAll(made);
        return out;
    }

    /**
     * Union-find over the roots (cluster ids, or lone ads) the pairs join, closest pairs first: each root's new
     * cluster id, the oldest imported (ties by id); the pairs that joined two roots are added to {@code joining}
     * (they keep every cluster connected by links, through its closest pairs).
     */
    private static Map<UUID, UUID> winners(Map<UUID, Instant> rootAt, Collection<Pair> all, List<Pair> joining) {
        List<Pair> pairs = new ArrayList<>(all);
        pairs.sort(Comparator.comparingDouble(Pair::jaccard)
                .reversed()
                .thenComparing(Pair::a)
                .thenComparing(Pair::b));
        Map<UUID, UUID> parent = new HashMap<>();
        Comparator<UUID> older = Comparator.comparing((UUID r) -> rootAt.getOrDefault(r, Instant.MAX))
                .thenComparing(r -> r);
        for (Pair p : pairs) {
            UUID a = find(parent, p.rootA());
            UUID b = find(parent, p.rootB());
            if (!a.equals(b)) {
                joining.add(p);
                if (older.compare(a, b) < 0) {
                    parent.put(b, a);
                } else {
                    parent.put(a, b);
                }
            }
        }
        Map<UUID, UUID> out = new HashMap<>();
        for (UUID root : new ArrayList<>(parent.keySet())) {
            out.put(root, find(parent, root));
        }
        for (UUID winner : new HashSet<>(out.values())) {
            out.put(winner, winner);
        }
        return out;
    }

    private static UUID find(Map<UUID, UUID> parent, UUID x) {
        UUID root = x;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        UUID at = x;
        while (!at.equals(root)) {
            UUID next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }

    /** The joining pairs as links, with their evidence. */
    private List<NewLink> links(List<Pair> joining) {
        Instant now = clock.instant();
        List<NewLink> out = new ArrayList<>(joining.size());
        for (Pair p : joining) {
            out.add(new NewLink(p.a(), p.b(), LinkKind.NEAR_DUPLICATE, p.jaccard(), evidence(p), now));
        }
        return out;
    }

    private static String evidence(Pair p) {
        return String.format(Locale.ROOT, "{\"jaccard\":%.3f,\"sharedBands\":%d}", p.jaccard(), p.bands());
    }
}
