package ca.harbour.linkage.block;

import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Sorted-neighbourhood blocking in its "sorted blocks" form (Draisbach and Naumann, 2011: a generalisation
 * of blocking and windowing): records are ordered by a sorting key, the order is cut into intervals of about
 * {@link #STEP} records, and each record joins the block of its interval and of the next one, so overlapping
 * windows of about {@code 2 × STEP} records become ordinary blocks. Neighbours up to {@code STEP} places
 * apart always share a block (see {@link #boundaries}). It finds pairs whose names agree on their first letters
 * but not exactly, nor phonetically (a typo in the third letter changes a Double Metaphone key; one later
 * mostly does not), and that agree on nothing else exactly: keys of whole values miss them.
 *
 * <p>Sorting key: the first two of the description's text-like blocking fields (family name, given name,
 * full name, address, free text, in that order of preference), as the first eight characters of their
 * normalised values, 6 bits each, then a tie-break (see {@link #sortKey}). One pass: a second one in the
 * other field order (for a typo in the first letter) was measured too, and it cost more comparisons than
 * the pairs it found were worth (bench/linkage/RESULTS.md). The interval boundaries come from all records
 * of a batch run and are kept in the model, so incremental linking cuts the order at the same places.
 */
public final class SortedNeighbourhood {
    /** Records per interval (blocks hold about two intervals). */
    public static final int STEP = 2;

    private static final int CHARS = 8;
    private static final int TIE_BITS = 12;
    /** Key type of the blocks (below the MinHash types). */
    public static final int TYPE = AtomBlocker.TYPES - 9;
    /** The fields of the sorting key, in order; empty when the description has no text-like blocking field. */
    private final int[] fields;

    public SortedNeighbourhood(List<FieldSpec> fields) {
        List<Integer> text = new ArrayList<>();
        for (FieldKind k : List.of(
                FieldKind.FAMILY_NAME, FieldKind.GIVEN_NAME, FieldKind.FULL_NAME, FieldKind.ADDRESS, FieldKind.TEXT)) {
            for (int f = 0; f < fields.size(); f++) {
                if (fields.get(f).kind() == k && fields.get(f).blocks()) {
                    text.add(f);
                }
            }
        }
        this.fields = text.stream().limit(2).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Sorting key of a record: its fields' first eight characters packed into a long that sorts like
     * them, then 12 bits of a hash of all its values, or -1 when the first field is missing or no field
     * sorts (the record takes no part). The hash breaks ties: records sharing a common name are spread over
     * intervals of the usual size instead of forming one large block, which would bring back the pairs of
     * common names that the index's comparison budget leaves out (at 100,000 synthetic people the tie-break
     * took the extra comparisons from 382,000 to 214,000 for the same recall, within 0.0001).
     */
    public long sortKey(String[] values) {
        int[] fs = fields;
        if (fs.length == 0 || values[fs[0]] == null) {
            return -1;
        }
        long key = 0;
        int used = 0;
        for (int i = 0; i < fs.length && used < CHARS; i++) {
            String v = values[fs[i]];
            if (i > 0) {
                key = key << 6 | 1;
                used++;
            }
            for (int c = 0; v != null && c < v.length() && used < CHARS; c++, used++) {
                key = key << 6 | code(v.charAt(c));
            }
        }
        long tie = 0;
        for (int f = 0; f < values.length; f++) {
            if (values[f] != null) {
                tie = Hashing.hash(tie + f, values[f]);
            }
        }
        return key << (6 * (CHARS - used) + TIE_BITS) | (tie & ((1L << TIE_BITS) - 1));
    }

    /** 6-bit code that keeps order: 0 end, 1 field separator, 2 space, digits, letters, then the rest. */
    private static int code(char c) {
        if (c == ' ') {
            return 2;
        }
        if (c >= '0' && c <= '9') {
            return 3 + c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return 13 + c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return 13 + c - 'A';
        }
        return c < 'a' ? 39 : Math.min(63, 40 + (c - 'z') % 24);
    }

    /**
     * Interval boundaries from the sorting keys of the records taking part (those of -1 left out), which
     * it sorts in place: walking the sorted keys, a new interval starts at the first key that differs from
     * the one before once the current interval holds {@link #STEP} records. So equal keys share an
     * interval, every interval but the last holds at least {@code STEP} records, and records at most
     * {@code STEP} places apart are in the same or neighbouring intervals, hence in a common block.
     */
    public static long[] boundaries(long[] keys) {
        int m = keys.length;
        Arrays.sort(keys);
        long[] out = new long[m / STEP + 1];
        int b = 0;
        int count = 0;
        for (int i = 0; i < m; i++) {
            if (count >= STEP && keys[i] != keys[i - 1]) {
                out[b++] = keys[i];
                count = 0;
            }
            count++;
        }
        return Arrays.copyOf(out, b);
    }

    /**
     * The two block keys of a record whose sorting key ({@code >= 0}) falls in interval {@code k}: blocks
     * {@code k} and {@code k + 1}.
     *
     * @param boundaries from {@link #boundaries}
     */
    public static void blockKeys(long sortKey, long[] boundaries, long[] two) {
        int found = Arrays.binarySearch(boundaries, sortKey);
        long interval = found >= 0 ? found + 1 : -found - 1;
        two[0] = AtomBlocker.typed(TYPE, Hashing.hash(5000L, interval));
        two[1] = AtomBlocker.typed(TYPE, Hashing.hash(5000L, interval + 1));
    }

    /** The blocker of incremental runs, given a batch run's boundaries: {@link #blockKeys} of each record. */
    public Blocker blocker(long[] boundaries) {
        return (String[] values, String[] alt, LongConsumer out) -> {
            long key = sortKey(values);
            if (key >= 0) {
                long[] two = new long[2];
                blockKeys(key, boundaries, two);
                out.accept(two[0]);
                out.accept(two[1]);
            }
        };
    }
}
