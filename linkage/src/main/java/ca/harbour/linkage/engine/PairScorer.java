package ca.harbour.linkage.engine;

import ca.harbour.linkage.block.BlockIndex;
import ca.harbour.linkage.cluster.Edges;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.FellegiSunter;
import ca.harbour.linkage.score.PatternCounts;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Walks the candidate pairs of every query record in parallel chunks, in a thread-count-independent order. */
final class PairScorer {
    private static final int CHUNK = 2048;
    private final List<PreparedRecord> records;
    private final BlockIndex index;
    private final Comparisons comparisons;
    private final boolean linking;
    private final int firstSize;

    /** Pairs kept and the number compared. */
    record Scored(Edges pairs, long comparisons) {
    }

    PairScorer(List<PreparedRecord> records, BlockIndex index, Comparisons comparisons, boolean linking,
               int firstSize) {
        this.records = records;
        this.index = index;
        this.comparisons = comparisons;
        this.linking = linking;
        this.firstSize = firstSize;
    }

    private int firstQuery() {
        return linking ? firstSize : 1;
    }

    private int limit(int i) {
        return linking ? firstSize : i;
    }

    /** All pairs (compared or not) of the query records {@link #countPatterns} samples. */
    double sampledPairs(int maxQueries) {
        int n = records.size();
        int lo = firstQuery();
        int queries = Math.max(0, n - lo);
        int stride = Math.max(1, (queries + maxQueries - 1) / maxQueries);
        double pairs = 0;
        for (int q = 0; lo + q * stride < n; q++) {
            pairs += limit(lo + q * stride);
        }
        return pairs;
    }

    /** Comparison-pattern counts over the candidates of up to {@code maxQueries} evenly spread records. */
    PatternCounts countPatterns(Workers w, int maxQueries, ProgressListener progress) {
        int n = records.size();
        int lo = firstQuery();
        int queries = Math.max(0, n - lo);
        int stride = Math.max(1, (queries + maxQueries - 1) / maxQueries);
        int sampled = (queries + stride - 1) / stride;
        int chunks = (sampled + CHUNK - 1) / CHUNK;
        PatternCounts[] parts = new PatternCounts[chunks];
        ThreadLocal<int[]> marks = ThreadLocal.withInitial(() -> new int[n]);
        AtomicLong done = new AtomicLong();
        w.forChunks(chunks, c -> {
            PatternCounts pc = new PatternCounts();
            int[] mark = marks.get();
            int[] levels = new int[comparisons.size()];
            for (int q = c * CHUNK; q < Math.min(sampled, (c + 1) * CHUNK); q++) {
                int i = lo + q * stride;
                PreparedRecord ri = records.get(i);
                index.candidates(i, limit(i), mark, j -> {
                    comparisons.compare(ri, records.get(j), levels);
                    pc.add(comparisons.encode(levels));
                });
            }
            parts[c] = pc;
            progress.progress("train", done.addAndGet(Math.min(sampled, (c + 1) * CHUNK) - c * CHUNK), sampled);
        });
        PatternCounts all = new PatternCounts();
        for (PatternCounts p : parts) {
            all.addAll(p);
        }
        return all;
    }

    /** Scores every candidate pair, keeping those with weight ≥ {@code keepWeight}. */
    Scored score(Workers w, FellegiSunter fs, double keepWeight, ProgressListener progress) {
        int n = records.size();
        int lo = firstQuery();
        int queries = Math.max(0, n - lo);
        int chunks = (queries + CHUNK - 1) / CHUNK;
        Edges[] parts = new Edges[chunks];
        long[] compared = new long[chunks];
        ThreadLocal<int[]> marks = ThreadLocal.withInitial(() -> new int[n]);
        AtomicLong done = new AtomicLong();
        w.forChunks(chunks, c -> {
            Edges e = new Edges();
            int[] mark = marks.get();
            int[] levels = new int[comparisons.size()];
            long[] count = {0};
            int end = Math.min(n, lo + (c + 1) * CHUNK);
            for (int i = lo + c * CHUNK; i < end; i++) {
                PreparedRecord ri = records.get(i);
                final int qi = i;
                index.candidates(i, limit(i), mark, j -> {
                    PreparedRecord rj = records.get(j);
                    double wt = fs.weightAtLeast(rj, ri, keepWeight, levels);
                    count[0]++;
                    if (wt >= keepWeight) {
                        e.add(j, qi, wt);
                    }
                });
            }
            parts[c] = e;
            compared[c] = count[0];
            progress.progress("score", done.addAndGet(end - (lo + c * CHUNK)), queries);
        });
        Edges all = new Edges();
        long total = 0;
        for (int c = 0; c < chunks; c++) {
            all.addAll(parts[c]);
            total += compared[c];
        }
        return new Scored(all, total);
    }
}
