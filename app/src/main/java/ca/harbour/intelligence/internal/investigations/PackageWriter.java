package ca.harbour.intelligence.internal.investigations;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the files of a zip one after the other, measuring each one's size and SHA-256 as it goes. */
final class PackageWriter implements AutoCloseable {

    /** A file written: its name in the zip, its size in bytes and the SHA-256 of its bytes in hex. */
    record Written(String name, long size, String sha256) {}

    /** What writes one file's bytes. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final ZipOutputStream zip;
    private final List<Written> written = new ArrayList<>();

    PackageWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    void file(String name, Body body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Measured out = new Measured(zip);
        body.write(out);
        out.flush();
        zip.closeEntry();
        written.add(new Written(name, out.size, HexFormat.of().formatHex(out.sha.digest())));
    }

    List<Written> written() {
        return List.copyOf(written);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts and hashes what passes; closing it leaves the zip open for the next file. */
    private static final class Measured extends FilterOutputStream {

        private final MessageDigest sha;
        private long size;

        Measured(OutputStream out) {
            super(out);
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha.update(b, off, len);
            size += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
