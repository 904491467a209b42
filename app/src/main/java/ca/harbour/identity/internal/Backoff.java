package ca.harbour.identity.internal;

import java.time.Duration;

/**
 * Growing delays after repeated failures: the first {@code freeFailures} failures cost nothing; after
 * the failure numbered {@code freeFailures + k - 1} the next attempt must wait 2^k seconds, never more
 * than {@code maxDelay}. So with 5 free failures the 6th attempt waits 2 s, the 7th 4 s, and so on.
 */
record Backoff(int freeFailures, Duration maxDelay) {

    Backoff {
        if (freeFailures < 1 || maxDelay.isNegative() || maxDelay.isZero()) {
            throw new IllegalArgumentException("free failures must be at least 1 and the longest delay positive");
        }
    }

    /** How long the next attempt must wait after {@code failures} failures in a row (zero: no wait). */
    Duration waitAfter(int failures) {
        int k = failures - freeFailures + 1;
        if (k < 1) {
            return Duration.ZERO;
        }
        // 2^k seconds overflows nothing below k = 62; any k that large is far past every sensible cap
        Duration delay = k >= 40 ? maxDelay : Duration.ofSeconds(1L << k);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
