package ca.harbour.screening;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scored screening: the total, the level, and the answers that drove it (largest contribution
 * first), so a person can see why.
 */
public record ScreeningResult(BigDecimal score, ConcernLevel level, List<Contribution> drivers) {

    public ScreeningResult {
        drivers = List.copyOf(drivers);
    }

    /** What one answer added to the score. */
    public record Contribution(InstrumentItem item, int value, BigDecimal points) {}
}
