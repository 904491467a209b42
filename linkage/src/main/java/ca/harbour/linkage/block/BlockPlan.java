package ca.harbour.linkage.block;

import java.util.Arrays;

/**
 * What the index keeps of each key type, decided in one pass over the sorted keys before the index is
 * written: each type's cost, and its oversized groups, blocks and members, so that once it is known which
 * types are dropped each array of the index is made at its size without another pass.
 *
 * <p>The types whose blocks together would cost more than the type budget share one more budget, spent on
 * their smallest blocks first: the larger a block, the less its shared key says (a common word, a common
 * name). Their larger blocks are stop keys; a type left without a block is dropped. Sorted-neighbourhood
 * types are kept whole, their cost being bounded by construction.
 */
final class BlockPlan {
    /** The largest block kept of each type; a larger one is a stop key. */
    final int[] largest;
    /** The types dropped whole: every key of theirs is a stop key, without being listed. */
    final boolean[] dropped;

    final int blockCount;
    final long memberCount;
    final int stopCount;

    private BlockPlan(int[] largest, boolean[] dropped, int blockCount, long memberCount, int stopCount) {
        this.largest = largest;
        this.dropped = dropped;
        this.blockCount = blockCount;
        this.memberCount = memberCount;
        this.stopCount = stopCount;
    }

    static BlockPlan of(SortedKeys keys, boolean[] hopeless, int maxBlockSize, long typeBudget) {
        int types = AtomBlocker.TYPES;
        long[] typeCost = new long[types];
        int[] oversized = new int[types];
        int[] blocks = new int[types];
        long[] members = new long[types];
        // Each type's blocks by size, up to the largest size a type over budget could keep: one block larger
        // would cost more than the whole budget those types share (see below).
        int counted = BlockLimits.countedSize(maxBlockSize, typeBudget);
        long[][] bySize = new long[types][];
        for (KeyGroups g = keys.groups(); g.hasNext(); ) {
            g.group(false);
            int t = AtomBlocker.typeOf(g.key);
            if (g.size > maxBlockSize) {
                oversized[t]++;
            } else if (g.size > 1) {
                typeCost[t] += (long) g.size * (g.size - 1) / 2;
                blocks[t]++;
                members[t] += g.size;
                if (g.size <= counted) {
                    if (bySize[t] == null) {
                        bySize[t] = new long[counted + 1];
                    }
                    bySize[t][g.size]++;
                }
            }
        }
        BlockLimits.Kept limits = BlockLimits.kept(typeCost, bySize, hopeless, maxBlockSize, typeBudget);
        int[] largest = limits.largest();
        boolean[] over = limits.over();
        boolean[] dropped = limits.dropped();
        int blockCount = 0;
        long memberCount = 0;
        int stopCount = 0;
        for (int t = 0; t < types; t++) {
            // the keys of a dropped type are not listed: the type's flag says they are all stop keys
            if (dropped[t]) {
                continue;
            }
            stopCount += oversized[t];
            if (!over[t]) {
                blockCount += blocks[t];
                memberCount += members[t];
                continue;
            }
            int kept = 0;
            for (int size = 2; size <= largest[t] && bySize[t] != null; size++) {
                kept += (int) bySize[t][size];
                memberCount += bySize[t][size] * size;
            }
            blockCount += kept;
            stopCount += blocks[t] - kept;
        }
        if (System.getProperty("harbour.linkage.debug") != null) {
            System.err.println("key type costs " + Arrays.toString(typeCost) + " budget " + typeBudget);
        }
        return new BlockPlan(largest, dropped, blockCount, memberCount, stopCount);
    }
}
