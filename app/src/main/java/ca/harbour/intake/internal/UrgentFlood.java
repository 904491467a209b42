package ca.harbour.intake.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Notices a flood of "danger now" tips across all senders: more than {@code rate} of them within
 * any {@code window} ({@code harbour.intake.urgent-flood-rate}, default 10, and
 * {@code harbour.intake.urgent-flood-window}, default one minute). Every danger-now arrival counts,
 * held or not, so a flood that goes on stays held until it stops; the first one after a quiet
 * window goes to the top of the queue again. A rate of 0 turns the check off. Only arrival times
 * are kept, in memory.
 */
public class UrgentFlood {

    private static final int MAX_RATE = 100_000;

    private final Duration window;
    /** The arrival times of the last {@code rate} danger-now tips, oldest at {@code next}. */
    private final @Nullable Instant[] recent;

    private int next;

    UrgentFlood(int rate, Duration window) {
        if (rate < 0 || rate > MAX_RATE || window.isNegative() || window.isZero()) {
            throw new IllegalStateException("harbour.intake.urgent-flood-rate must be between 0 and " + MAX_RATE
                    + " and harbour.intake.urgent-flood-window positive");
        }
        this.window = window;
        this.recent = new Instant[rate];
    }

    /**
     * Counts one danger-now tip arriving at {@code at}.
     *
     * @return true when {@code rate} others arrived within the window before it: hold it for review
     */
    public synchronized boolean isFlood(Instant at) {
        if (recent.length == 0) {
            return false;
        }
        Instant oldest = recent[next];
        recent[next] = at;
        next = (next + 1) % recent.length;
        return oldest != null && at.isBefore(oldest.plus(window));
    }
}
