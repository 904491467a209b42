package ca.harbour.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which services the under-16 pathway lists first, from the taxonomy and the eligible ages. */
class ChildSupportsTests {

    @Test
    void aYouthServiceCountsWhenItAdmitsSomeoneUnderSixteen() {
        assertThat(ChildSupports.specialisedUnder16(Set.of("youth-specific", "counselling"), 12))
                .isTrue();
        assertThat(ChildSupports.specialisedUnder16(Set.of("youth-specific"), null))
                .isTrue();
        assertThat(ChildSupports.specialisedUnder16(Set.of("youth-specific"), 16))
                .isFalse();
    }

    @Test
    void aResidenceCountsOnlyWhenLicensedForChildrenByItsMinimumAge() {
        assertThat(ChildSupports.specialisedUnder16(Set.of("emergency-shelter"), 12))
                .isTrue();
        assertThat(ChildSupports.specialisedUnder16(Set.of("transitional-housing"), 15))
                .isTrue();
        assertThat(ChildSupports.specialisedUnder16(Set.of("emergency-shelter"), 16))
                .isFalse();
        assertThat(ChildSupports.specialisedUnder16(Set.of("emergency-shelter"), null))
                .isFalse();
        assertThat(ChildSupports.specialisedUnder16(Set.of("counselling"), 10)).isFalse();
    }
}
