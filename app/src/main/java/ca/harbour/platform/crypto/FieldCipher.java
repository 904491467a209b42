package ca.harbour.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal fields with AES-256-GCM. A ciphertext carries the id of the key that made it
 * ({@code version | id length | id | 12-byte nonce | ciphertext+tag}), so old keys still decrypt
 * after rotation. The {@code context} (e.g. "users.phone") is bound as associated data: a value
 * copied into another column does not decrypt. Thread-safe; nulls pass through as nulls.
 */
public final class FieldCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /**
     * One cipher object per thread, initialised anew for each value (GCM takes a fresh nonce at each
     * {@code init}): looking the algorithm up and expanding the key for every field was a tenth of the CPU of a
     * bulk ad import, and {@code init} keeps the expanded key while the key is the same.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    });

    private final KeyRing ring;

    public FieldCipher(KeyRing ring) {
        this.ring = ring;
    }

    public byte[] encrypt(String plaintext, String context) {
        return plaintext == null ? null : encryptBytes(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    public String decrypt(byte[] ciphertext, String context) {
        return ciphertext == null ? null : new String(decryptBytes(ciphertext, context), StandardCharsets.UTF_8);
    }

    /** Encrypts raw bytes (a document's content), in the same format and under the same key as the text fields. */
    public byte[] encryptBytes(byte[] plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] id = ring.activeKeyId().getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE_BYTES];
        Randomness.fill(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, ring.activeKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put((byte) id.length)
                    .put(id)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The bytes {@link #encryptBytes} sealed (also the UTF-8 of a text field). */
    public byte[] decryptBytes(byte[] ciphertext, String context) {
        if (ciphertext == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(ciphertext);
        String keyId = readKeyId(in);
        SecretKey key =
                ring.key(keyId).orElseThrow(() -> new CipherException("No key '" + keyId + "' in the key ring"));
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new CipherException("A field did not decrypt (wrong key or context, or altered)");
        }
    }

    /** The id of the key a ciphertext was made with. */
    public String keyIdOf(byte[] ciphertext) {
        return readKeyId(ByteBuffer.wrap(ciphertext));
    }

    public String activeKeyId() {
        return ring.activeKeyId();
    }

    public boolean isUnderActiveKey(byte[] ciphertext) {
        return ring.activeKeyId().equals(keyIdOf(ciphertext));
    }

    private static String readKeyId(ByteBuffer in) {
        if (in.remaining() < 2 + NONCE_BYTES || in.get() != VERSION) {
            throw new CipherException("Not a Harbour field ciphertext");
        }
        int length = in.get();
        if (length <= 0 || in.remaining() < length + NONCE_BYTES) {
            throw new CipherException("Not a Harbour field ciphertext");
        }
        byte[] id = new byte[length];
        in.get(id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    /** A ciphertext that cannot be read: corrupt, altered, or made with a key no longer held. */
    public static final class CipherException extends RuntimeException {
        CipherException(String message) {
            super(message);
        }
    }
}
