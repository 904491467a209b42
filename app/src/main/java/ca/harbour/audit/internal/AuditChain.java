package ca.harbour.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The link of one audit row. Rows written since keyed links exist carry the id of the ring key whose
 * derived audit key made an HMAC-SHA-256 over the previous row's link and this row's fields
 * (key id and shown ids included): nobody without the key can recompute it. Rows from before have no
 * key id and a plain SHA-256 link over the older field set, which the verifier still checks (and
 * accepts only before the first keyed row). Fields are length-prefixed so they cannot run into each
 * other.
 */
final class AuditChain {

    static final byte[] GENESIS = new byte[32];

    /** The purpose the audit key is derived for; changing it would orphan every keyed row. */
    static final String KEY_PURPOSE = "audit-chain/v1";

    private AuditChain() {}

    /** One row's fields as they are chained. {@code keyId} null means a plain-hash row from before. */
    record Entry(
            long id,
            Instant at,
            String actor,
            UUID organizationId,
            String action,
            String resourceType,
            String resourceId,
            String reason,
            String shownIds,
            String keyId) {}

    /** The keyed link: HMAC-SHA-256 with the audit key derived from the ring key named by {@code e.keyId()}. */
    static byte[] mac(byte[] key, byte[] previous, Entry e) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(previous);
            for (String part : parts(e)) {
                mac.update(lengthPrefixed(part));
            }
            mac.update(lengthPrefixed(e.shownIds() == null ? "" : e.shownIds()));
            mac.update(lengthPrefixed(e.keyId()));
            return mac.doFinal();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is unavailable", ex);
        }
    }

    /** The plain link of rows written before keyed links: SHA-256, byte for byte as it was computed then. */
    static byte[] legacyHash(byte[] previous, Entry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            for (String part : parts(e)) {
                sha.update(lengthPrefixed(part));
            }
            return sha.digest();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("SHA-256 is unavailable", ex);
        }
    }

    private static String[] parts(Entry e) {
        return new String[] {
            Long.toString(e.id()),
            e.at().toString(),
            e.actor(),
            e.organizationId() == null ? "" : e.organizationId().toString(),
            e.action(),
            e.resourceType(),
            e.resourceId() == null ? "" : e.resourceId(),
            e.reason() == null ? "" : e.reason()
        };
    }

    private static byte[] lengthPrefixed(String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        int v = bytes.length;
        byte[] out = new byte[4 + v];
        out[0] = (byte) (v >>> 24);
        out[1] = (byte) (v >>> 16);
        out[2] = (byte) (v >>> 8);
        out[3] = (byte) v;
        System.arraycopy(bytes, 0, out, 4, v);
        return out;
    }
}
