package ca.harbour.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

/** The hash of one audit row: SHA-256 over the previous row's hash and this row's fields. */
final class AuditChain {

    static final byte[] GENESIS = new byte[32];

    private AuditChain() {}

    static byte[] hash(byte[] previous, long id, Instant at, String actor, UUID organizationId, String action,
            String resourceType, String resourceId, String reason) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            for (String part : new String[] {Long.toString(id), at.toString(), actor,
                    organizationId == null ? "" : organizationId.toString(), action, resourceType,
                    resourceId == null ? "" : resourceId, reason == null ? "" : reason}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(intBytes(bytes.length)); // length-prefixed, so fields cannot run into each other
                sha.update(bytes);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
