package ca.harbour.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.platform.domain.Rejection;
import ca.harbour.referrals.ReferralStatus.Moved;
import ca.harbour.referrals.ReferralStatus.Refused;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every status × target × side of a referral: the legal moves happen, every other one is refused with a reason. */
class ReferralStatusTests {

    private static final Map<ReferralStatus, Set<ReferralStatus>> SENDER = Map.of(
            ReferralStatus.DRAFT, EnumSet.of(ReferralStatus.SENT, ReferralStatus.REVOKED),
            ReferralStatus.SENT, EnumSet.of(ReferralStatus.REVOKED),
            ReferralStatus.RECEIVED, EnumSet.of(ReferralStatus.REVOKED),
            ReferralStatus.WAIT_LISTED, EnumSet.of(ReferralStatus.REVOKED),
            ReferralStatus.ACCEPTED, EnumSet.of(ReferralStatus.REVOKED));

    private static final Map<ReferralStatus, Set<ReferralStatus>> RECEIVER = Map.of(
            ReferralStatus.SENT, EnumSet.of(ReferralStatus.RECEIVED),
            ReferralStatus.RECEIVED,
                    EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.WAIT_LISTED),
            ReferralStatus.WAIT_LISTED, EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED),
            ReferralStatus.ACCEPTED, EnumSet.of(ReferralStatus.COMPLETED));

    @Test
    void everyLegalMoveHappensAndEveryOtherIsRefused() {
        int legal = 0;
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                for (ReferralSide side : ReferralSide.values()) {
                    Set<ReferralStatus> allowed =
                            (side == ReferralSide.SENDER ? SENDER : RECEIVER).getOrDefault(from, Set.of());
                    ReferralStatus.Decision decision = from.decide(to, side, "a reason");
                    if (allowed.contains(to)) {
                        assertThat(decision)
                                .as("%s to %s by %s", from, to, side)
                                .isEqualTo(new Moved(from, to));
                        legal++;
                    } else {
                        assertThat(decision)
                                .as("%s to %s by %s", from, to, side)
                                .isInstanceOf(Refused.class);
                        Rejection why = ((Refused) decision).rejection();
                        if (from.isFinal()) {
                            assertThat(why.messageKey()).isEqualTo("referrals.error.final");
                        } else {
                            assertThat(why.fields()).containsEntry("status", "referrals.error.transition");
                        }
                    }
                    assertThat(from.next(side))
                            .isEqualTo(allowed.isEmpty() ? EnumSet.noneOf(ReferralStatus.class) : allowed);
                }
            }
        }
        assertThat(legal).isEqualTo(13);
    }

    @Test
    void aDeclineNeedsAReason() {
        for (ReferralStatus from : EnumSet.of(ReferralStatus.RECEIVED, ReferralStatus.WAIT_LISTED)) {
            for (String blank : new String[] {null, "", "   "}) {
                ReferralStatus.Decision decision = from.decide(ReferralStatus.DECLINED, ReferralSide.RECEIVER, blank);
                assertThat(decision).isInstanceOf(Refused.class);
                assertThat(((Refused) decision).rejection().fields())
                        .containsEntry("note", "referrals.error.reasonNeeded");
            }
        }
        assertThat(ReferralStatus.RECEIVED.decide(ReferralStatus.ACCEPTED, ReferralSide.RECEIVER, null))
                .isInstanceOf(Moved.class);
    }

    @Test
    void aNoteLongerThanTheLimitIsRefused() {
        String tooLong = "x".repeat(ReferralStatus.NOTE_MAX + 1);
        ReferralStatus.Decision decision =
                ReferralStatus.SENT.decide(ReferralStatus.RECEIVED, ReferralSide.RECEIVER, tooLong);
        assertThat(((Refused) decision).rejection().fields()).containsEntry("note", "referrals.error.tooLong");
        assertThat(ReferralStatus.SENT.decide(
                        ReferralStatus.RECEIVED, ReferralSide.RECEIVER, "x".repeat(ReferralStatus.NOTE_MAX)))
                .isInstanceOf(Moved.class);
    }

    @Test
    void onlySentAndReceivedReferralsWaitForAnAnswer() {
        assertThat(EnumSet.allOf(ReferralStatus.class).stream().filter(ReferralStatus::awaitingAnswer))
                .containsExactly(ReferralStatus.SENT, ReferralStatus.RECEIVED);
        assertThat(EnumSet.allOf(ReferralStatus.class).stream().filter(ReferralStatus::isFinal))
                .containsExactly(ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.REVOKED);
    }
}
