package ca.harbour.platform.crypto;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Cryptographically strong random bytes without a process-wide lock. {@code new SecureRandom()} on
 * Linux shares one generator behind a lock across every instance; under load, request threads
 * queued on it (a tip's reference number alone took eight turns). Each thread here has its own
 * NIST SP 800-90A generator (the JDK's "DRBG"), seeded by the JDK from the operating system.
 */
public final class Randomness {

    private static final ThreadLocal<SecureRandom> PER_THREAD = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });

    private Randomness() {}

    /** This thread's generator; do not hand it to another thread. */
    public static SecureRandom current() {
        return PER_THREAD.get();
    }

    public static void fill(byte[] bytes) {
        PER_THREAD.get().nextBytes(bytes);
    }

    /** A random (version 4) UUID, like {@link UUID#randomUUID()} without its shared generator. */
    public static UUID uuid() {
        byte[] b = new byte[16];
        fill(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(b);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /**
     * A time-ordered UUID (version 7 of RFC 9562): the first 48 bits count the milliseconds since 1970, the other
     * bits but version and variant are random. Rows keyed by such ids are added near the end of their indexes
     * rather than anywhere in them, which keeps a bulk import's index pages in memory. The id tells when it was
     * made, to the millisecond, and nothing more; use it where that time is no secret.
     */
    public static UUID timeOrdered() {
        byte[] b = new byte[10];
        fill(b);
        ByteBuffer random = ByteBuffer.wrap(b);
        long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.getShort() & 0x0fffL);
        long low = 0x8000000000000000L | (random.getLong() & 0x3fffffffffffffffL);
        return new UUID(high, low);
    }
}
