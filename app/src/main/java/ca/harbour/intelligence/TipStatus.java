package ca.harbour.intelligence;

import ca.harbour.platform.domain.Rejection;
import java.util.Optional;

/**
 * Where a police tip stands: received, then under review, then actioned or no action (final). Feedback may be
 * added at any open step and is needed to close, so the sender learns what became of the tip.
 */
public enum TipStatus {
    RECEIVED,
    UNDER_REVIEW,
    ACTIONED,
    NO_ACTION;

    public boolean closed() {
        return this == ACTIONED || this == NO_ACTION;
    }

    /** Why moving from this status to {@code next} with {@code feedback} is refused, or empty when allowed. */
    public Optional<Rejection> refuse(TipStatus next, String feedback) {
        if (closed()) {
            return Optional.of(Rejection.of("intelligence.error.closed"));
        }
        boolean allowed = switch (this) {
            case RECEIVED -> next == RECEIVED || next == UNDER_REVIEW;
            case UNDER_REVIEW -> next == UNDER_REVIEW || next.closed();
            default -> false;
        };
        if (!allowed) {
            return Optional.of(Rejection.field("status", "intelligence.error.transition"));
        }
        if (next.closed() && (feedback == null || feedback.isBlank())) {
            return Optional.of(Rejection.field("feedback", "intelligence.error.feedbackNeeded"));
        }
        if (feedback != null && feedback.length() > 2000) {
            return Optional.of(Rejection.field("feedback", "intelligence.error.tooLong"));
        }
        return Optional.empty();
    }
}
