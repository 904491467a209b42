package ca.harbour.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The head of the audit chain as published outside the database: its entry id, how many entries the
 * chain held up to it, and its link. A checkpoint line is signed with an audit key, so a line forged
 * by someone without the key, or written by another Harbour with other keys, is not taken for one.
 *
 * @param entries rows in the table with an id up to {@code entry} when the checkpoint was taken
 * @param keyId the ring key whose audit key signed the line
 */
record Checkpoint(Instant at, long entry, long entries, byte[] link, String keyId) {

    private static final Pattern LINE = Pattern.compile(
            "checkpoint at=(\\S+) entry=(\\d+) entries=(\\d+) link=([A-Za-z0-9+/=]+) key=([A-Za-z0-9_-]+) sig=([A-Za-z0-9+/=]+)");

    /** The line to append, signed with {@code key} (the audit key of {@link #keyId}). */
    String line(byte[] key) {
        String body = body();
        return body + " sig=" + Base64.getEncoder().encodeToString(sign(key, body));
    }

    /**
     * The checkpoint a line holds when it is well formed and its signature holds under the audit key
     * {@code keys} gives for its key id; empty otherwise.
     */
    static Optional<Checkpoint> parse(String line, Function<String, Optional<byte[]>> keys) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Checkpoint c = new Checkpoint(
                    Instant.parse(m.group(1)),
                    Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)),
                    Base64.getDecoder().decode(m.group(4)),
                    m.group(5));
            byte[] sig = Base64.getDecoder().decode(m.group(6));
            return keys.apply(c.keyId())
                    .filter(key -> MessageDigest.isEqual(sign(key, c.body()), sig))
                    .map(k -> c);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private String body() {
        return "checkpoint at=" + at + " entry=" + entry + " entries=" + entries + " link="
                + Base64.getEncoder().encodeToString(link) + " key=" + keyId;
    }

    private static byte[] sign(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("checkpoint".getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
