package ca.harbour.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Tolerance;
import org.junit.jupiter.api.Test;

/** Issue #20: "within 10 %" means nothing for a year (1800 and 1990 are within it). */
class ToleranceTests {
    private static FieldComparison years(String tolerance) {
        FieldSpec f = DescriptionReader.parse(
                        "{\"id\": \"id\", \"fields\": [{\"name\": \"year\", \"kind\": \"numeric\", \"tolerance\": "
                                + tolerance + "}]}",
                        "d.json")
                .fields()
                .get(0);
        return FieldComparison.of(f);
    }

    @Test
    void aToleranceInUnitsMakesAYearApartCloseAndACenturyApartDifferent() {
        FieldComparison c = years("1");
        assertThat(c.level("1990", "1991", null, null)).isEqualTo(2);
        assertThat(c.level("1990", "1989", null, null)).isEqualTo(2);
        assertThat(c.level("1990", "1985", null, null)).isEqualTo(0);
        assertThat(c.level("1990", "1890", null, null)).isEqualTo(1); // one typo
        assertThat(c.level("1990", "1800", null, null)).isEqualTo(0);
        // the default, relative tolerance keeps its old levels
        FieldComparison relative = new FieldComparison(FieldKind.NUMERIC);
        assertThat(relative.level("1990", "1800", null, null)).isEqualTo(1);
        assertThat(relative.level("100", "90", null, null)).isEqualTo(1);
        assertThat(years("\"5%\"").level("100", "90", null, null)).isEqualTo(0);
    }

    @Test
    void aToleranceIsNeverNegative() {
        assertThat(new Tolerance(2, false).within(10, 12)).isTrue();
        assertThat(new Tolerance(2, false).within(10, 12.5)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Tolerance(-1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
