package ca.harbour.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.platform.domain.Rejection;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TipStatusTests {

    @ParameterizedTest(name = "{0} to {1} with feedback \"{2}\": {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "RECEIVED,     RECEIVED,     -,        -",
                "RECEIVED,     UNDER_REVIEW, -,        -",
                "RECEIVED,     ACTIONED,     seen,     intelligence.error.transition",
                "RECEIVED,     NO_ACTION,    seen,     intelligence.error.transition",
                "UNDER_REVIEW, RECEIVED,     -,        intelligence.error.transition",
                "UNDER_REVIEW, UNDER_REVIEW, noted,    -",
                "UNDER_REVIEW, ACTIONED,     -,        intelligence.error.feedbackNeeded",
                "UNDER_REVIEW, ACTIONED,     ' ',      intelligence.error.feedbackNeeded",
                "UNDER_REVIEW, ACTIONED,     arrested, -",
                "UNDER_REVIEW, NO_ACTION,    nothing,  -",
                "ACTIONED,     UNDER_REVIEW, -,        intelligence.error.closed",
                "ACTIONED,     ACTIONED,     again,    intelligence.error.closed",
                "NO_ACTION,    RECEIVED,     -,        intelligence.error.closed",
                "NO_ACTION,    NO_ACTION,    again,    intelligence.error.closed",
            })
    void everyStatusAllowsOnlyTheNextStep(TipStatus from, TipStatus to, String feedback, String refusal) {
        Optional<Rejection> refused = from.refuse(to, feedback);
        if (refusal == null) {
            assertThat(refused).isEmpty();
        } else {
            assertThat(refused).isPresent();
            Rejection r = refused.get();
            assertThat(
                            r.fields().isEmpty()
                                    ? r.messageKey()
                                    : r.fields().values().iterator().next())
                    .isEqualTo(refusal);
        }
    }

    @Test
    void feedbackIsLimitedInLength() {
        assertThat(TipStatus.UNDER_REVIEW.refuse(TipStatus.ACTIONED, "x".repeat(2001)))
                .map(r -> r.fields().get("feedback"))
                .contains("intelligence.error.tooLong");
    }
}
