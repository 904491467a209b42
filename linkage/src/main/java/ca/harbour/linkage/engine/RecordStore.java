package ca.harbour.linkage.engine;

import ca.harbour.linkage.io.ScratchFile;
import ca.harbour.linkage.model.PreparedRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The prepared records of a batch run, appended in index order and read by index from any thread. Up to
 * {@code inMemory} records it is a plain list; past that it moves every record to a temporary file and
 * keeps only each record's file offset (8 bytes) on the heap. Once appending is over the file is mapped into
 * memory (in segments of 1 GiB; no record straddles two) and a record is decoded from the mapping on each
 * {@link #get}, without a system call. The file is unlinked as soon as it is open, so nothing is left
 * behind whatever happens to the process, and its space is returned when the store is no longer reachable.
 * The operating system keeps the mapped pages in memory while there is room and drops them when there is
 * not (they are clean file pages, not heap), so a run's heap no longer grows with the records' text (about
 * 1 KB each as objects, about 120 bytes each in the file).
 *
 * <p>Appending is single-threaded; after {@link #seal} reads are thread-safe (absolute reads of a
 * read-only mapping).
 */
final class RecordStore extends AbstractList<PreparedRecord> implements RandomAccess {
    private static final int WRITE_BUFFER = 1 << 20;
    private final int segmentBits;
    private final int inMemory;
    private final int fields;
    private final Path dir;
    private List<PreparedRecord> memory = new ArrayList<>();
    private FileChannel file;
    /** Where each record starts in the file. */
    private LongList offsets;

    private int size;
    private long written;
    private ByteBuffer out;
    private MappedByteBuffer[] segments;

    /**
     * @param inMemory records kept as objects before the store moves to disk
     * @param fields   fields per record
     * @param dir      folder for the temporary file
     */
    RecordStore(int inMemory, int fields, Path dir) {
        this(inMemory, fields, dir, 30);
    }

    /** With mapped segments of {@code 2^segmentBits} bytes (tests use small ones). */
    RecordStore(int inMemory, int fields, Path dir, int segmentBits) {
        this.segmentBits = segmentBits;
        this.inMemory = inMemory;
        this.fields = fields;
        this.dir = dir;
    }

    /** Whether the records are on disk. */
    boolean onDisk() {
        return file != null;
    }

    /** Appends the record of the next index. */
    void append(PreparedRecord r) {
        if (r.index() != size) {
            throw new IllegalArgumentException("record " + r.index() + " appended at " + size);
        }
        if (file == null && size >= inMemory) {
            spill();
        }
        if (file == null) {
            memory.add(r);
        } else {
            write(r);
        }
        size++;
    }

    private void spill() {
        file = ScratchFile.open(dir, this, "records");
        out = ByteBuffer.allocate(WRITE_BUFFER);
        offsets = new LongList();
        List<PreparedRecord> m = memory;
        memory = null;
        for (PreparedRecord r : m) {
            write(r);
        }
    }

    private void write(PreparedRecord r) {
        int start = out.position();
        if (!tryEncode(r)) {
            out.position(start);
            flush();
            start = 0;
            if (!tryEncode(r)) {
                throw new IllegalArgumentException("record " + r.id() + " is larger than " + WRITE_BUFFER + " bytes");
            }
        }
        long at = written + start;
        long end = written + out.position();
        if (end - at > (1L << segmentBits)) {
            out.position(start);
            throw new IllegalArgumentException("record " + r.id() + " is larger than a mapped segment");
        }
        if (at >>> segmentBits != (end - 1) >>> segmentBits) {
            // it would straddle two mapped segments: move it to the start of the next one
            ByteBuffer rec = ByteBuffer.allocate(out.position() - start);
            rec.put(out.array(), start, rec.capacity()).flip();
            out.position(start);
            flush();
            written = (end - 1) >>> segmentBits << segmentBits;
            out.put(rec);
            start = 0;
        }
        offsets.add(written + start);
    }

    private boolean tryEncode(PreparedRecord r) {
        try {
            out.put((byte) r.source());
            putString(out, r.id());
            for (int f = 0; f < fields; f++) {
                putString(out, r.values()[f]);
            }
            for (int f = 0; f < fields; f++) {
                putString(out, r.alt()[f]);
            }
            return true;
        } catch (BufferOverflowException e) {
            return false;
        }
    }

    private static void putString(ByteBuffer b, String s) {
        if (s == null) {
            b.putInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b.putInt(bytes.length);
        b.put(bytes);
    }

    private void flush() {
        out.flip();
        try {
            while (out.hasRemaining()) {
                written += file.write(out, written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary record file", e);
        }
        out.clear();
    }

    /** Ends appending: every record is readable from any thread afterwards. */
    void seal() {
        if (file == null || segments != null) {
            return;
        }
        flush();
        out = null;
        int n = (int) ((written + (1L << segmentBits) - 1) >>> segmentBits);
        segments = new MappedByteBuffer[n];
        try {
            for (int s = 0; s < n; s++) {
                long from = (long) s << segmentBits;
                long length = Math.min(1L << segmentBits, written - from);
                segments[s] = file.map(FileChannel.MapMode.READ_ONLY, from, length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map the temporary record file", e);
        }
    }

    @Override
    public PreparedRecord get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        if (file == null) {
            return memory.get(i);
        }
        if (segments == null) {
            throw new IllegalStateException("records on disk are readable once sealed");
        }
        long pos = offsets.get(i);
        ByteBuffer b = segments[(int) (pos >>> segmentBits)];
        int[] at = {(int) (pos & ((1L << segmentBits) - 1))};
        int source = b.get(at[0]);
        at[0] += 1;
        String id = getString(b, at);
        String[] values = new String[fields];
        for (int f = 0; f < fields; f++) {
            values[f] = getString(b, at);
        }
        String[] alt = new String[fields];
        for (int f = 0; f < fields; f++) {
            alt[f] = getString(b, at);
        }
        return new PreparedRecord(i, id, source, values, alt, NO_KEYS);
    }

    private static final long[] NO_KEYS = new long[0];

    /** Reads a string at {@code at[0]} (absolute, so threads share the buffer) and moves past it. */
    private static String getString(ByteBuffer b, int[] at) {
        int len = b.getInt(at[0]);
        at[0] += 4;
        if (len < 0) {
            return null;
        }
        byte[] bytes = new byte[len];
        b.get(at[0], bytes);
        at[0] += len;
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return size;
    }
}
