package ca.harbour.linkage.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MonotoneLevelsTests {

    /**
     * A venue written in full in one catalogue and abbreviated in the other: true pairs mostly agree only
     * "closely" on it, rarely exactly, while unrelated pairs share a common venue exactly more often than they
     * come close. Left alone, EM weighs "close" far above "exact".
     */
    @Test
    void aCloserLevelNeverWeighsLessThanALooserOneAndDisagreementKeepsItsFittedCost() {
        Comparisons c = new Comparisons(List.of(
                FieldSpec.of("venue", "venue", FieldKind.FAMILY_NAME),
                FieldSpec.of("year", "year", FieldKind.IDENTIFIER),
                FieldSpec.of("title", "title", FieldKind.PHONE)));
        double[][] m = {{0.05, 0.05, 0.7, 0.2}, {0.01, 0.02, 0.07, 0.9}, {0.05, 0.1, 0.85}};
        double[][] u = {{0.9, 0.049, 0.001, 0.05}, {0.85, 0.1, 0.04, 0.01}, {0.95, 0.04, 0.01}};
        SplittableRandom rnd = new SplittableRandom(11);
        PatternCounts counts = new PatternCounts();
        int[] levels = new int[3];
        for (int i = 0; i < 300_000; i++) {
            boolean match = rnd.nextDouble() < 0.1;
            for (int f = 0; f < 3; f++) {
                levels[f] = draw(match ? m[f] : u[f], rnd);
            }
            counts.add(c.encode(levels));
        }
        EmEstimator.Fit fit = new EmEstimator(500, 1e-9).fit(c, counts, u, 0.2, true, 0);
        for (int f = 0; f < 3; f++) {
            for (int l = 1; l < m[f].length; l++) {
                assertThat(weight(fit, f, l))
                        .as("field %d: level %d against %d", f, l, l - 1)
                        .isGreaterThanOrEqualTo(weight(fit, f, l - 1) - 1e-9);
            }
        }
        // venue: close and exact pooled, at the ratio of their sums (0.9 / 0.051)
        assertThat(weight(fit, 0, 3)).isCloseTo(Math.log(0.9 / 0.051), within(0.1));
        assertThat(weight(fit, 0, 2)).isCloseTo(weight(fit, 0, 3), within(1e-9));
        // a year that differs costs what EM fits for it (about -4.4 nats here), not less
        assertThat(weight(fit, 1, 0)).isCloseTo(Math.log(0.01 / 0.85), within(0.2));
        assertThat(fit.m()[1]).containsExactly(m[1], within(0.01));
        double sum = 0;
        for (double x : fit.m()[0]) {
            sum += x;
        }
        assertThat(sum).isCloseTo(1, within(1e-9));
    }

    @Test
    void poolingAdjacentViolatorsMergesOnlyLevelsOutOfOrder() {
        double[] u = {0.7, 0.1, 0.1, 0.1};
        double[] m = {0.07, 0.3, 0.1, 0.53};
        assertThat(EmEstimator.monotone(m, u)).isTrue();
        // ratios 0.1, 3, 1, 5.3: levels 1 and 2 pool at (0.3 + 0.1) / 0.2 = 2
        assertThat(m).containsExactly(new double[] {0.07, 0.2, 0.2, 0.53}, within(1e-12));
        double[] ordered = {0.01, 0.09, 0.2, 0.7};
        assertThat(EmEstimator.monotone(ordered, u)).isFalse();
        assertThat(ordered).containsExactly(0.01, 0.09, 0.2, 0.7);
    }

    private static double weight(EmEstimator.Fit fit, int f, int l) {
        return Math.log(fit.m()[f][l] / fit.u()[f][l]);
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
