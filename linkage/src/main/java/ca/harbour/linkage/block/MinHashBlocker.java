package ca.harbour.linkage.block;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Keys of one free-text field: MinHash-LSH bands over its words, {@code bands} keys per value, each the
 * hash of {@code rows} min-hashes (texts with Jaccard similarity s share a band with probability
 * {@code 1 - (1 - s^rows)^bands}); and its words themselves, for texts that share a rare word and little
 * else (a product's model code among common words).
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
        tokenKeys(tokens, out);
    }

    private static final int MAX_TOKEN_KEYS = 16;
    /** The key types of word keys: this one for the first text field, and the seven below for the next. */
    private static final int WORD_TYPES = AtomBlocker.TYPES - 10;

    /** Whether keys of type {@code t} are words of a free-text field. */
    public static boolean isWordType(int t) {
        return t <= WORD_TYPES && t > WORD_TYPES - 8;
    }

    /**
     * One key per word (its longest {@link #MAX_TOKEN_KEYS}, longer words being rarer), and one per two
     * neighbouring words of which one holds a digit, written together (as many again at most): "kdl 32l5000"
     * meets "kdl32l5000".
     * Common words make large blocks, which the index's budget turns into stop keys; rare words (model
     * codes, unusual names) make the small blocks that find a pair.
     */
    private void tokenKeys(String[] tokens, LongConsumer out) {
        int type = WORD_TYPES - (field % 8);
        String[] longest = tokens.clone();
        Arrays.sort(longest, (x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y));
        int emitted = 0;
        for (int t = 0; t < longest.length && emitted < MAX_TOKEN_KEYS; t++) {
            if (longest[t].length() > 1 && (t == 0 || !longest[t].equals(longest[t - 1]))) {
                out.accept(AtomBlocker.typed(type, Hashing.hash(seed + 17, longest[t])));
                emitted++;
            }
        }
        for (int t = 0; t + 1 < tokens.length && emitted < 2 * MAX_TOKEN_KEYS; t++) {
            if (hasDigit(tokens[t]) || hasDigit(tokens[t + 1])) {
                emitted++;
                out.accept(AtomBlocker.typed(type, Hashing.hash(seed + 17, tokens[t] + tokens[t + 1])));
            }
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
