package ca.harbour.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for purposes other than field encryption (such as the audit chain's MACs), derived from the
 * key ring so that an operator configures and rotates one set of keys. Each derived key is
 * HKDF-Expand (RFC 5869, one block) of a ring key with the purpose as info: the ring keys are
 * uniformly random, so no extract step is needed, and keys derived for different purposes, or from
 * different ring keys, are independent. A derived key is as secret as the ring key and is never
 * stored. Immutable and thread-safe.
 */
public final class DerivedKeys {

    private final KeyRing ring;

    public DerivedKeys(KeyRing ring) {
        this.ring = ring;
    }

    /** The id of the ring key new values should be derived from. */
    public String activeKeyId() {
        return ring.activeKeyId();
    }

    /**
     * The 32-byte key for {@code purpose} derived from the ring key {@code keyId}, or empty when the
     * ring no longer holds that key. Each call returns a fresh array the caller may keep.
     */
    public Optional<byte[]> derive(String keyId, String purpose) {
        return ring.key(keyId).map(key -> expand(key.getEncoded(), purpose));
    }

    private static byte[] expand(byte[] prk, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(("harbour/" + purpose).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(new byte[] {1});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
