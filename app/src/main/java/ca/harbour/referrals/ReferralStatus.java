package ca.harbour.referrals;

import ca.harbour.platform.domain.Rejection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a referral stands. The sender drafts and sends it; the receiving agency marks it received, then accepts,
 * declines (with a reason) or wait-lists it, and a wait-listed referral is later accepted or declined; an accepted
 * one is completed once the service was delivered. The sender may revoke it at any step that is not final.
 * {@link #decide} answers every move with a {@link Decision}: {@link Moved} or {@link Refused}.
 */
public enum ReferralStatus {
    DRAFT,
    SENT,
    RECEIVED,
    ACCEPTED,
    DECLINED,
    WAIT_LISTED,
    COMPLETED,
    REVOKED;

    /** The longest note a transition may carry. */
    public static final int NOTE_MAX = 2000;

    /** The answer to a move: it happens, or it is refused and nothing changes. */
    public sealed interface Decision permits Moved, Refused {}

    public record Moved(ReferralStatus from, ReferralStatus to) implements Decision {}

    public record Refused(Rejection rejection) implements Decision {}

    /** Declined, completed and revoked referrals never move again. */
    public boolean isFinal() {
        return this == DECLINED || this == COMPLETED || this == REVOKED;
    }

    /** Sent but not yet answered: the response-time target applies. */
    public boolean awaitingAnswer() {
        return this == SENT || this == RECEIVED;
    }

    /** The statuses {@code side} may move this referral to. */
    public Set<ReferralStatus> next(ReferralSide side) {
        Set<ReferralStatus> next = EnumSet.noneOf(ReferralStatus.class);
        if (side == ReferralSide.SENDER) {
            if (this == DRAFT) {
                next.add(SENT);
            }
            if (!isFinal()) {
                next.add(REVOKED);
            }
            return next;
        }
        switch (this) {
            case SENT -> next.add(RECEIVED);
            case RECEIVED -> next.addAll(EnumSet.of(ACCEPTED, DECLINED, WAIT_LISTED));
            case WAIT_LISTED -> next.addAll(EnumSet.of(ACCEPTED, DECLINED));
            case ACCEPTED -> next.add(COMPLETED);
            default -> {}
        }
        return next;
    }

    /** Decides whether {@code side} may move this referral to {@code to} with {@code note}. */
    public Decision decide(ReferralStatus to, ReferralSide side, @Nullable String note) {
        if (isFinal()) {
            return new Refused(Rejection.of("referrals.error.final"));
        }
        if (!next(side).contains(to)) {
            return new Refused(Rejection.field("status", "referrals.error.transition"));
        }
        boolean blank = note == null || note.isBlank();
        if (to == DECLINED && blank) {
            return new Refused(Rejection.field("note", "referrals.error.reasonNeeded"));
        }
        if (!blank && note.strip().length() > NOTE_MAX) {
            return new Refused(Rejection.field("note", "referrals.error.tooLong"));
        }
        return new Moved(this, to);
    }
}
