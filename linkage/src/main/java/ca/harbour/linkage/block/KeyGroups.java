package ca.harbour.linkage.block;

import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * Ascending cursor over all entries of sorted runs, a group of equal keys at a time: a k-way merge through a
 * binary heap of the runs, ordered by their current entries, which are kept in an array so that sifting
 * compares longs without reading the buffers. Entries of skipped key types are left out.
 */
final class KeyGroups {
    private final LongBuffer[] data;
    private final boolean[] skip;
    private final int[] pos;
    /** The current entry of each run with entries left. */
    private final long[] cur;

    private final int[] heap;
    private int heapSize;
    /** Key of the group {@link #group} read last. */
    long key;
    /** Size of the group {@link #group} read last. */
    int size;
    /** Record indexes of the group read last, when asked for (grown as needed). */
    int[] members = new int[16];

    KeyGroups(LongBuffer[] data, boolean[] skip) {
        this.data = data;
        this.skip = skip;
        pos = new int[data.length];
        cur = new long[data.length];
        heap = new int[data.length];
        for (int k = 0; k < data.length; k++) {
            if (skipSkipped(k)) {
                heap[heapSize++] = k;
            }
        }
        for (int i = heapSize / 2 - 1; i >= 0; i--) {
            down(i);
        }
    }

    /** Moves run {@code k} past skipped entries; whether it has an entry left (then in {@link #cur}). */
    private boolean skipSkipped(int k) {
        LongBuffer d = data[k];
        int p = pos[k];
        while (p < d.limit()) {
            long e = d.get(p);
            if (!skip[AtomBlocker.typeOf(BlockKeys.key(e))]) {
                pos[k] = p;
                cur[k] = e;
                return true;
            }
            p++;
        }
        pos[k] = p;
        return false;
    }

    boolean hasNext() {
        return heapSize > 0;
    }

    /** Reads the next run of entries with one key: sets {@link #key}, {@link #size}, perhaps {@link #members}. */
    void group(boolean keepMembers) {
        key = BlockKeys.key(peek());
        size = 0;
        while (hasNext() && BlockKeys.key(peek()) == key) {
            long e = next();
            if (keepMembers) {
                if (size == members.length) {
                    members = Arrays.copyOf(members, size * 2);
                }
                members[size] = BlockKeys.record(e);
            }
            size++;
        }
    }

    private long peek() {
        return cur[heap[0]];
    }

    private long next() {
        int k = heap[0];
        long v = cur[k];
        pos[k]++;
        if (!skipSkipped(k)) {
            heap[0] = heap[--heapSize];
        }
        if (heapSize > 1) {
            down(0);
        }
        return v;
    }

    private void down(int i) {
        int k = heap[i];
        long v = cur[k];
        while (true) {
            int l = 2 * i + 1;
            if (l >= heapSize) {
                break;
            }
            int m = l + 1 < heapSize && cur[heap[l + 1]] < cur[heap[l]] ? l + 1 : l;
            if (cur[heap[m]] >= v) {
                break;
            }
            heap[i] = heap[m];
            i = m;
        }
        heap[i] = k;
    }
}
