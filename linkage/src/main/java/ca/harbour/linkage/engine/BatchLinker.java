package ca.harbour.linkage.engine;

import ca.harbour.linkage.block.BlockIndex;
import ca.harbour.linkage.block.BlockKeys;
import ca.harbour.linkage.block.SortedNeighbourhood;
import ca.harbour.linkage.cluster.Clusterer;
import ca.harbour.linkage.cluster.Edges;
import ca.harbour.linkage.cluster.OneToOne;
import ca.harbour.linkage.compare.TokenWeights;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.FellegiSunter;
import ca.harbour.linkage.score.PatternCounts;
import ca.harbour.linkage.score.TermFrequencies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Batch de-duplication and linking: prepare (normalise, key) → block → fit the model unsupervised
 * (unless one is given) → score every candidate pair in parallel → cluster. Results do not depend on the
 * number of threads.
 */
public final class BatchLinker {
    private final DatasetDescription description;
    private final RecordPreparer preparer;
    private final Comparisons comparisons;
    private final SortedNeighbourhood sorted;
    private final int threads;
    private ProgressListener progress = ProgressListener.NONE;
    private int trainingQueries = 25_000;
    private double outputThreshold = Double.NaN;
    private int recordsInMemory =
            (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 4096);
    private Path spillDir = Path.of(System.getProperty("java.io.tmpdir"));
    private static final int BATCH = 16_384;

    /** @param threads worker threads (0 = all cores) */
    public BatchLinker(DatasetDescription description, int threads) {
        this.description = description;
        this.preparer = new RecordPreparer(description);
        this.comparisons = new Comparisons(description.fields());
        this.sorted = new SortedNeighbourhood(description.fields());
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Reports progress to {@code l}. */
    public BatchLinker progress(ProgressListener l) {
        this.progress = l;
        return this;
    }

    /** Keeps scored pairs down to this probability in the result (default: the match threshold). */
    public BatchLinker outputThreshold(double probability) {
        this.outputThreshold = probability;
        return this;
    }

    /**
     * Keeps at most {@code n} prepared records as objects, {@code 32 n} blocking-key entries and
     * {@code 256 n} ints of blocking index in memory; past that they move to temporary files in {@code dir}
     * and are read back as needed (see {@link RecordStore}, {@link BlockKeys} and
     * {@link BlockIndex#build(BlockKeys, int, int, long, long, java.nio.file.Path)}). The default
     * allows 4 KB of the maximum heap per record (so the index may take a quarter of the heap), and a run
     * given a small heap ({@code -Xmx}) spills instead of running out.
     */
    public BatchLinker recordsInMemory(int n, Path dir) {
        this.recordsInMemory = Math.max(0, n);
        this.spillDir = dir;
        return this;
    }

    /** Caps the records whose candidates feed EM (default 25,000; sampled evenly). */
    public BatchLinker trainingQueries(int n) {
        this.trainingQueries = Math.max(1, n);
        return this;
    }

    /** De-duplicates one input, fitting a model. */
    public LinkageResult dedupe(List<Record> records) {
        return run(records.iterator(), Collections.emptyIterator(), false, null, records.size());
    }

    /** De-duplicates a stream of records (raw records are dropped once normalised), fitting a model. */
    public LinkageResult dedupe(Iterator<Record> records) {
        return run(records, Collections.emptyIterator(), false, null, -1);
    }

    /** De-duplicates one input with a given model's scorer (no fitting). */
    public LinkageResult dedupe(List<Record> records, FellegiSunter model) {
        return run(records.iterator(), Collections.emptyIterator(), false, model, records.size());
    }

    /** Links two inputs (pairs only across them), fitting a model. */
    public LinkageResult link(List<Record> first, List<Record> second) {
        return run(first.iterator(), second.iterator(), true, null, first.size() + second.size());
    }

    /** Links two streams of records (pairs only across them), fitting a model. */
    public LinkageResult link(Iterator<Record> first, Iterator<Record> second) {
        return run(first, second, true, null, -1);
    }

    private static final long[] NO_KEYS = new long[0];

    /**
     * Prepares records in parallel batches; their blocking keys go to {@code keys}, their sorting keys to
     * {@code sortKeys}, and the records are kept without keys (the keys are needed only to build the index,
     * and were a fifth of a record's memory).
     */
    private RecordStore prepare(
            Workers w,
            Iterator<Record> in,
            int source,
            RecordStore out,
            BlockKeys keys,
            LongList sortKeys,
            long total) {
        List<Record> batch = new ArrayList<>(BATCH);
        while (in.hasNext()) {
            batch.clear();
            while (batch.size() < BATCH && in.hasNext()) {
                batch.add(in.next());
            }
            int base = out.size();
            PreparedRecord[] part = new PreparedRecord[batch.size()];
            w.forRange(batch.size(), Workers.chunkFor(batch.size(), 1024), (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    part[i] = preparer.prepare(base + i, source, batch.get(i));
                }
            });
            for (int i = 0; i < part.length; i++) {
                PreparedRecord r = part[i];
                keys.add(r.index(), r.keys());
                sortKeys.add(sorted.sortKey(r.values()));
                out.append(new PreparedRecord(r.index(), r.id(), r.source(), r.values(), r.alt(), NO_KEYS));
            }
            progress.progress("prepare", out.size(), total);
        }
        return out;
    }

