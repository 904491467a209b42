package ca.harbour.directory.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which services are specialised supports for a child under 16, read from what the directory already holds (the
 * taxonomy and the eligible age range): a youth-specific service that admits someone under 16, or a residence
 * (emergency shelter or transitional housing) whose minimum age is below 16, that is one licensed to take children.
 * A residence without a minimum age is not assumed to take children. Knows no Spring and no SQL.
 */
public final class ChildSupports {

    public static final String YOUTH = "youth-specific";
    public static final Set<String> RESIDENCES = Set.of("emergency-shelter", "transitional-housing");
    /** The age under which the pathway applies. */
    public static final int UNDER = 16;

    private ChildSupports() {}

    public static boolean specialisedUnder16(DirectoryService s) {
        return specialisedUnder16(s.terms().stream().map(Term::code).collect(Collectors.toSet()), s.minimumAge());
    }

    /** By the service's need codes and eligible ages (null when not said). */
    public static boolean specialisedUnder16(Set<String> codes, @Nullable Integer minimumAge) {
        boolean admitsAChild = minimumAge == null || minimumAge < UNDER;
        if (codes.contains(YOUTH)) {
            return admitsAChild;
        }
        boolean residence = codes.stream().anyMatch(RESIDENCES::contains);
        return residence && minimumAge != null && minimumAge < UNDER;
    }
}
