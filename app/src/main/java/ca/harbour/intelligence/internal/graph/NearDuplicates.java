package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.graph.AdSignatures.AdText;
import ca.harbour.intelligence.internal.graph.AdSignatures.Signed;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
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
 * signed, found among the ads already signed through shared LSH bands, verified by estimated Jaccard, linked
 * {@code NEAR_DUPLICATE} and put into clusters named by their earliest imported member (ties by id).
 */
@Service
public class NearDuplicates {

    /**
     * Estimated Jaccard of two-word shingles from which two ads are one template: a template with one word in
     * ten changed keeps about 0.7, two unrelated ads from the same vocabulary stay below 0.2; 0.5 leaves four
     * standard errors of the 64-hash estimate between them.
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
        int[][] sigs = texts.parallelStream()
                .map(ad -> TextSignatures.signature(ad.text()))
                .toArray(int[][]::new);
        Map<UUID, int[]> signed = new LinkedHashMap<>();
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
    public Outcome clusterSigned(UUID policeOrg, Map<UUID, int[]> signed) {
        if (signed.isEmpty()) {
            return new Outcome(0, 0, 0, 0);
        }
        signatures.lock(policeOrg);
        return link(policeOrg, signed);
    }

    private Outcome link(UUID policeOrg, Map<UUID, int[]> signed) {
        signatures.store(policeOrg, signed);
        Map<UUID, long[]> bandsOf = new HashMap<>();
        Set<Long> allBands = new HashSet<>();
        for (Map.Entry<UUID, int[]> e : signed.entrySet()) {
            long[] bands = TextSignatures.bands(policeOrg, e.getValue());
            bandsOf.put(e.getKey(), bands);
            for (long b : bands) {
                allBands.add(b);
            }
        }
        Map<Long, List<UUID>> sharing = signatures.sharing(allBands);
        Map<UUID, Map<UUID, Integer>> shared = new HashMap<>();
        Set<UUID> involved = new HashSet<>(signed.keySet());
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
        Map<UUID, Signed> known = signatures.signed(policeOrg, involved);
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (Map.Entry<UUID, Map<UUID, Integer>> e : shared.entrySet()) {
            int[] sig = signed.get(e.getKey());
            for (Map.Entry<UUID, Integer> c : e.getValue().entrySet()) {
                Signed other = known.get(c.getKey());
                if (other == null) {
                    continue;
                }
                double j = TextSignatures.similarity(sig, other.signature());
                if (j >= THRESHOLD) {
                    UUID a = e.getKey().compareTo(c.getKey()) < 0 ? e.getKey() : c.getKey();
                    UUID b = a.equals(e.getKey()) ? c.getKey() : e.getKey();
                    pairs.putIfAbsent(a + ":" + b, new Pair(a, b, j, c.getValue()));
                }
            }
        }
        List<Pair> joining = new ArrayList<>();
        Map<UUID, UUID> winners = winners(known, pairs.values(), joining);
        signatures.merge(policeOrg, winners);
        List<NewLink> links = links(joining);
        entities.link(links);
        return new Outcome(signed.size(), pairs.size(), links.size(), winners.size());
    }

    /**
     * Union-find over the roots (cluster ids, or lone ads) the pairs join, closest pairs first: each root's new
     * cluster id; the pairs that joined two roots are added to {@code joining} (they keep every cluster connected
     * by links, through its closest pairs).
     */
    private static Map<UUID, UUID> winners(Map<UUID, Signed> known, Collection<Pair> all, List<Pair> joining) {
        List<Pair> pairs = new ArrayList<>(all);
        pairs.sort(Comparator.comparingDouble(Pair::jaccard)
                .reversed()
                .thenComparing(Pair::a)
                .thenComparing(Pair::b));
        Map<UUID, Instant> rootAt = new HashMap<>();
        for (Signed s : known.values()) {
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
