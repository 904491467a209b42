package ca.harbour.linkage.engine;

import ca.harbour.linkage.block.SortedNeighbourhood;
import ca.harbour.linkage.cluster.Clusterer;
import ca.harbour.linkage.cluster.Edges;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.FellegiSunter;

import java.util.ArrayList;
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
 * model's block-size limit become stop keys from then on. Thread-safe (calls are serialised).
 */
public final class IncrementalLinker {
    private final LinkageModel model;
    private final RecordPreparer preparer;
    private final Comparisons comparisons;
    private final List<PreparedRecord> records = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, List<Integer>> blocks = new HashMap<>();
    private final Set<Long> newStops = new HashSet<>();
    private final List<List<Integer>> neighbours = new ArrayList<>();
    private final Map<Long, Double> matchWeights = new HashMap<>();

    /**
     * A scored candidate of an added record.
     *
     * @param id          the other record's id
     * @param weight      match weight
     * @param probability posterior match probability
     */
    public record Candidate(String id, double weight, double probability) {
    }

    /**
     * What adding a record found.
     *
     * @param candidates every compared earlier record, in comparison order
     * @param matches    those at or above the threshold
     * @param entityId   the record's entity (id of its cluster's first record)
     */
    public record Added(List<Candidate> candidates, List<Candidate> matches, String entityId) {
    }

    public IncrementalLinker(LinkageModel model) {
        this.model = model;
        this.preparer = new RecordPreparer(model.description()).withBlocker(
                new SortedNeighbourhood(model.description().fields()).blocker(model.sortedBoundaries()));
        this.comparisons = model.scorer().comparisons();
    }

    /** Adds a record (ids must be unique) and returns its candidates, matches and entity. */
    public synchronized Added add(Record r) {
        if (byId.containsKey(r.id())) {
            throw new IllegalArgumentException("duplicate record id '" + r.id() + "'");
        }
        int i = records.size();
        PreparedRecord ri = preparer.prepare(i, 0, r);
        records.add(ri);
        byId.put(r.id(), i);
        neighbours.add(new ArrayList<>());
        TreeSet<Integer> cands = new TreeSet<>();
        int cap = model.description().maxBlockSize();
        for (long k : ri.keys()) {
            if (model.isStopKey(k) || newStops.contains(k)) {
                continue;
            }
            List<Integer> b = blocks.computeIfAbsent(k, x -> new ArrayList<>());
            if (b.size() + 1 > cap) {
                newStops.add(k);
                blocks.remove(k);
                continue;
            }
            cands.addAll(b);
            b.add(i);
        }
        FellegiSunter fs = model.scorer();
        int[] levels = new int[comparisons.size()];
        List<Candidate> all = new ArrayList<>();
        List<Candidate> matches = new ArrayList<>();
        for (int j : cands) {
            PreparedRecord rj = records.get(j);
            comparisons.compare(rj, ri, levels);
            double w = fs.weight(levels, rj, ri);
            Candidate c = new Candidate(rj.id(), w, FellegiSunter.probability(w));
            all.add(c);
            if (w >= model.thresholdWeight()) {
                matches.add(c);
                neighbours.get(i).add(j);
                neighbours.get(j).add(i);
                matchWeights.put(((long) j << 32) | i, w);
            }
        }
        return new Added(all, matches, entityOf(r.id()));
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
            for (int n : neighbours.get(queue.get(q))) {
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
            for (int b : neighbours.get(a)) {
                if (a < b) {
                    e.add(local.get(a), local.get(b), matchWeights.get(((long) a << 32) | b));
                }
            }
        }
        int[] rep = new Clusterer(model.thresholdWeight(), model.description().maxClusterSize())
                .cluster(nodes.size(), e);
        return records.get(nodes.get(rep[local.get(start)])).id();
    }

    /** Number of records added. */
    public synchronized int size() {
        return records.size();
    }
}
