package ca.harbour.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.platform.domain.ChildProtectionReport.Problem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChildProtectionReportTests {

    private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");
    private static final Instant EARLIEST = NOW.minus(2, ChronoUnit.DAYS);

    @Test
    void aCompleteReportBetweenTheRecordAndNowHasNoProblem() {
        assertThat(ChildProtectionReport.problems(UUID.randomUUID(), true, EARLIEST, EARLIEST, NOW, " CAS-1 "))
                .isEmpty();
        assertThat(ChildProtectionReport.problems(UUID.randomUUID(), true, NOW, EARLIEST, NOW, "x".repeat(100)))
                .isEmpty();
    }

    @Test
    void everyFieldIsNamedWithItsProblemInTheFormsOrder() {
        assertThat(ChildProtectionReport.problems(null, false, null, EARLIEST, NOW, "  "))
                .containsExactly(
                        Map.entry("societyId", Problem.SOCIETY_MISSING),
                        Map.entry("reportedAt", Problem.TIME_MISSING),
                        Map.entry("reference", Problem.REFERENCE_MISSING));
        assertThat(ChildProtectionReport.problems(
                        UUID.randomUUID(), false, NOW.plusSeconds(1), EARLIEST, NOW, "x".repeat(101)))
                .containsExactly(
                        Map.entry("societyId", Problem.SOCIETY_UNKNOWN),
                        Map.entry("reportedAt", Problem.TIME_IN_FUTURE),
                        Map.entry("reference", Problem.REFERENCE_TOO_LONG));
        assertThat(ChildProtectionReport.problems(
                        UUID.randomUUID(), true, EARLIEST.minusSeconds(1), EARLIEST, NOW, "r"))
                .containsExactly(Map.entry("reportedAt", Problem.TIME_TOO_EARLY));
    }

    @Test
    void aRejectionWordsEachProblemWithTheModulesKeys() {
        Rejection rejection = ChildProtectionReport.rejection(
                Map.of("reference", Problem.REFERENCE_MISSING), Map.of(Problem.REFERENCE_MISSING, "x.reference"));
        assertThat(rejection.fields()).containsExactly(Map.entry("reference", "x.reference"));
    }
}
