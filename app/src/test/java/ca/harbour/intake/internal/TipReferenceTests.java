package ca.harbour.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TipReferenceTests {

    @Test
    void referencesAreReadableDistinctAndUseEveryCharacterAlike() {
        Set<String> seen = new HashSet<>();
        Map<Character, Integer> counts = new HashMap<>();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            String r = TipIntake.reference();
            assertThat(r).matches("HT-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}");
            seen.add(r);
            r.substring(3).replace("-", "").chars().forEach(c -> counts.merge((char) c, 1, Integer::sum));
        }
        assertThat(seen).hasSize(n);
        // 160,000 characters over 31 symbols: about 5,161 each; a biased mapping would skew some by far more
        assertThat(counts).hasSize(31);
        counts.values().forEach(c -> assertThat(c).isBetween(4_800, 5_550));
    }
}
