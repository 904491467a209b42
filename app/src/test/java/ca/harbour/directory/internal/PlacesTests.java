package ca.harbour.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.directory.internal.Places.Outcome;
import ca.harbour.identity.Region;
import org.junit.jupiter.api.Test;

/** Where a person is: a town by name, or a postal code (or its first three characters) at its area's centroid. */
class PlacesTests {

    private static final Places PLACES = new Places();

    @Test
    void aPostalCodeIsFoundHoweverItIsWritten() {
        Place full = PLACES.near("M5V 2T6").place();
        assertThat(full.name()).isEqualTo("M5V");
        assertThat(full.region()).isEqualTo(Region.TORONTO);
        assertThat(full.latitude()).isBetween(43.6, 43.7);
        assertThat(PLACES.near("m5v2t6").place()).isEqualTo(full);
        assertThat(PLACES.near(" M5V ").place()).isEqualTo(full);
        assertThat(PLACES.near("m5v-2t6").place()).isEqualTo(full);
        assertThat(PLACES.near("P7B 5E1").place().region()).isEqualTo(Region.NORTHWEST);
    }

    @Test
    void aMalformedPostalCodeIsToldApartFromAnUnknownArea() {
        assertThat(PLACES.near("M5V 2T").outcome()).isEqualTo(Outcome.MALFORMED_POSTAL_CODE);
        assertThat(PLACES.near("12345").outcome()).isEqualTo(Outcome.MALFORMED_POSTAL_CODE);
        assertThat(PLACES.near("D5V 2T6").outcome()).isEqualTo(Outcome.MALFORMED_POSTAL_CODE);
        assertThat(PLACES.near("M5V 2T6 7").outcome()).isEqualTo(Outcome.MALFORMED_POSTAL_CODE);
        assertThat(PLACES.near("M0A").outcome()).isEqualTo(Outcome.UNKNOWN_POSTAL_AREA);
        assertThat(PLACES.near("V5K 1A1").outcome()).isEqualTo(Outcome.UNKNOWN_POSTAL_AREA);
        assertThat(PLACES.near("M0A").place()).isNull();
    }

    @Test
    void townsAreStillFoundByNameAndUnknownNamesSaySo() {
        assertThat(PLACES.near("Thunder Bay").place())
                .isEqualTo(PLACES.find("Thunder Bay").orElseThrow());
        assertThat(PLACES.near("Atlantis").outcome()).isEqualTo(Outcome.UNKNOWN_PLACE);
    }

    @Test
    void everyOntarioAreaOfTheBundledTableIsInOntario() {
        for (String fsa : new String[] {"K1A", "L4M", "M1B", "N9Y", "P9N", "P0V"}) {
            Place p = PLACES.near(fsa).place();
            assertThat(p.latitude()).as(fsa).isBetween(41.6, 57.0);
            assertThat(p.longitude()).as(fsa).isBetween(-95.2, -74.3);
        }
    }
}
