package ca.harbour.linkage.block;

import java.nio.LongBuffer;

/**
 * Sorted runs of entries, read in global order, group by group of equal keys, as often as needed; the
 * entries of skipped key types are left out.
 */
final class SortedKeys {
    private final LongBuffer[] runs;
    private final boolean[] skip;

    SortedKeys(LongBuffer[] runs, boolean[] skip) {
        this.runs = runs;
        this.skip = skip;
    }

    /** A new cursor at the first group. */
    KeyGroups groups() {
        return new KeyGroups(runs, skip);
    }
}
