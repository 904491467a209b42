package ca.harbour.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.care.internal.YouthDecision.Moved;
import ca.harbour.care.internal.YouthDecision.Refused;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of statuses through the intake decision, and the reasons it needs. */
class YouthDecisionTests {

    private static final Map<YouthStatus, Set<YouthStatus>> ALLOWED = Map.of(
            YouthStatus.RECEIVED,
                    EnumSet.of(YouthStatus.ACCEPTED, YouthStatus.REFERRED_ELSEWHERE, YouthStatus.NO_FURTHER_ACTION),
            YouthStatus.ACCEPTED, EnumSet.of(YouthStatus.CLOSED),
            YouthStatus.REFERRED_ELSEWHERE, EnumSet.noneOf(YouthStatus.class),
            YouthStatus.NO_FURTHER_ACTION, EnumSet.noneOf(YouthStatus.class),
            YouthStatus.CLOSED, EnumSet.noneOf(YouthStatus.class));

    @Test
    void everyPairIsMovedOnlyWhereTheRulesAllowIt() {
        for (YouthStatus from : YouthStatus.values()) {
            for (YouthStatus to : YouthStatus.values()) {
                YouthDecision.Outcome outcome = YouthDecision.decide(from, to, "seen at school");
                if (ALLOWED.get(from).contains(to)) {
                    assertThat(outcome).as(from + " to " + to).isEqualTo(new Moved(from, to));
                } else {
                    assertThat(outcome).as(from + " to " + to).isInstanceOf(Refused.class);
                }
            }
            assertThat(YouthDecision.choices(from)).containsExactlyInAnyOrderElementsOf(ALLOWED.get(from));
        }
    }

    @Test
    void aFinalStatusSaysSoAndAnImpossibleOneSaysItCannotFollow() {
        assertThat(((Refused) YouthDecision.decide(YouthStatus.CLOSED, YouthStatus.ACCEPTED, "again"))
                        .rejection()
                        .fields())
                .containsEntry("status", "care.error.final");
        assertThat(((Refused) YouthDecision.decide(YouthStatus.RECEIVED, YouthStatus.CLOSED, "done"))
                        .rejection()
                        .fields())
                .containsEntry("status", "care.error.transition");
        assertThat(((Refused) YouthDecision.decide(YouthStatus.RECEIVED, null, "why"))
                        .rejection()
                        .fields())
                .containsEntry("status", "care.error.decisionChoice");
    }

    @Test
    void aMoveNeedsAReasonOfAtMostTwoThousandCharacters() {
        assertThat(((Refused) YouthDecision.decide(YouthStatus.RECEIVED, YouthStatus.ACCEPTED, "  "))
                        .rejection()
                        .fields())
                .containsEntry("reason", "care.error.reasonNeeded");
        assertThat(((Refused) YouthDecision.decide(YouthStatus.RECEIVED, YouthStatus.ACCEPTED, null))
                        .rejection()
                        .fields())
                .containsEntry("reason", "care.error.reasonNeeded");
        assertThat(((Refused) YouthDecision.decide(YouthStatus.RECEIVED, YouthStatus.ACCEPTED, "x".repeat(2001)))
                        .rejection()
                        .fields())
                .containsEntry("reason", "care.error.reasonTooLong");
        assertThat(YouthDecision.decide(YouthStatus.RECEIVED, YouthStatus.ACCEPTED, "x".repeat(2000)))
                .isInstanceOf(Moved.class);
    }
}
