package ca.harbour.linkage.engine;

import ca.harbour.linkage.block.SortedNeighbourhood;
import ca.harbour.linkage.cluster.Clusterer;
import ca.harbour.linkage.cluster.Edges;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.FellegiSunter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds records one at a time to a live index and answers, for each, its scored candidates and its entity,
 * using a fixed {@link LinkageModel} (typically from a batch run). Given the same model and the same records
 * in the same order it yields exactly the batch result's matches and clusters. Blocks growing past the
 * model's block-size limit become stop keys from then on. It can also carry on from a batch de-duplication
 * ({@link #resume}) without adding the batch's records again. Thread-safe (calls are serialised).
 */
public final class IncrementalLinker {
    private static final int IDX_BITS = 26;
    private final LinkageModel model;
    private final RecordPreparer preparer;
    private final Comparisons comparisons;
    /** Records of the batch resumed from (none for a linker started empty). */
    private final List<PreparedRecord> base;

    private final List<PreparedRecord> added = new ArrayList<>();
    /** The batch records' blocking keys as {@code key << 26 | record}, sorted: one long per key. */
    private final long[] baseKeys;
    /** Members of each block since the batch (or of every block, for a linker started empty). */
    private final Map<Long, List<Integer>> blocks = new HashMap<>();

    private final Set<Long> newStops = new HashSet<>();
    private final Map<String, Integer> byId = new HashMap<>();
    /** Matches of each record that has any. */
    private final Map<Integer, List<Integer>> neighbours = new HashMap<>();

    private final Map<Long, Double> matchWeights = new HashMap<>();

    /**
     * A scored candidate of an added record.
     *
     * @param id          the other record's id
     * @param weight      match weight
     * @param probability posterior match probability
     */
    public record Candidate(String id, double weight, double probability) {}

    /**
     * What adding a record found.
     *
     * @param candidates every compared earlier record, in comparison order
     * @param matches    those at or above the threshold
     * @param entityId   the record's entity (id of its cluster's first record)
     */
    public record Added(List<Candidate> candidates, List<Candidate> matches, String entityId) {}

    /** An empty linker scoring with {@code model}. */
    public IncrementalLinker(LinkageModel model) {
        this(model, preparerFor(model), List.of(), new long[0]);
    }

    private IncrementalLinker(LinkageModel model, RecordPreparer preparer, List<PreparedRecord> base, long[] baseKeys) {
        this.model = model;
        this.preparer = preparer;
        this.comparisons = model.scorer().comparisons();
        this.base = base;
        this.baseKeys = baseKeys;
    }

    /**
     * A linker that carries on from a batch de-duplication with its model: the same state, and so the same
     * answers, as a linker given the batch's records one by one, without comparing them again. Each batch
     * record's blocking keys are worked out again from its prepared values (not normalised again) and kept
     * in one sorted array, 8 bytes a key; the batch's matches and entities come from its pairs.
     *
     * @throws IllegalArgumentException for a linking result (records of two inputs are only ever compared
     *                                  across them, which adding records one at a time does not do)
     */
    public static IncrementalLinker resume(LinkageResult batch) {
        if (batch.linking()) {
            throw new IllegalArgumentException("only a de-duplication can be resumed, not a link of two inputs");
        }
        List<PreparedRecord> records = batch.records();
        int n = records.size();
        if (n >= 1 << IDX_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << IDX_BITS) - 1) + " records can be resumed");
        }
        LinkageModel model = batch.model();
        RecordPreparer preparer = preparerFor(model);
        long[] keys = new long[Math.max(16, n * 8)];
        int size = 0;
        for (int i = 0; i < n; i++) {
            PreparedRecord r = records.get(i);
            for (long k : preparer.keys(r.values(), r.alt())) {
                if (!model.isStopKey(k)) {
                    if (size == keys.length) {
                        keys = Arrays.copyOf(keys, size + (size >> 1));
                    }
                    keys[size++] = k << IDX_BITS | i;
                }
            }
        }
        long[] sorted = Arrays.copyOf(keys, size);
        keys = null;
        Arrays.parallelSort(sorted);
        IncrementalLinker live = new IncrementalLinker(model, preparer, records, sorted);
        for (int i = 0; i < n; i++) {
            if (live.byId.put(records.get(i).id(), i) != null) {
                throw new IllegalArgumentException(
                        "duplicate record id '" + records.get(i).id() + "'");
            }
        }
        Edges pairs = batch.pairs();
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.weight(k) >= model.thresholdWeight()) {
                live.match(pairs.a(k), pairs.b(k), pairs.weight(k));
            }
        }
        return live;
    }

    /** The batch's preparer with the sorted-neighbourhood blocks cut where the batch cut them. */
    private static RecordPreparer preparerFor(LinkageModel model) {
        return new RecordPreparer(model.description())
                .withBlocker(new SortedNeighbourhood(model.description().fields()).blocker(model.sortedBoundaries()));
    }

    private PreparedRecord record(int i) {
        return i < base.size() ? base.get(i) : added.get(i - base.size());
    }

    /** Records a match of earlier record {@code j} and record {@code i}. */
    private void match(int j, int i, double weight) {
        neighbours.computeIfAbsent(i, x -> new ArrayList<>()).add(j);
        neighbours.computeIfAbsent(j, x -> new ArrayList<>()).add(i);
        matchWeights.put(((long) j << 32) | i, weight);
    }

    /** Index of the first base entry of key {@code k} or later. */
    private int firstBase(long k) {
        long from = k << IDX_BITS;
        int lo = 0;
        int hi = baseKeys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (baseKeys[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Adds a record (ids must be unique) and returns its candidates, matches and entity. */
    public synchronized Added add(Record r) {
        List<Candidate> all = new ArrayList<>();
        List<Candidate> matches = addRecord(r, all);
        return new Added(all, matches, entityOf(r.id()));
    }

    /**
     * Adds a record (ids must be unique) and returns its matches only: for a caller that links matches and needs
     * no entity, whose look-up walks the record's whole cluster at every addition.
     */
    public synchronized List<Candidate> addForMatches(Record r) {
        return addRecord(r, new ArrayList<>());
    }

    private List<Candidate> addRecord(Record r, List<Candidate> all) {
        if (byId.containsKey(r.id())) {
            throw new IllegalArgumentException("duplicate record id '" + r.id() + "'");
        }
        int i = size();
        PreparedRecord ri = preparer.prepare(i, 0, r);
        added.add(ri);
        byId.put(r.id(), i);
        TreeSet<Integer> cands = new TreeSet<>();
        int cap = model.description().maxBlockSize();
        for (long k : ri.keys()) {
            if (model.isStopKey(k) || newStops.contains(k)) {
                continue;
            }
            int from = firstBase(k);
            int to = from;
            while (to < baseKeys.length && baseKeys[to] >>> IDX_BITS == k) {
                to++;
            }
            List<Integer> b = blocks.computeIfAbsent(k, x -> new ArrayList<>());
            if (to - from + b.size() + 1 > cap) {
                newStops.add(k);
                blocks.remove(k);
                continue;
            }
            for (int e = from; e < to; e++) {
                cands.add((int) (baseKeys[e] & ((1 << IDX_BITS) - 1)));
            }
            cands.addAll(b);
            b.add(i);
        }
        FellegiSunter fs = model.scorer();
        int[] levels = new int[comparisons.size()];
        List<Candidate> matches = new ArrayList<>();
        for (int j : cands) {
            PreparedRecord rj = record(j);
            comparisons.compare(rj, ri, levels);
            double w = fs.weight(levels, rj, ri);
            Candidate c = new Candidate(rj.id(), w, FellegiSunter.probability(w));
            all.add(c);
            if (w >= model.thresholdWeight()) {
                matches.add(c);
                match(j, i, w);
            }
        }
        return matches;
    }

    /** Entity id of a known record, or null when the id was never added. */
    public synchronized String entityOf(String id) {
        Integer start = byId.get(id);
        if (start == null) {
            return null;
        }
        TreeSet<Integer> comp = new TreeSet<>();
        List<Integer> queue = new ArrayList<>(List.of(start));
        comp.add(start);
        for (int q = 0; q < queue.size(); q++) {
            for (int n : neighbours.getOrDefault(queue.get(q), List.of())) {
                if (comp.add(n)) {
                    queue.add(n);
                }
            }
        }
        List<Integer> nodes = new ArrayList<>(comp);
        Map<Integer, Integer> local = new HashMap<>();
        for (int x = 0; x < nodes.size(); x++) {
            local.put(nodes.get(x), x);
        }
        Edges e = new Edges();
        for (int a : nodes) {
            for (int b : neighbours.getOrDefault(a, List.of())) {
                if (a < b) {
                    e.add(local.get(a), local.get(b), matchWeights.get(((long) a << 32) | b));
                }
            }
        }
        int[] rep =
                new Clusterer(model.thresholdWeight(), model.description().maxClusterSize()).cluster(nodes.size(), e);
        return record(nodes.get(rep[local.get(start)])).id();
    }

    /** Number of records added (a resumed batch's included). */
    public synchronized int size() {
        return base.size() + added.size();
    }
}
