package ca.harbour.intelligence.internal.ads;

import ca.harbour.intelligence.internal.graph.EntityKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What one ad names: identifiers with where and how they were written, ages, cities and prices; and its title and
 * body as {@link CanadianCities#fold} gives them, joined by a space, for the indicators.
 */
public record Extraction(
        List<Found> identifiers, List<Integer> ages, Set<String> cities, List<BigDecimal> prices, String folded) {

    /** Where in the ad an identifier was found. */
    public enum Where {
        TITLE,
        BODY,
        FIELD
    }

    /** How it was written: as is, disguised (odd separators, letters for digits, keycaps) or spelled out. */
    public enum How {
        PLAIN,
        OBFUSCATED,
        SPELLED
    }

    /** One identifier: its kind, normalised value (the entity's key), display form, where and how. */
    public record Found(EntityKind kind, String normalised, String label, Where where, How how) {}
}
