package ca.harbour.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.harbour.linkage.TestData;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.EmEstimator;
import ca.harbour.linkage.score.FellegiSunter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelTrainerTests {
    private static final DatasetDescription PEOPLE = DatasetDescription.of(
            "id",
            List.of(
                    FieldSpec.of("given", "given", FieldKind.GIVEN_NAME),
                    FieldSpec.of("address", "address", FieldKind.ADDRESS)));
    private static final double[][] MATCH = {{0.05, 0.05, 0.1, 0.8}, {0.1, 0.05, 0.15, 0.7}};

    @Test
    void aClassThatDiffersInAGivenNameIsRelatedNonMatches() {
        double[][] household = {{0.8, 0.1, 0.05, 0.05}, {0.01, 0.01, 0.08, 0.9}};
        assertThat(ModelTrainer.relatedNonMatches(PEOPLE, fit3(household))).isTrue();
    }

    /**
     * A conference paper and its journal version: the same authors, much of the title, another year. The class
     * that differs in the year (a number or a category) is other works, so a differing year costs what the
     * match class alone says.
     */
    @Test
    void aClassThatDiffersInTheYearIsRelatedNonMatches() {
        DatasetDescription works = DatasetDescription.of(
                "id",
                List.of(
                        FieldSpec.of("authors", "authors", FieldKind.PERSON_NAMES),
                        FieldSpec.of("year", "year", FieldKind.CATEGORICAL)));
        double[][] match = {{0.05, 0.05, 0.1, 0.8}, {0.05, 0.95}};
        double[][] versions = {{0.01, 0.01, 0.08, 0.9}, {0.93, 0.07}};
        EmEstimator.Fit3 three = new EmEstimator.Fit3(
                new EmEstimator.Fit(0.001, match, match, 1), new EmEstimator.Fit(0.001, versions, match, 1));
        assertThat(ModelTrainer.relatedNonMatches(works, three)).isTrue();
    }

    @Test
    void aClassThatDiffersOnlyInAddressIsMoreMatchesBecausePeopleMove() {
        double[][] moved = {{0.05, 0.05, 0.1, 0.8}, {0.9, 0.05, 0.03, 0.02}};
        assertThat(ModelTrainer.relatedNonMatches(PEOPLE, fit3(moved))).isFalse();
    }

    @Test
    void withoutAFitExactAgreementIsTheChanceOfSharingAValueAndTheOtherLevelsFillTheRest() {
        double[][] u = ModelTrainer.withExact(new double[][] {{0.5, 0.3, 0.2}}, new double[][] {{0.01, 1e6}}, null);
        assertThat(u[0]).containsExactly(new double[] {0.5 / 0.8 * 0.99, 0.3 / 0.8 * 0.99, 0.01}, within(1e-12));
    }

    /** A random pair agrees with chance λ m + (1 - λ) u: u is what is left once the matches are out. */
    @ParameterizedTest
    @CsvSource({
        // chance, pairs, λ,   m exact, u exact
        "0.01,   1e6,   0.001, 0.9,     0.00910910910910911", // (0.01 - 0.0009) / 0.999
        "0.001,  1e6,   0.001, 0.9,     1.001001001001001e-4", // (0.001 - 0.0009) / 0.999
        "0.001,  1e6,   0.001, 1.0,     6.25e-5", // all agreement explained: lowered 16 times
        "1e-6,   1e5,   0.001, 0.9,     9.99990000099999e-6", // never below one pair in all: 1 / (1e5 + 1)
    })
    void theMatchesShareOfChanceAgreementIsTakenOut(
            double chance, double pairs, double lambda, double mExact, double expected) {
        double[][] m = {{1 - mExact, mExact}};
        EmEstimator.Fit fit = new EmEstimator.Fit(lambda, m, m, 1);
        double[][] u = ModelTrainer.withExact(new double[][] {{0.99, 0.01}}, new double[][] {{chance, pairs}}, fit);
        assertThat(u[0][1]).isCloseTo(expected, within(expected * 1e-9));
        assertThat(u[0][0]).isCloseTo(1 - expected, within(1e-12));
    }

    @Test
    void aFieldWithNoValuesToCountKeepsTheRandomPairsU() {
        double[][] random = {{0.9, 0.1}};
        EmEstimator.Fit fit = new EmEstimator.Fit(0.01, random, random, 1);
        assertThat(ModelTrainer.withExact(random, new double[][] {null}, fit)[0])
                .containsExactly(0.9, 0.1);
    }

    /**
     * A partial level random pairs reached fewer than ten times takes its u from the non-matches among the
     * compared pairs, out of the pairs with the field on both sides; the field's other levels below exact
     * take up the rest.
     */
    @Test
    void aLevelRandomPairsHardlyReachTakesItsUFromTheComparedPairs() {
        double[][] u = {{0.9, 0.07, 0.02, 0.01}};
        // 10,000 random pairs, 8,000 with the field on both sides; 3 of them at level 2
        ModelTrainer.RandomPairs random = new ModelTrainer.RandomPairs(u, new long[][] {{7357, 560, 3, 80}}, 10_000);
        double[][] nonMatches = {{0, 0, 40, 0}};
        double[][] out = ModelTrainer.withRareLevels(u, random, nonMatches, 1e8);
        double level2 = 40 / (1e8 * 0.8);
        assertThat(out[0][2]).isCloseTo(level2, within(1e-15));
        assertThat(out[0][3]).isEqualTo(0.01);
        double freed = 0.02 - level2;
        assertThat(out[0][0]).isCloseTo(0.9 + freed * 0.9 / 0.97, within(1e-12));
        assertThat(out[0][1]).isCloseTo(0.07 + freed * 0.07 / 0.97, within(1e-12));
        assertThat(out[0][0] + out[0][1] + out[0][2] + out[0][3]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aLevelSeenOftenEnoughOrLessRareAmongTheComparedPairsKeepsItsU() {
        double[][] u = {{0.9, 0.07, 0.02, 0.01}};
        ModelTrainer.RandomPairs often = new ModelTrainer.RandomPairs(u, new long[][] {{7350, 560, 10, 80}}, 10_000);
        assertThat(ModelTrainer.withRareLevels(u, often, new double[][] {{0, 0, 40, 0}}, 1e8))
                .isSameAs(u);
        ModelTrainer.RandomPairs rare = new ModelTrainer.RandomPairs(u, new long[][] {{7357, 560, 3, 80}}, 10_000);
        assertThat(ModelTrainer.withRareLevels(u, rare, new double[][] {{0, 0, 4e6, 0}}, 1e8))
                .isSameAs(u);
        ModelTrainer.RandomPairs absent = new ModelTrainer.RandomPairs(u, new long[][] {{0, 0, 0, 0}}, 10_000);
        assertThat(ModelTrainer.withRareLevels(u, absent, new double[][] {{0, 0, 0, 0}}, 1e8))
                .isSameAs(u);
    }

    /**
     * FEBRL1 is half duplicates: nearly every shared identifier is one person's, so the fitted u of exact
     * identifier agreement is far below the share of random pairs that agree.
     */
    @Test
    void theFittedModelsIdentifierUIsBelowTheChanceOfSharingOne() {
        LinkageResult r = new BatchLinker(TestData.febrlDescription(), 2).dedupe(TestData.febrl1());
        DatasetDescription d = r.model().description();
        Comparisons c = new Comparisons(d.fields());
        double[][] chance =
                ModelTrainer.exactAgreement(c, r.records(), r.records().size(), false);
        FellegiSunter fs = r.model().scorer();
        int id = d.fields()
                .indexOf(d.fields().stream()
                        .filter(f -> f.kind() == FieldKind.IDENTIFIER)
                        .findFirst()
                        .orElseThrow());
        int top = c.field(id).levels() - 1;
        assertThat(fs.u(id, top))
                .isCloseTo(chance[id][0] / ModelTrainer.MAX_MATCH_CORRECTION, within(chance[id][0] * 1e-9));
        for (int f = 0; f < c.size(); f++) {
            if (chance[f] != null) {
                assertThat(fs.u(f, c.field(f).levels() - 1)).isLessThanOrEqualTo(chance[f][0]);
            }
        }
    }

    private static EmEstimator.Fit3 fit3(double[][] related) {
        return new EmEstimator.Fit3(
                new EmEstimator.Fit(0.001, MATCH, MATCH, 1), new EmEstimator.Fit(0.001, related, MATCH, 1));
    }
}
