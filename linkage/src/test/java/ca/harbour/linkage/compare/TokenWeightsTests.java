package ca.harbour.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.harbour.linkage.model.FieldKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenWeightsTests {
    /** 100 titles: every one has "black" and "tv", a tenth "sony", and each its own model code. */
    private static TokenWeights titles() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            values.add((i % 10 == 0 ? "sony " : "lg ") + "kdl" + i + " black tv");
        }
        values.add(null);
        return TokenWeights.count(values);
    }

    @Test
    void aWordWeighsTheLogOfHowFewValuesHaveIt() {
        TokenWeights w = titles();
        assertThat(w.weight("black")).isCloseTo(0, within(1e-6));
        assertThat(w.weight("sony")).isCloseTo(Math.log(10), within(1e-6));
        assertThat(w.weight("kdl7")).isCloseTo(Math.log(100), within(1e-6));
        assertThat(w.weight("never seen")).isCloseTo(Math.log(100), within(1e-6));
        assertThat(TokenWeights.count(Arrays.asList(null, null))).isNull();
    }

    @Test
    void sharingAModelCodeCountsForMoreThanSharingCommonWords() {
        TokenWeights w = titles();
        // the same code, the other shop's brand missing: most of the weight is shared
        double[] sameCode = w.overlap("sony kdl10 black tv", "kdl10 black tv");
        assertThat(sameCode[0]).isGreaterThan(0.6);
        assertThat(sameCode[1]).isCloseTo(1.0, within(1e-9));
        // two products sharing brand and common words, not the code
        double[] otherCode = w.overlap("sony kdl10 black tv", "sony kdl20 black tv");
        assertThat(otherCode[0]).isCloseTo(0.2, within(1e-6)); // ln 10 shared of ln 10 + 2 ln 100
        // unweighted, three words of five are shared: more than half
        assertThat(TokenSet.jaccard("sony kdl10 black tv", "sony kdl20 black tv"))
                .isEqualTo(0.6);
    }

    @Test
    void longTextIsLevelledByItsWordsWeights() {
        FieldComparison plain = new FieldComparison(FieldKind.TEXT);
        FieldComparison weighted = plain.withWeights(titles());
        String a = "sony kdl10 black tv";
        String b = "sony kdl20 black tv";
        String c = "kdl10 black tv refurbished";
        assertThat(plain.level(a, b, null, null)).isEqualTo(1);
        assertThat(weighted.level(a, b, null, null)).isZero();
        assertThat(weighted.level(a, c, null, null)).isPositive();
        assertThat(weighted.similarity(a, b)).isLessThan(weighted.similarity(a, c));
    }
}
