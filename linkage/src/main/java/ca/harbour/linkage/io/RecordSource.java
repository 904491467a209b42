package ca.harbour.linkage.io;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Adapter from a CSV file to {@link Record}s laid out by a {@link DatasetDescription}. */
public final class RecordSource {

    private RecordSource() {}

    /**
     * Reads every record of a CSV file.
     *
     * @throws LinkageInputException naming file, row and column on missing columns, ragged rows,
     *                               invalid UTF-8, empty files, empty or duplicate ids
     */
    public static List<Record> read(Path file, DatasetDescription d) {
        return read(file, d, StandardCharsets.UTF_8);
    }

    /** Reads every record of a CSV file in {@code charset}. */
    public static List<Record> read(Path file, DatasetDescription d, Charset charset) {
        try (CsvReader r = new CsvReader(file, charset)) {
            return read(r, d);
        } catch (IOException e) {
            throw LinkageInputException.unreadable(file.toString(), e);
        }
    }

    /** Reads every record from an open reader. */
    public static List<Record> read(CsvReader r, DatasetDescription d) {
        int idCol = column(r, d.idColumn());
        int[] cols = new int[d.fields().size()];
        for (int f = 0; f < cols.length; f++) {
            cols[f] = fieldColumn(r, d.fields().get(f));
        }
        List<Record> out = new ArrayList<>();
        // the records are all in memory anyway: their ids with the row of each are no burden
        Map<String, Long> rows = new HashMap<>();
        SeenIds ids = (id, row) -> {
            Long first = rows.putIfAbsent(id, row);
            return first == null ? 0 : first;
        };
        String[] row;
        while ((row = r.next()) != null) {
            out.add(toRecord(r, d, idCol, cols, ids, row));
        }
        return out;
    }

    /** The ids read so far. */
    private interface SeenIds {
        /** The row where {@code id} first appeared before {@code row}, or 0 when it is new (it is now seen). */
        long firstRow(String id, long row);
    }

    /**
     * Opens a CSV as a lazy stream of records (same checks as {@link #read(Path, DatasetDescription)});
     * close it when done.
     */
    public static Stream open(Path file, DatasetDescription d) {
        return open(file, d, StandardCharsets.UTF_8);
    }

    /** A lazy stream of a CSV's records in {@code charset} (see {@link #open(Path, DatasetDescription)}). */
    public static Stream open(Path file, DatasetDescription d, Charset charset) {
        try {
            return new Stream(new CsvReader(file, charset), file, d, charset);
        } catch (IOException e) {
            throw LinkageInputException.unreadable(file.toString(), e);
        }
    }

    /** A lazy, closeable iterator over a CSV's records. */
    public static final class Stream implements Iterator<Record>, Closeable {
        private final CsvReader reader;
        private final DatasetDescription description;
        private final int idCol;
        private final int[] cols;
        private final Path file;
        private final Charset charset;
        /** Dropped at the end of the input: a run holds the file's records for a long time after. */
        private IdHashes ids = new IdHashes();
        /** A repeated hash is confirmed against the file, so the error is exact and names both rows. */
        private final SeenIds seen = (id, at) -> ids.add(id) ? 0 : rowOf(id, at);

        private Record next;

        private Stream(CsvReader reader, Path file, DatasetDescription d, Charset charset) {
            this.reader = reader;
            this.file = file;
            this.charset = charset;
            this.description = d;
            this.idCol = column(reader, d.idColumn());
            this.cols = new int[d.fields().size()];
            for (int f = 0; f < cols.length; f++) {
                cols[f] = fieldColumn(reader, d.fields().get(f));
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                String[] row = reader.next();
                if (row != null) {
                    next = toRecord(reader, description, idCol, cols, seen, row);
                } else {
                    ids = null;
                }
            }
            return next != null;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Record r = next;
            next = null;
            return r;
        }

        /**
         * The row before {@code before} that has {@code id}, or 0 when its hash matched another id's: the
         * file is read again from the start, which happens only for a duplicate (or a hash collision,
         * about one run in a million at four million records).
         */
        private long rowOf(String id, long before) {
            try (CsvReader again = new CsvReader(file, charset)) {
                String[] row;
                while ((row = again.next()) != null && again.row() < before) {
                    if (row[idCol].equals(id)) {
                        return again.row();
                    }
                }
                return 0;
            } catch (IOException e) {
                throw LinkageInputException.unreadable(file.toString(), e);
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** A row as a record; an empty id, or one in {@code ids} already, is an error. */
    private static Record toRecord(
            CsvReader r, DatasetDescription d, int idCol, int[] cols, SeenIds ids, String[] row) {
        String id = row[idCol];
        if (id.isEmpty()) {
            throw LinkageInputException.at(r.file(), r.row(), d.idColumn(), "record.emptyId");
        }
        long first = ids.firstRow(id, r.row());
        if (first > 0) {
            throw LinkageInputException.at(r.file(), r.row(), d.idColumn(), "record.duplicateId", id, first);
        }
        String[] v = new String[cols.length];
        for (int f = 0; f < cols.length; f++) {
            String s = cols[f] < 0 ? "" : row[cols[f]];
            v[f] = s.isEmpty() ? null : s;
        }
        return new Record(id, v);
    }

    /** Index of a field's column, or -1 when the field has none in this input. */
    private static int fieldColumn(CsvReader r, FieldSpec f) {
        return f.column() == null ? -1 : column(r, f.column());
    }

    /** Index of a named column. */
    public static int column(CsvReader r, String name) {
        int i = r.header().indexOf(name);
        if (i < 0) {
            throw LinkageInputException.at(r.file(), 1, name, "column.missing", r.header());
        }
        return i;
    }
}
