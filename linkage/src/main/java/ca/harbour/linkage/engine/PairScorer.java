package ca.harbour.linkage.engine;

import ca.harbour.linkage.block.BlockIndex;
import ca.harbour.linkage.cluster.Edges;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.FellegiSunter;
import ca.harbour.linkage.score.PatternCounts;
import java.util.Arrays;
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

    /** Comparison patterns of every candidate pair, kept from training when it saw all of them. */
    private PairCodes[] cache;

    private static final long CACHE_LIMIT = 5_000_000;

    /** Candidate pairs with their pattern codes, in visiting order (one chunk). */
    private static final class PairCodes {
        private int[] a = new int[64];
        private int[] b = new int[64];
        private long[] code = new long[64];
        private int size;

        void add(int i, int j, long c) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                code = Arrays.copyOf(code, size * 2);
            }
            a[size] = i;
            b[size] = j;
            code[size++] = c;
        }
    }

    /** Pairs kept and the number compared. */
    record Scored(Edges pairs, long comparisons) {}

    PairScorer(
            List<PreparedRecord> records, BlockIndex index, Comparisons comparisons, boolean linking, int firstSize) {
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

    /** Comparison-pattern counts over the candidates of the training queries (evenly spread records). */
    PatternCounts countPatterns(Workers w, BatchLinker.TrainingQueries training, ProgressListener progress) {
        int n = records.size();
        int lo = Math.toIntExact(training.first());
        int stride = Math.toIntExact(training.stride());
        int queries = Math.max(0, n - lo);
        int sampled = (queries + stride - 1) / stride;
        // Pairs are cached in query order whatever the chunk size, so small inputs can use small chunks.
        int chunk = Workers.chunkFor(sampled, CHUNK);
        int chunks = (sampled + chunk - 1) / chunk;
        PatternCounts[] parts = new PatternCounts[chunks];
        PairCodes[] codes = stride == 1 ? new PairCodes[chunks] : null;
        AtomicLong done = new AtomicLong();
        AtomicLong cached = new AtomicLong();
        w.forChunks(chunks, c -> {
            PatternCounts pc = new PatternCounts();
            PairCodes keep = codes == null ? null : new PairCodes();
            BlockIndex.Scratch scratch = new BlockIndex.Scratch();
            int[] levels = new int[comparisons.size()];
            for (int q = c * chunk; q < Math.min(sampled, (c + 1) * chunk); q++) {
                int i = lo + q * stride;
                PreparedRecord ri = records.get(i);
                int before = keep == null ? 0 : keep.size;
                // counted once per query record, not per pair (a shared counter per pair made the threads
                // contend for it); past the limit the kept pairs are dropped anyway
                boolean keeping = keep != null && cached.get() <= CACHE_LIMIT;
                index.candidates(i, limit(i), scratch, j -> {
                    comparisons.compare(records.get(j), ri, levels);
                    long code = comparisons.encode(levels);
                    pc.add(code);
                    if (keeping) {
                        keep.add(j, ri.index(), code);
                    }
                });
                if (keeping) {
                    cached.addAndGet(keep.size - before);
                }
            }
            parts[c] = pc;
            if (codes != null) {
                codes[c] = keep;
            }
            progress.progress("train", done.addAndGet(Math.min(sampled, (c + 1) * chunk) - c * chunk), sampled);
        });
        PatternCounts all = new PatternCounts();
        for (PatternCounts p : parts) {
            all.addAll(p);
        }
        cache = codes != null && cached.get() <= CACHE_LIMIT ? codes : null;
        return all;
    }

    /** Scores from the training pass's cached patterns: same pairs, same order, no second comparison. */
    private Scored scoreCached(FellegiSunter fs, double keepWeight, ProgressListener progress) {
        Edges all = new Edges();
        long total = 0;
        int[] levels = new int[comparisons.size()];
        for (PairCodes pc : cache) {
            for (int k = 0; k < pc.size; k++) {
                comparisons.decode(pc.code[k], levels);
                PreparedRecord rj = records.get(pc.a[k]);
                PreparedRecord ri = records.get(pc.b[k]);
                double wt = fs.weight(levels, rj, ri);
                total++;
                if (wt >= keepWeight) {
                    all.add(pc.a[k], pc.b[k], wt);
                }
            }
        }
        progress.progress("score", 1, 1);
        return new Scored(all, total);
    }

    /** Scores every candidate pair, keeping those with weight ≥ {@code keepWeight}. */
    Scored score(Workers w, FellegiSunter fs, double keepWeight, ProgressListener progress) {
        if (cache != null) {
            return scoreCached(fs, keepWeight, progress);
        }
        int n = records.size();
        int lo = firstQuery();
        int queries = Math.max(0, n - lo);
        int chunks = (queries + CHUNK - 1) / CHUNK;
        Edges[] parts = new Edges[chunks];
        long[] compared = new long[chunks];
        AtomicLong done = new AtomicLong();
        w.forChunks(chunks, c -> {
            Edges e = new Edges();
            BlockIndex.Scratch scratch = new BlockIndex.Scratch();
            int[] levels = new int[comparisons.size()];
            long[] count = {0};
            int end = Math.min(n, lo + (c + 1) * CHUNK);
            for (int i = lo + c * CHUNK; i < end; i++) {
                PreparedRecord ri = records.get(i);
                final int qi = i;
                index.candidates(i, limit(i), scratch, j -> {
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
        int kept = 0;
        for (Edges part : parts) {
            kept += part.size();
        }
        // Each part is dropped once appended, and the list grows by segments, never by copying: the pairs
        // are held about once all along (at 4M records there are over 3M of them, 16 bytes each).
        Edges all = new Edges(kept);
        long total = 0;
        for (int c = 0; c < chunks; c++) {
            all.addAll(parts[c]);
            parts[c] = null;
            total += compared[c];
        }
        return new Scored(all, total);
    }
}