    /**
     * Adds every record's sorted-neighbourhood block keys, now that the interval boundaries are known, from
     * the sorting keys kept while preparing (the records themselves are not read again).
     */
    private static void addSortedKeys(LongList sortKeys, long[] boundaries, BlockKeys keys) {
        long[] two = new long[2];
        for (int i = 0; i < sortKeys.size(); i++) {
            long k = sortKeys.get(i);
            if (k >= 0) {
                SortedNeighbourhood.blockKeys(k, boundaries, two);
                keys.add(i, two);
            }
        }
    }

    /** The interval boundaries of the records' sorting keys (-1: not taking part). */
    private static long[] boundaries(LongList sortKeys) {
        int m = 0;
        for (int i = 0; i < sortKeys.size(); i++) {
            if (sortKeys.get(i) >= 0) {
                m++;
            }
        }
        long[] taking = new long[m];
        m = 0;
        for (int i = 0; i < sortKeys.size(); i++) {
            if (sortKeys.get(i) >= 0) {
                taking[m++] = sortKeys.get(i);
            }
        }
        return SortedNeighbourhood.boundaries(taking);
    }

    /**
     * The comparisons with each free-text field's words weighed (see {@link TokenWeights}), each field on its
     * own thread, counted on up to 200,000 records spread evenly over the input, so that their table stays
     * bounded; the comparisons themselves when there is no free text.
     */
    private Comparisons weighted(Workers w, List<PreparedRecord> records) {
        if (description.fields().stream().noneMatch(f -> f.kind() == FieldKind.TEXT)) {
            return comparisons;
        }
        TokenWeights[] weights = new TokenWeights[description.fields().size()];
        int n = records.size();
        int stride = Math.max(1, n / 200_000);
        w.forRange(weights.length, 1, (lo, hi) -> {
            for (int f = lo; f < hi; f++) {
                if (description.fields().get(f).kind() == FieldKind.TEXT) {
                    int field = f;
                    weights[f] = TokenWeights.count(() -> IntStream.iterate(0, i -> i < n, i -> i + stride)
                            .mapToObj(i -> records.get(i).values()[field])
                            .iterator());
                }
            }
        });
        return comparisons.withWeights(weights);
    }

    /** The value frequencies of the fields that weigh by them, each field counted on its own thread. */
    private TermFrequencies termFrequencies(Workers w, List<PreparedRecord> records, boolean linking) {
        TermFrequencies.Field[] counted =
                new TermFrequencies.Field[description.fields().size()];
        w.forRange(counted.length, 1, (lo, hi) -> {
            for (int f = lo; f < hi; f++) {
                FieldSpec spec = description.fields().get(f);
                // Titles and author lists: only a link tells a recurring value ("Editorial") from
                // one entity's duplicates, which a de-duplication's repeated values mostly are.
                boolean titleLike = spec.kind() == FieldKind.TEXT || spec.kind() == FieldKind.PERSON_NAMES;
                if (spec.termFrequency() && (linking || !titleLike || spec.tf() != null)) {
                    counted[f] = TermFrequencies.count(records, f, titleLike);
                }
            }
        });
        return new TermFrequencies(counted);
    }

    /**
     * The records whose candidates feed EM in an input of {@code records} records, as {@link #dedupe} and
     * {@link #link} choose them: from index {@code first}, every {@code stride}-th (at most
     * {@link #trainingQueries(int)}); and all the pairs they can make (each with the records before it, or in a
     * link with the first input's), among which EM finds the match share.
     */
    public record TrainingQueries(long first, long stride, double pairs) {}

    /** @param firstSize in a link, the first input's size; -1 in a de-duplication */
    public TrainingQueries trainingQueries(long records, long firstSize) {
        boolean linking = firstSize >= 0;
        long first = linking ? firstSize : 1;
        long queries = Math.max(0, records - first);
        long stride = Math.max(1, (queries + trainingQueries - 1) / trainingQueries);
        double pairs = 0;
        for (long i = first; i < records; i += stride) {
            pairs += linking ? firstSize : i;
        }
        return new TrainingQueries(first, stride, pairs);
    }

    /**
     * The comparisons a model {@link #fit} on this sample compares with (free-text words weighed on it): what
     * the candidates given to {@link #fit} are to be counted with.
     *
     * @param sample evenly spread records of each input (one list to de-duplicate, two to link)
     */
    public Comparisons comparisons(List<List<Record>> sample) {
        try (Workers w = new Workers(threads)) {
            return weighted(w, prepared(w, sample));
        }
    }

