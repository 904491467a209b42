package ca.harbour.linkage.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 CSV reader: UTF-8 or another encoding given (strict; a BOM is skipped), a header row, quoted fields with
 * embedded commas, quotes and newlines. Header names and values are trimmed. Every error names the
 * file and row (the header is row 1). A file whose header line has no comma but semicolons or tabs is
 * read with that separator: a spreadsheet saved as CSV in French (where the comma is the decimal mark)
 * separates with semicolons.
 */
public final class CsvReader implements Closeable {
    private final String file;
    private final CharInput in;
    private final Charset charset;
    private final List<String> header;
    private long row;
    private final StringBuilder cell = new StringBuilder();
    private final char separator;

    /** Opens a UTF-8 file and reads its header. */
    public CsvReader(Path path) throws IOException {
        this(path, StandardCharsets.UTF_8);
    }

    /** Opens a file in {@code charset} and reads its header. */
    public CsvReader(Path path, Charset charset) throws IOException {
        this(Files.newInputStream(path), path.toString(), charset);
    }

    /** Reads UTF-8 from a stream; {@code name} is used in error messages. */
    public CsvReader(InputStream stream, String name) {
        this(stream, name, StandardCharsets.UTF_8);
    }

    /** Reads from a stream in {@code charset}; {@code name} is used in error messages. */
    public CsvReader(InputStream stream, String name, Charset charset) {
        this.file = name;
        this.charset = charset;
        BufferedInputStream buffered = new BufferedInputStream(stream, 1 << 16);
        this.separator = separator(buffered, name);
        this.in = CharInput.of(buffered, charset);
        List<String> h = readRow();
        if (h == null) {
            throw LinkageInputException.at(file, 0, null, "csv.empty");
        }
        if (!h.isEmpty() && h.get(0).startsWith("\uFEFF")) {
            h.set(0, h.get(0).substring(1).trim());
        }
        this.header = List.copyOf(h);
    }

    /**
     * The separator of the header line (its first 64 KB): a comma, unless the line has none outside quotes
     * and has semicolons or tabs (the more of the two). The stream is left where it was.
     */
    private static char separator(BufferedInputStream in, String name) {
        int limit = 1 << 16;
        try {
            in.mark(limit);
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            boolean quoted = false;
            for (int i = 0, b; i < limit && (b = in.read()) >= 0 && b != '\n' && b != '\r'; i++) {
                if (b == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    commas += b == ',' ? 1 : 0;
                    semicolons += b == ';' ? 1 : 0;
                    tabs += b == '\t' ? 1 : 0;
                }
            }
            in.reset();
            if (commas > 0 || semicolons + tabs == 0) {
                return ',';
            }
            return semicolons >= tabs ? ';' : '\t';
        } catch (IOException e) {
            throw LinkageInputException.unreadable(name, e);
        }
    }

    /** Column names from the header row. */
    public List<String> header() {
        return header;
    }

    /** File name used in messages. */
    public String file() {
        return file;
    }

    /** 1-based row number of the row last returned (header = 1). */
    public long row() {
        return row;
    }

    /**
     * Next data row, or null at end of file. Blank lines are skipped.
     *
     * @throws LinkageInputException if the row has a different number of fields than the header
     */
    public String[] next() {
        while (true) {
            List<String> r = readRow();
            if (r == null) {
                return null;
            }
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue;
            }
            if (r.size() != header.size()) {
                throw LinkageInputException.at(file, row, null, "csv.ragged", r.size(), header.size());
            }
            return r.toArray(new String[0]);
        }
    }

    private List<String> readRow() {
        try {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            row++;
            List<String> out = new ArrayList<>();
            cell.setLength(0);
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (c < 0) {
                    if (quoted) {
                        throw LinkageInputException.at(file, row, null, "csv.unterminated");
                    }
                    out.add(finish(wasQuoted));
                    return out;
                }
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        int n = in.read();
                        if (n == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            c = n;
                            continue;
                        }
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == separator) {
                    out.add(finish(wasQuoted));
                    wasQuoted = false;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        int n = in.read();
                        if (n != '\n') {
                            in.unread(n);
                        }
                    }
                    out.add(finish(wasQuoted));
                    return out;
                } else if (ch == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                } else {
                    cell.append(ch);
                }
                c = in.read();
            }
        } catch (CharInput.MalformedException e) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                throw LinkageInputException.at(file, Math.max(row, 1), null, "csv.utf8");
            }
            throw LinkageInputException.at(file, Math.max(row, 1), null, "csv.encoding", charset.name());
        } catch (IOException e) {
            throw LinkageInputException.unreadable(file, e);
        }
    }

    private String finish(boolean wasQuoted) {
        String v = wasQuoted ? cell.toString() : cell.toString().trim();
        cell.setLength(0);
        return v;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
