package ca.harbour.linkage.block;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Key types that a sample already shows to be far over budget (estimated cost more than 4× the budget,
 * scaling the sample's cost by the square of the sampling ratio); they are left out before the
 * entries are sorted. Only used on inputs of more than 100,000 records. The sample is every
 * {@code n / 50,000}-th record. Word keys of free text are never left out: most of their blocks are
 * common words, and the few small ones, which a sample cannot see, are what they are for.
 */
final class HopelessTypes {

    private HopelessTypes() {}

    /** The hopeless key types among the entries of {@code runs} (sorted or not), indexed by type. */
    static boolean[] of(List<LongBuffer> runs, int n, int maxBlockSize, long typeBudget) {
        int stride = BlockLimits.hopelessStride(n, typeBudget);
        if (stride == 0) {
            return new boolean[AtomBlocker.TYPES];
        }
        // The sampled records' keys in a primitive array, sorted so that equal keys are adjacent: a hash map of
        // boxed keys costs about a hundred bytes per key, and the sample has a few million keys.
        long[] keys = new long[1024];
        int size = 0;
        for (LongBuffer d : runs) {
            for (int e = 0; e < d.limit(); e++) {
                long x = d.get(e);
                if (BlockKeys.record(x) % stride == 0) {
                    if (size == keys.length) {
                        keys = Arrays.copyOf(keys, size * 2);
                    }
                    keys[size++] = BlockKeys.key(x);
                }
            }
        }
        Arrays.sort(keys, 0, size);
        return BlockLimits.hopeless(keys, size, n, maxBlockSize, typeBudget);
    }
}
