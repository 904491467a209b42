package ca.harbour.linkage.io;

/**
 * The 64-bit hashes of the record ids read so far, in an open-addressing table of longs: about 11 bytes
 * per record, where a set of the id strings took some 80 (at four million records, most of a 512 MB
 * heap). A hash seen before is only a suspect: the caller confirms it against the ids themselves.
 */
final class IdHashes {
    /**
     * The hashes are spread by their top bits over 64 tables that grow one at a time: a single table
     * held its old and its new array at once while it grew (96 MB at four million ids, when a small heap
     * was fullest); now that is a 64th of it.
     */
    private static final int PART_BITS = 6;

    private final long[][] tables = new long[1 << PART_BITS][];
    private final int[] sizes = new int[1 << PART_BITS];

    IdHashes() {
        for (int p = 0; p < tables.length; p++) {
            tables[p] = new long[16];
        }
    }

    /** Adds the hash of {@code id}; whether it was new (false: the same hash was added before). */
    boolean add(String id) {
        long h = hash(id);
        int p = (int) (h >>> (64 - PART_BITS));
        long[] t = tables[p];
        if (sizes[p] >= t.length - (t.length >> 2)) {
            long[] bigger = new long[t.length * 2];
            for (long x : t) {
                if (x != 0) {
                    insert(bigger, x);
                }
            }
            tables[p] = t = bigger;
        }
        if (insert(t, h)) {
            sizes[p]++;
            return true;
        }
        return false;
    }

    /** Puts {@code h} in {@code t} unless it is there; whether it was new. */
    private static boolean insert(long[] t, long h) {
        int mask = t.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (t[i] == 0) {
                t[i] = h;
                return true;
            }
            if (t[i] == h) {
                return false;
            }
        }
    }

    /** FNV-1a over the chars, then a final mix (MurmurHash3's fmix64); never 0, the empty slot. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
