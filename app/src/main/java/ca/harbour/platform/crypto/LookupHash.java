package ca.harbour.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash (HMAC-SHA-256) of a normalised value, for exact-match lookups of encrypted fields
 * without decrypting anything. The context separates uses, so equal values in two different
 * fields hash differently. Callers normalise first (trim, case, digits only...). Thread-safe.
 */
public final class LookupHash {

    private final SecretKeySpec key;

    public LookupHash(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The lookup key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /**
     * The hash of a phone number in any format ("(416) 555-0123", "+1 416 555 0123"): digits only,
     * and a 10-digit North American number gets its country code, so every spelling matches.
     * Null when there are no digits.
     */
    public byte[] phone(String raw, String context) {
        String digits = raw == null ? "" : raw.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        return hash(digits.length() == 10 ? "1" + digits : digits, context);
    }

    public byte[] hash(String normalisedValue, String context) {
        if (normalisedValue == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
