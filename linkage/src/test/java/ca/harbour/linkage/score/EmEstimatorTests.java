package ca.harbour.linkage.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EmEstimatorTests {
    private static final double[][] M = {{0.05, 0.05, 0.9}, {0.1, 0.9}, {0.02, 0.08, 0.1, 0.8}};
    private static final double[][] U = {{0.8, 0.15, 0.05}, {0.7, 0.3}, {0.85, 0.1, 0.04, 0.01}};
    /** Realistic random-pair u: exact agreement on a phone or identifier is rare. */
    private static final double[][] U_RANDOM = {{0.9, 0.09, 0.01}, {0.7, 0.3}, {0.95, 0.045, 0.0049, 0.0001}};

    @Test
    void emRecoversKnownMatchAndNonMatchProbabilitiesFromUnlabelledPatterns() {
        Comparisons c = new Comparisons(List.of(
                FieldSpec.of("a", "a", FieldKind.PHONE),
                FieldSpec.of("b", "b", FieldKind.CATEGORICAL),
                FieldSpec.of("c", "c", FieldKind.IDENTIFIER)));
        SplittableRandom rnd = new SplittableRandom(7);
        PatternCounts counts = new PatternCounts();
        int[] levels = new int[3];
        double lambda = 0.2;
        for (int i = 0; i < 200_000; i++) {
            boolean match = rnd.nextDouble() < lambda;
            for (int f = 0; f < 3; f++) {
                levels[f] = draw(match ? M[f] : U[f], rnd);
            }
            counts.add(c.encode(levels));
        }
        double[][] u0 = {{0.6, 0.2, 0.2}, {0.5, 0.5}, {0.7, 0.1, 0.1, 0.1}};
        EmEstimator.Fit fit = new EmEstimator(500, 1e-9).fit(c, counts, u0, 0.5);
        assertThat(fit.lambda()).isCloseTo(lambda, within(0.01));
        for (int f = 0; f < 3; f++) {
            for (int l = 0; l < M[f].length; l++) {
                assertThat(fit.m()[f][l]).as("m[%d][%d]", f, l).isCloseTo(M[f][l], within(0.02));
                assertThat(fit.u()[f][l]).as("u[%d][%d]", f, l).isCloseTo(U[f][l], within(0.02));
            }
        }
    }

    @Test
    void withUFixedFromRandomPairsEmRecoversMAndTheMatchShareAmongAllPairs() {
        Comparisons c = new Comparisons(List.of(
                FieldSpec.of("a", "a", FieldKind.PHONE),
                FieldSpec.of("b", "b", FieldKind.CATEGORICAL),
                FieldSpec.of("c", "c", FieldKind.IDENTIFIER)));
        SplittableRandom rnd = new SplittableRandom(9);
        PatternCounts counts = new PatternCounts();
        int[] levels = new int[3];
        int matches = 0;
        int compared = 0;
        int all = 2_000_000;
        for (int i = 0; i < all; i++) {
            boolean match = rnd.nextDouble() < 0.005;
            for (int f = 0; f < 3; f++) {
                levels[f] = draw(match ? M[f] : U_RANDOM[f], rnd);
            }
            if (levels[0] == 2 || levels[2] >= 2) {
                counts.add(c.encode(levels));
                compared++;
                matches += match ? 1 : 0;
            }
        }
        EmEstimator.Fit fit = new EmEstimator(500, 1e-9).fit(c, counts, U_RANDOM, 0.05, true, all - compared);
        assertThat(fit.lambda()).isCloseTo(0.005, within(0.001));
        for (int f = 0; f < 3; f++) {
            for (int l = 0; l < M[f].length; l++) {
                assertThat(fit.m()[f][l]).as("m[%d][%d]", f, l).isCloseTo(M[f][l], within(0.03));
                assertThat(fit.u()[f][l]).isEqualTo(U_RANDOM[f][l]);
            }
        }
    }

    @Test
    void threeClassesTellMatchesFromPairsThatShareOnlyAnAddress() {
        // name, address, city: matches agree on all; places in one building share address and city only
        Comparisons c = new Comparisons(List.of(
                FieldSpec.of("n", "n", FieldKind.TEXT),
                FieldSpec.of("a", "a", FieldKind.ADDRESS),
                FieldSpec.of("c", "c", FieldKind.CITY)));
        double[][] match = {{0.02, 0.08, 0.1, 0.8}, {0.02, 0.03, 0.15, 0.8}, {0.05, 0.1, 0.85}};
        double[][] building = {{0.9, 0.05, 0.03, 0.02}, {0.01, 0.01, 0.03, 0.95}, {0.01, 0.04, 0.95}};
        double[][] u = {{0.95, 0.04, 0.009, 0.001}, {0.9, 0.08, 0.019, 0.001}, {0.6, 0.1, 0.3}};
        SplittableRandom rnd = new SplittableRandom(5);
        PatternCounts counts = new PatternCounts();
        int[] levels = new int[3];
        int compared = 0;
        int all = 3_000_000;
        for (int i = 0; i < all; i++) {
            double x = rnd.nextDouble();
            double[][] p = x < 0.001 ? match : x < 0.003 ? building : u;
            for (int f = 0; f < 3; f++) {
                levels[f] = draw(p[f], rnd);
            }
            if (levels[0] >= 1 || levels[1] >= 1) {
                counts.add(c.encode(levels));
                compared++;
            }
        }
        EmEstimator em = new EmEstimator(500, 1e-6);
        EmEstimator.Fit3 three = em.fit3(c, counts, u, 0.01, all - compared);
        // A three-class model is identified only up to some exchange of pairs between its two classes, so
        // the check is that the classes come apart, not an exact recovery.
        assertThat(three.match().lambda()).isCloseTo(0.001, within(0.0003));
        assertThat(three.match().m()[0][0]).as("match: names differ").isLessThan(0.15);
        assertThat(three.match().m()[0][3]).as("match: names agree").isGreaterThan(0.6);
        assertThat(three.related().m()[0][0]).as("building: names differ").isGreaterThan(0.8);
        assertThat(three.related().m()[1][3]).as("building: same address").isGreaterThan(0.8);
        // the two-class fit takes the building's pairs for matches: names no longer tell
        EmEstimator.Fit two = em.fit(c, counts, u, 0.01, true, all - compared);
        assertThat(two.m()[0][0]).isGreaterThan(0.3);
    }

    @Test
    void patternCodesRoundTripIncludingMissingFields() {
        Comparisons c = new Comparisons(
                List.of(FieldSpec.of("a", "a", FieldKind.DATE), FieldSpec.of("b", "b", FieldKind.CATEGORICAL)));
        int[] in = {2, Comparisons.MISSING};
        int[] out = new int[2];
        c.decode(c.encode(in), out);
        assertThat(out).containsExactly(in);
    }

    private static int draw(double[] p, SplittableRandom rnd) {
        double x = rnd.nextDouble();
        for (int l = 0; l < p.length; l++) {
            x -= p[l];
            if (x < 0) {
                return l;
            }
        }
        return p.length - 1;
    }
}
