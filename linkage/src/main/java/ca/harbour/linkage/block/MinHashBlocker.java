package ca.harbour.linkage.block;

import java.util.function.LongConsumer;

/**
 * MinHash-LSH bands over the word tokens of one free-text field: {@code bands} keys per value, each the
 * hash of {@code rows} min-hashes. Texts with Jaccard similarity s share a band with probability
 * {@code 1 - (1 - s^rows)^bands}.
 */
public final class MinHashBlocker implements Blocker {
    private final int field;
    private final int bands;
    private final int rows;
    private final long seed;

    public MinHashBlocker(int field, int bands, int rows, long seed) {
        this.field = field;
        this.bands = bands;
        this.rows = rows;
        this.seed = seed;
    }

    @Override
    public void keys(String[] values, String[] alt, LongConsumer out) {
        String v = values[field];
        if (v == null) {
            return;
        }
        String[] tokens = v.split(" ");
        long[] tokenHash = new long[tokens.length];
        for (int t = 0; t < tokens.length; t++) {
            tokenHash[t] = Hashing.hash(seed, tokens[t]);
        }
        for (int b = 0; b < bands; b++) {
            long band = Hashing.hash(seed + field, 7919L * b);
            for (int r = 0; r < rows; r++) {
                long salt = Hashing.mix(seed ^ (b * 131L + r + 1));
                long min = Long.MAX_VALUE;
                for (long h : tokenHash) {
                    min = Math.min(min, Hashing.mix(h ^ salt));
                }
                band = Hashing.hash(band, min);
            }
            out.accept(AtomBlocker.typed(AtomBlocker.TYPES - 1 - (field % 8), band));
        }
    }
}
