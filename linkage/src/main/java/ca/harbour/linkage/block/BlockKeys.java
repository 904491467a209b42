package ca.harbour.linkage.block;

import ca.harbour.linkage.io.ScratchFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The blocking keys of a run as packed {@code key << 26 | record} entries, collected while records are
 * prepared so that records need not keep their keys. Entries fill chunks (of 2^20 entries, 8 MB)
 * that are never copied to grow. Past {@link #spillBeyond} entries, each full chunk is sorted and written
 * to a temporary file (unlinked at once, read back through a memory mapping), so the heap holds one
 * chunk. Not thread-safe.
 */
public final class BlockKeys {
    /** Bits of an entry that hold the record index; the key takes the bits above them. */
    static final int IDX_BITS = 26;

    private static final long IDX_MASK = (1L << IDX_BITS) - 1;

    private final int chunk;
    private final List<long[]> full = new ArrayList<>();
    private long[] current = new long[16];
    private int used;
    private long spillBeyond = Long.MAX_VALUE;
    private Path spillDir;
    private FileChannel file;
    private ByteBuffer buffer;
    private int spilled;

    /** Entries in chunks of 2^20. */
    public BlockKeys() {
        this(1 << 20);
    }

    /** Entries in chunks of {@code chunk} (tests use small ones). */
    BlockKeys(int chunk) {
        this.chunk = chunk;
    }

    /** The key of an entry. */
    static long key(long entry) {
        return entry >>> IDX_BITS;
    }

    /** The record index of an entry. */
    static int record(long entry) {
        return (int) (entry & IDX_MASK);
    }

    /** Moves full chunks to a temporary file in {@code dir} once there are more than {@code entries}. */
    public BlockKeys spillBeyond(long entries, Path dir) {
        this.spillBeyond = entries;
        this.spillDir = dir;
        return this;
    }

    /** Adds the keys of record {@code index} (less than 2^26). */
    public void add(int index, long[] keys) {
        for (long k : keys) {
            if (used == current.length) {
                if (current.length < chunk) {
                    current = Arrays.copyOf(current, Math.min(chunk, current.length * 2));
                } else {
                    full.add(current);
                    if (size() > spillBeyond) {
                        spillFull();
                        current = full.isEmpty() ? new long[chunk] : full.remove(full.size() - 1);
                    } else {
                        current = new long[chunk];
                    }
                    used = 0;
                }
            }
            current[used++] = (k << IDX_BITS) | index;
        }
    }

    /** Sorts the full chunks in memory and appends them to the file; keeps one array for reuse. */
    private void spillFull() {
        try {
            if (file == null) {
                file = ScratchFile.open(spillDir, this, "blocking keys");
                // a chunk is written in pieces: a buffer the chunk's size was 8 MB of heap for the run
                buffer = ByteBuffer.allocate(Math.min(chunk, 1 << 14) * 8);
            }
            long[] keep = null;
            for (long[] d : full) {
                Arrays.sort(d);
                long at = (long) spilled * chunk * 8;
                int piece = buffer.capacity() / 8;
                for (int from = 0; from < d.length; from += piece) {
                    buffer.clear();
                    buffer.asLongBuffer().put(d, from, Math.min(piece, d.length - from));
                    buffer.limit(Math.min(piece, d.length - from) * 8);
                    while (buffer.hasRemaining()) {
                        at += file.write(buffer, at);
                    }
                }
                spilled++;
                keep = d;
            }
            full.clear();
            if (keep != null) {
                full.add(keep);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary blocking-key file in " + spillDir, e);
        }
    }

    /** Number of entries. */
    public long size() {
        return ((long) spilled + full.size()) * chunk + used;
    }

    /**
     * Hands every entry over as runs and leaves these keys empty: the spilled chunks (sorted already) mapped
     * from the file, then the chunks still in memory (not sorted).
     */
    KeyRuns drain() {
        List<LongBuffer> mapped = new ArrayList<>();
        try {
            for (int c = 0; c < spilled; c++) {
                mapped.add(file.map(FileChannel.MapMode.READ_ONLY, (long) c * chunk * 8, (long) chunk * 8)
                        .asLongBuffer());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map the temporary blocking-key file", e);
        }
        List<long[]> inMemory = new ArrayList<>(full);
        inMemory.add(current);
        int[] length = new int[inMemory.size()];
        Arrays.fill(length, chunk);
        length[length.length - 1] = used;
        full.clear();
        current = new long[0];
        used = 0;
        spilled = 0;
        return new KeyRuns(mapped, inMemory, length);
    }
}
