package ca.harbour.linkage.engine;

import ca.harbour.linkage.block.BlockIndex;
import ca.harbour.linkage.cluster.Clusterer;
import ca.harbour.linkage.cluster.Edges;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.FellegiSunter;
import ca.harbour.linkage.score.PatternCounts;
import ca.harbour.linkage.score.TermFrequencies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Batch de-duplication and linking: prepare (normalise, key) → block → fit the model unsupervised
 * (unless one is given) → score every candidate pair in parallel → cluster. Results do not depend on the
 * number of threads.
 */
public final class BatchLinker {
    private final DatasetDescription description;
    private final RecordPreparer preparer;
    private final Comparisons comparisons;
    private final int threads;
    private ProgressListener progress = ProgressListener.NONE;
    private int trainingQueries = 25_000;
    private double outputThreshold = Double.NaN;

    /** @param threads worker threads (0 = all cores) */
    public BatchLinker(DatasetDescription description, int threads) {
        this.description = description;
        this.preparer = new RecordPreparer(description);
        this.comparisons = new Comparisons(description.fields());
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

    /** Caps the records whose candidates feed EM (default 25,000; sampled evenly). */
    public BatchLinker trainingQueries(int n) {
        this.trainingQueries = Math.max(1, n);
        return this;
    }

    /** De-duplicates one input, fitting a model. */
    public LinkageResult dedupe(List<Record> records) {
        return run(records, List.of(), false, null);
    }

    /** De-duplicates one input with a given model's scorer (no fitting). */
    public LinkageResult dedupe(List<Record> records, FellegiSunter model) {
        return run(records, List.of(), false, model);
    }

    /** Links two inputs (pairs only across them), fitting a model. */
    public LinkageResult link(List<Record> first, List<Record> second) {
        return run(first, second, true, null);
    }

    private LinkageResult run(List<Record> a, List<Record> b, boolean linking, FellegiSunter given) {
        int firstSize = a.size();
        int n = firstSize + b.size();
        try (Workers w = new Workers(threads)) {
            PreparedRecord[] prepared = new PreparedRecord[n];
            java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
            w.forRange(n, 4096, (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    prepared[i] = i < firstSize ? preparer.prepare(i, 0, a.get(i))
                            : preparer.prepare(i, 1, b.get(i - firstSize));
                }
                progress.progress("prepare", done.addAndGet(hi - lo), n);
            });
            List<PreparedRecord> records = Arrays.asList(prepared);
            progress.progress("index", 0, 1);
            BlockIndex index = BlockIndex.build(records, description.maxBlockSize(), BlockIndex.defaultTypeBudget(n));
            progress.progress("index", 1, 1);
            PairScorer scorer = new PairScorer(records, index, comparisons, linking, firstSize);
            FellegiSunter fs = given;
            if (fs == null) {
                boolean[] tfOn = new boolean[description.fields().size()];
                for (int f = 0; f < tfOn.length; f++) {
                    FieldSpec s = description.fields().get(f);
                    tfOn[f] = s.termFrequency();
                }
                TermFrequencies tf = new TermFrequencies(records, tfOn);
                PatternCounts counts = scorer.countPatterns(w, trainingQueries, progress);
                progress.progress("fit", 0, 1);
                fs = ModelTrainer.train(description, comparisons, records, firstSize, linking, counts,
                        scorer.sampledPairs(trainingQueries), tf);
                progress.progress("fit", 1, 1);
            }
            double threshold = FellegiSunter.weightOf(description.effectiveThreshold());
            double keep = Double.isNaN(outputThreshold) ? threshold
                    : Math.min(threshold, FellegiSunter.weightOf(outputThreshold));
            PairScorer.Scored scored = scorer.score(w, fs, keep, progress);
            Edges matches = new Edges();
            for (int k = 0; k < scored.pairs().size(); k++) {
                if (scored.pairs().weight(k) >= threshold) {
                    matches.add(scored.pairs().a(k), scored.pairs().b(k), scored.pairs().weight(k));
                }
            }
            progress.progress("cluster", 0, 1);
            int[] entity = new Clusterer(threshold, description.maxClusterSize()).cluster(n, matches);
            progress.progress("cluster", 1, 1);
            LinkageModel model = new LinkageModel(description, fs, index.stopKeys(), index.droppedTypes(), threshold);
            return new LinkageResult(new ArrayList<>(records), firstSize, linking, scored.pairs(), entity,
                    scored.comparisons(), model, index);
        }
    }
}