    /**
     * Fits the model {@link #dedupe} or {@link #link} would fit on an input too large to be held here (a Spark
     * job's). The sample (evenly spread records of each input) gives the free-text word weights, the values'
     * frequencies and the random pairs from which u is estimated; EM fits on {@code candidates}, the comparison
     * patterns of what the whole input's blocking paired with its {@link #trainingQueries(long, long) training
     * queries} (counted with {@link #comparisons}), the match share being among all their {@code sampledPairs}.
     * So EM sees the pairs that will be scored, in their proportions, however small the sample is against the
     * input: fitted on the pairs of the sample alone, at 10 million synthetic people it took namesakes for matches,
     * the sample holding a hundredth of each record's duplicates and the namesake blocks the whole input drops.
     */
    public FellegiSunter fit(List<List<Record>> sample, PatternCounts candidates, double sampledPairs) {
        boolean linking = sample.size() == 2;
        try (Workers w = new Workers(threads)) {
            List<PreparedRecord> records = prepared(w, sample);
            return ModelTrainer.train(
                    w,
                    description,
                    weighted(w, records),
                    records,
                    sample.get(0).size(),
                    linking,
                    candidates,
                    sampledPairs,
                    termFrequencies(w, records, linking));
        }
    }

    /** The sample's records prepared in order, the second input's after the first's. */
    private List<PreparedRecord> prepared(Workers w, List<List<Record>> sample) {
        List<Record> all = new ArrayList<>();
        sample.forEach(all::addAll);
        int firstSize = sample.get(0).size();
        PreparedRecord[] out = new PreparedRecord[all.size()];
        w.forRange(out.length, Workers.chunkFor(out.length, 1024), (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                out[i] = preparer.prepare(i, i < firstSize ? 0 : 1, all.get(i));
            }
        });
        return List.of(out);
    }

    private LinkageResult run(
            Iterator<Record> a, Iterator<Record> b, boolean linking, FellegiSunter given, long total) {
        try (Workers w = new Workers(threads)) {
            BlockKeys keys = new BlockKeys().spillBeyond(32L * recordsInMemory, spillDir);
            LongList sortKeys = new LongList();
            RecordStore records =
                    new RecordStore(recordsInMemory, description.fields().size(), spillDir);
            prepare(w, a, 0, records, keys, sortKeys, total);
            int firstSize = records.size();
            prepare(w, b, 1, records, keys, sortKeys, total);
            records.seal();
            int n = records.size();
            long[] boundaries = boundaries(sortKeys);
            addSortedKeys(sortKeys, boundaries, keys);
            sortKeys = null;
            progress.progress("prepare", n, n);
            progress.progress("index", 0, 1);
            BlockIndex index = BlockIndex.build(
                    keys,
                    n,
                    description.maxBlockSize(),
                    BlockIndex.defaultTypeBudget(n),
                    256L * recordsInMemory,
                    spillDir);
            progress.progress("index", 1, 1);
            // a given model compares as it was fitted; a model fitted here weighs this input's words
            Comparisons c = given != null ? given.comparisons() : weighted(w, records);
            PairScorer scorer = new PairScorer(records, index, c, linking, firstSize);
            FellegiSunter fs = given;
            if (fs == null) {
                TermFrequencies tf = termFrequencies(w, records, linking);
                TrainingQueries queries = trainingQueries(n, linking ? firstSize : -1);
                PatternCounts counts = scorer.countPatterns(w, queries, progress);
                progress.progress("fit", 0, 1);
                fs = ModelTrainer.train(w, description, c, records, firstSize, linking, counts, queries.pairs(), tf);
                progress.progress("fit", 1, 1);
            }
            double threshold = FellegiSunter.weightOf(description.effectiveThreshold());
            double keep = Double.isNaN(outputThreshold)
                    ? threshold
                    : Math.min(threshold, FellegiSunter.weightOf(outputThreshold));
            PairScorer.Scored scored = scorer.score(w, fs, keep, progress);
            progress.progress("cluster", 0, 1);
            Edges pairs =
                    linking && description.oneToOne() ? OneToOne.assign(scored.pairs(), n, threshold) : scored.pairs();
            // pairs kept below the threshold (--min-pair-probability) are no edges: the clusterer skips them
            int[] entity = new Clusterer(threshold, description.maxClusterSize()).cluster(n, pairs);
            progress.progress("cluster", 1, 1);
            LinkageModel model =
                    new LinkageModel(description, fs, index.stopKeys(), index.droppedTypes(), boundaries, threshold);
            return new LinkageResult(records, firstSize, linking, pairs, entity, scored.comparisons(), model, index);
        }
    }
}
