package ca.harbour.intake.internal;

import ca.harbour.platform.web.IpAddresses;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Limits how many tips one sender can send in a window without identifying anyone: the network
 * address is hashed with a random salt that lives only in memory and is replaced every window,
 * and only the hash is counted, in memory. Nothing of it reaches the database or the logs.
 * An IPv6 sender is counted by its /64 network, since one subscriber is handed a whole /64 and
 * could otherwise take a fresh address for every tip.
 */
public class SenderRateLimit {

    private final int limit;
    private final Duration window;
    private final SecureRandom random = new SecureRandom();
    private volatile Salt salt;
    private final Cache<String, AtomicInteger> counts;

    SenderRateLimit(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
        this.counts = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(200_000)
                .build();
        this.salt = newSalt();
    }

    /**
     * Counts one attempt.
     *
     * @return empty when the attempt is allowed; else how long until this window ends, when the
     *     sender's count starts again from zero (at least one second)
     */
    public Optional<Duration> tryAcquire(String address) {
        Salt s = salt;
        long now = System.nanoTime();
        if (now - s.createdNanos() > window.toNanos()) {
            s = rotate(s);
        }
        String key = hash(s.bytes(), sender(address));
        if (counts.get(key, k -> new AtomicInteger()).incrementAndGet() <= limit) {
            return Optional.empty();
        }
        long left = s.createdNanos() + window.toNanos() - now;
        return Optional.of(Duration.ofSeconds(Math.max(1, (left + 999_999_999L) / 1_000_000_000L)));
    }

    /** What is counted for an address: an IPv4 address itself, an IPv6 address's /64 network. */
    static String sender(@Nullable String address) {
        return IpAddresses.parse(address)
                .map(a -> a instanceof Inet6Address
                        ? HexFormat.of().formatHex(a.getAddress(), 0, 8) + "::/64"
                        : a.getHostAddress())
                .orElse(address == null ? "" : address);
    }

    private synchronized Salt rotate(Salt seen) {
        if (salt == seen) {
            salt = newSalt();
            counts.invalidateAll();
        }
        return salt;
    }

    private Salt newSalt() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new Salt(bytes, System.nanoTime());
    }

    private static String hash(byte[] salt, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Salt(byte[] bytes, long createdNanos) {}
}
