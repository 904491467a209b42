package ca.harbour.linkage.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Minimal RFC 4180 CSV writer (UTF-8, quotes only where needed, \n line ends). */
public final class CsvWriter implements Closeable {
    private final BufferedWriter out;

    public CsvWriter(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    /** Writes one row. */
    public void row(String... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(cells[i]));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell quoted when it holds a comma, quote or line break. */
    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        boolean q = false;
        for (int i = 0; i < s.length() && !q; i++) {
            char c = s.charAt(i);
            q = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return q ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
