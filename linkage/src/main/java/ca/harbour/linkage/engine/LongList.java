package ca.harbour.linkage.engine;

import java.util.Arrays;

/**
 * A list of longs that grows by whole chunks of 2^16 (512 KB) and is never copied to grow: a million-entry
 * array grown by halves was copied at 8 MB plus 12 MB, with both alive at once, at the height of a run's
 * reading. Appending is single-threaded; reads are safe from any thread once appending is over.
 */
final class LongList {
    private static final int BITS = 16;
    private static final int MASK = (1 << BITS) - 1;
    private long[][] chunks = new long[4][];
    private long size;

    /** Appends {@code v}. */
    void add(long v) {
        int c = (int) (size >>> BITS);
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        if (chunks[c] == null) {
            chunks[c] = new long[1 << BITS];
        }
        chunks[c][(int) size & MASK] = v;
        size++;
    }

    /** Entry {@code i}. */
    long get(long i) {
        return chunks[(int) (i >>> BITS)][(int) i & MASK];
    }

    long size() {
        return size;
    }
}
