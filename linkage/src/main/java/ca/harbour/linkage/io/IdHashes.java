package ca.harbour.linkage.io;

/**
 * The 64-bit hashes of the record ids read so far, in an open-addressing table of longs: about 11 bytes
 * per record, where a set of the id strings took some 80 (at four million records, most of a 512 MB
 * heap). A hash seen before is only a suspect: the caller confirms it against the ids themselves.
 */
final class IdHashes {
    private long[] table = new long[1 << 10];
    private int size;

    /** Adds the hash of {@code id}; whether it was new (false: the same hash was added before). */
    boolean add(String id) {
        long h = hash(id);
        if (size >= table.length - (table.length >> 2)) {
            grow();
        }
        return insert(table, h);
    }

    private boolean insert(long[] t, long h) {
        int mask = t.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (t[i] == 0) {
                t[i] = h;
                size++;
                return true;
            }
            if (t[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long h : old) {
            if (h != 0) {
                insert(table, h);
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
