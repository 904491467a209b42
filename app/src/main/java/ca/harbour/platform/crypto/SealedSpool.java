package ca.harbour.platform.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A temporary file for an upload that is read later (a file of ads imported in the background): its bytes are
 * encrypted (AES-256-CTR, which streams both ways) under a key made for this file alone and held only in memory,
 * so what lands on disk is unreadable, and stays so after a crash. Not for anything kept: once the process or
 * this object is gone, so is the key.
 */
public final class SealedSpool implements AutoCloseable {

    private final Path file;
    private final SecretKeySpec key;
    private final IvParameterSpec iv;

    private SealedSpool(Path file) {
        byte[] k = new byte[32];
        byte[] v = new byte[16];
        Randomness.fill(k);
        Randomness.fill(v);
        this.file = file;
        this.key = new SecretKeySpec(k, "AES");
        this.iv = new IvParameterSpec(v);
    }

    /** Copies {@code in} into a new sealed file (readable by this process's user only); closes nothing. */
    public static SealedSpool of(InputStream in, String prefix) throws IOException {
        Path file = Files.createTempFile(prefix, ".sealed");
        SealedSpool spool = new SealedSpool(file);
        try (OutputStream out =
                new CipherOutputStream(Files.newOutputStream(file), spool.cipher(Cipher.ENCRYPT_MODE))) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return spool;
    }

    /** The plain bytes again, from the start. */
    public InputStream open() throws IOException {
        return new CipherInputStream(Files.newInputStream(file), cipher(Cipher.DECRYPT_MODE));
    }

    /** Where the sealed bytes are (for tests: they are not the plain ones). */
    public Path file() {
        return file;
    }

    /** Deletes the file. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    private Cipher cipher(int mode) {
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(mode, key, iv);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR is unavailable", e);
        }
    }
}
