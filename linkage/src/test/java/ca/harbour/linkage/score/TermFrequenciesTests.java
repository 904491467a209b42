package ca.harbour.linkage.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.harbour.linkage.model.PreparedRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermFrequenciesTests {

    /** 10 records: "smith" 5 times, "roy" 3 times, "tremblay" and "gagnon" once each. */
    private static TermFrequencies frequencies() {
        List<PreparedRecord> rs = new ArrayList<>();
        String[] values = {"smith", "smith", "smith", "smith", "smith", "roy", "roy", "roy", "tremblay", "gagnon"};
        for (int i = 0; i < values.length; i++) {
            rs.add(new PreparedRecord(i, "r" + i, 0, new String[] {values[i]}, new String[1], new long[0]));
        }
        return new TermFrequencies(rs, new boolean[] {true});
    }

    @ParameterizedTest
    @CsvSource({
        // value, expected log2 factor: Σ tf² = (25 + 9 + 1 + 1) / 100 = 0.36; factor = 0.36 / tf
        "smith,    -0.473931", // 0.36 / 0.5 = 0.72
        "roy,       0.263034", // 0.36 / 0.3 = 1.2
        "tremblay,  1.847997", // 0.36 / 0.1 = 3.6
        "gagnon,    1.847997",
        "unseen,    1.847997", // an unknown value counts as seen once
    })
    void exactAgreementCountsMoreOnRarerValues(String value, double log2) {
        assertThat(frequencies().log2Adjustment(0, value)).isCloseTo(log2, within(1e-6));
    }
}
