package ca.harbour.linkage.engine;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.score.EmEstimator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelTrainerTests {
    private static final DatasetDescription PEOPLE = DatasetDescription.of("id", List.of(
            FieldSpec.of("given", "given", FieldKind.GIVEN_NAME), FieldSpec.of("address", "address", FieldKind.ADDRESS)));
    private static final double[][] MATCH = {{0.05, 0.05, 0.1, 0.8}, {0.1, 0.05, 0.15, 0.7}};

    @Test
    void aClassThatDiffersInAGivenNameIsRelatedNonMatches() {
        double[][] household = {{0.8, 0.1, 0.05, 0.05}, {0.01, 0.01, 0.08, 0.9}};
        assertThat(ModelTrainer.relatedNonMatches(PEOPLE, fit3(household))).isTrue();
    }

    @Test
    void aClassThatDiffersOnlyInAddressIsMoreMatchesBecausePeopleMove() {
        double[][] moved = {{0.05, 0.05, 0.1, 0.8}, {0.9, 0.05, 0.03, 0.02}};
        assertThat(ModelTrainer.relatedNonMatches(PEOPLE, fit3(moved))).isFalse();
    }

    private static EmEstimator.Fit3 fit3(double[][] related) {
        return new EmEstimator.Fit3(new EmEstimator.Fit(0.001, MATCH, MATCH, 1),
                new EmEstimator.Fit(0.001, related, MATCH, 1));
    }
}
