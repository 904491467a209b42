package ca.harbour.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentTests {

    private static InstrumentItem item(String code, InstrumentItem.Scale scale, int weight) {
        return new InstrumentItem(code, "D", code + "?", code + " ?", scale, BigDecimal.valueOf(weight));
    }

    static final Instrument SCREEN = new Instrument(
            null,
            "TEST",
            1,
            "Test",
            "Essai",
            "ADULT",
            BigDecimal.valueOf(3),
            BigDecimal.valueOf(6),
            List.of(
                    item("documents", InstrumentItem.Scale.YES_NO, 3),
                    item("threats", InstrumentItem.Scale.FREQUENCY, 2),
                    item("pay", InstrumentItem.Scale.YES_NO, 1)));

    @Test
    void theScoreIsTheWeightedSumAndTheLevelTheHighestThresholdReached() {
        assertThat(SCREEN.score(Map.of("documents", 0, "threats", 0, "pay", 0)).level())
                .isEqualTo(ConcernLevel.NO_CONCERN);
        assertThat(SCREEN.score(Map.of("documents", 0, "threats", 1, "pay", 0)).level())
                .isEqualTo(ConcernLevel.NO_CONCERN);
        ScreeningResult possible = SCREEN.score(Map.of("documents", 1, "threats", 0, "pay", 0));
        assertThat(possible.score()).isEqualByComparingTo("3");
        assertThat(possible.level()).isEqualTo(ConcernLevel.POSSIBLE);
        ScreeningResult clear = SCREEN.score(Map.of("documents", 1, "threats", 2, "pay", 1));
        assertThat(clear.score()).isEqualByComparingTo("8");
        assertThat(clear.level()).isEqualTo(ConcernLevel.CLEAR);
    }

    @Test
    void theExplanationListsTheAnswersThatDroveTheScoreLargestFirst() {
        ScreeningResult result = SCREEN.score(Map.of("documents", 1, "threats", 2, "pay", 0));
        assertThat(result.drivers()).extracting(c -> c.item().code()).containsExactly("threats", "documents");
        assertThat(result.drivers().get(0).points()).isEqualByComparingTo("4");
    }

    @Test
    void missingOutOfScaleAndUnknownAnswersAreProblemsNotScores() {
        assertThat(SCREEN.problems(Map.of("documents", 1, "threats", 0)))
                .containsEntry("pay", "screening.error.unanswered");
        assertThat(SCREEN.problems(Map.of("documents", 2, "threats", 0, "pay", 0)))
                .containsEntry("documents", "screening.error.outOfScale");
        assertThat(SCREEN.problems(Map.of("documents", 0, "threats", 3, "pay", 0)))
                .containsEntry("threats", "screening.error.outOfScale");
        assertThat(SCREEN.problems(Map.of("documents", 0, "threats", 0, "pay", 0, "shoe", 1)))
                .containsEntry("answers", "screening.error.unknownItem");
        assertThatThrownBy(() -> SCREEN.score(Map.of("documents", 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
