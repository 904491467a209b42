package ca.harbour.intelligence.ads;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.internal.ads.FlagEvidence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlagEvidenceTests {

    @Test
    void wordsComeFromAnArrayAndNumbersFromAnObjectInTheOrderOfTheirNames() {
        Map<String, FlagEvidence> flags = FlagEvidence.parse(
                "{\"MOVEMENT\": [\"new in town\"], \"MOVES_BETWEEN_CITIES\": {\"days\": 28, \"cities\": 4}}");

        assertThat(flags.get("MOVEMENT").words()).containsExactly("new in town");
        assertThat(flags.get("MOVES_BETWEEN_CITIES").numbers()).containsExactly(4L, 28L);
    }

    @Test
    void evidenceOfAnotherShapeIsLeftOutRatherThanBreakingThePage() {
        Map<String, FlagEvidence> flags = FlagEvidence.parse("{\"A\": [[1], {\"x\": 1}, true, \"word\"],"
                + " \"B\": {\"ads\": \"many\", \"cities\": 99999999999999999999999, \"days\": [1], \"n\": 3},"
                + " \"C\": true}");

        assertThat(flags.get("A").words()).containsExactly("word");
        assertThat(flags.get("B").numbers()).containsExactly(3L);
        assertThat(flags.get("C").words()).isEmpty();
        assertThat(FlagEvidence.parse("not json")).isEmpty();
        assertThat(FlagEvidence.parse("[1, 2]")).isEmpty();
        assertThat(List.of(FlagEvidence.parse("{}"))).containsExactly(Map.of());
    }
}
