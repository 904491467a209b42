package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.graph.AdSignatures.AdText;
import ca.harbour.intelligence.internal.graph.AdSignatures.Member;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.intelligence.internal.graph.TextSignatures.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * put into clusters named by their earliest imported member (ties by id).
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

    private record Pair(UUID a, UUID b, double jaccard, int bands) {}

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
        signatures.store(policeOrg, signed);
        Map<UUID, long[]> bandsOf = new HashMap<>();
        Set<Long> allBands = new HashSet<>();
        for (Map.Entry<UUID, Signature> e : signed.entrySet()) {
            long[] bands = TextSignatures.bands(policeOrg, e.getValue().minhash());
            bandsOf.put(e.getKey(), bands);
            for (long b : bands) {
                allBands.add(b);
            }
        }
        Map<Long, List<UUID>> sharing = signatures.sharing(allBands);
        Map<UUID, Map<UUID, Integer>> shared = new HashMap<>();
        Set<UUID> involved = new HashSet<>();
        for (Map.Entry<UUID, long[]> e : bandsOf.entrySet()) {
            Map<UUID, Integer> counts = new HashMap<>();
            for (long b : e.getValue()) {
                for (UUID other : sharing.getOrDefault(b, List.of())) {
                    if (!other.equals(e.getKey())) {
                        counts.merge(other, 1, Integer::sum);
                    }
                }
            }
            shared.put(e.getKey(), counts);
            involved.addAll(counts.keySet());
        }
        involved.removeAll(signed.keySet());
        Map<UUID, int[]> minhashes = signatures.minhashes(policeOrg, involved);
        signed.forEach((id, sig) -> minhashes.put(id, sig.minhash()));
        Map<String, Pair> estimated = new LinkedHashMap<>();
        for (Map.Entry<UUID, Map<UUID, Integer>> e : shared.entrySet()) {
            int[] minhash = signed.get(e.getKey()).minhash();
            for (Map.Entry<UUID, Integer> c : e.getValue().entrySet()) {
                int[] other = minhashes.get(c.getKey());
                if (other != null && TextSignatures.similarity(minhash, other) >= THRESHOLD) {
                    UUID a = e.getKey().compareTo(c.getKey()) < 0 ? e.getKey() : c.getKey();
                    UUID b = a.equals(e.getKey()) ? c.getKey() : e.getKey();
                    estimated.putIfAbsent(a + ":" + b, new Pair(a, b, 0, c.getValue()));
                }
            }
        }
        Map<UUID, int[]> shingles = shingles(policeOrg, signed, estimated.values());
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : estimated.values()) {
            int[] a = shingles.get(p.a());
            int[] b = shingles.get(p.b());
            double j = a == null || b == null ? 0 : TextSignatures.jaccard(a, b);
            if (j >= THRESHOLD) {
                pairs.add(new Pair(p.a(), p.b(), j, p.bands()));
            }
        }
        Set<UUID> paired = new HashSet<>();
        for (Pair p : pairs) {
            paired.add(p.a());
            paired.add(p.b());
        }
        List<Pair> joining = new ArrayList<>();
        Map<UUID, UUID> winners = winners(signatures.members(policeOrg, paired), pairs, joining);
        signatures.merge(policeOrg, winners);
        List<NewLink> links = links(joining);
        entities.link(links);
        return new Outcome(signed.size(), pairs.size(), links.size(), winners.size());
    }

    /**
     * The shingles of every ad of the pairs: the batch's from its signatures, the others' as kept; an ad signed
     * before shingles were kept is signed again from its text, and its shingles kept.
     */
    private Map<UUID, int[]> shingles(UUID policeOrg, Map<UUID, Signature> signed, Collection<Pair> pairs) {
        Set<UUID> wanted = new HashSet<>();
        for (Pair p : pairs) {
            wanted.add(p.a());
            wanted.add(p.b());
        }
        Map<UUID, int[]> out = new HashMap<>();
        for (Map.Entry<UUID, Signature> e : signed.entrySet()) {
            out.put(e.getKey(), e.getValue().shingles());
        }
        wanted.removeAll(out.keySet());
        out.putAll(signatures.shingles(policeOrg, wanted));
        wanted.removeAll(out.keySet());
        if (wanted.isEmpty()) {
            return out;
        }
        Map<UUID, int[]> made = new HashMap<>();
        for (AdText ad : signatures.texts(policeOrg, wanted)) {
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
     * cluster id; the pairs that joined two roots are added to {@code joining} (they keep every cluster connected
     * by links, through its closest pairs).
     */
    private static Map<UUID, UUID> winners(Map<UUID, Member> known, Collection<Pair> all, List<Pair> joining) {
        List<Pair> pairs = new ArrayList<>(all);
        pairs.sort(Comparator.comparingDouble(Pair::jaccard)
                .reversed()
                .thenComparing(Pair::a)
                .thenComparing(Pair::b));
        Map<UUID, Instant> rootAt = new HashMap<>();
        for (Member s : known.values()) {
            rootAt.putIfAbsent(s.root(), s.rootImportedAt());
        }
        Map<UUID, UUID> parent = new HashMap<>();
        Comparator<UUID> older = Comparator.comparing((UUID r) -> rootAt.get(r)).thenComparing(r -> r);
        for (Pair p : pairs) {
            UUID a = find(parent, known.get(p.a()).root());
            UUID b = find(parent, known.get(p.b()).root());
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
