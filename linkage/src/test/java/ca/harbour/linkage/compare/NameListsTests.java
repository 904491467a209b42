package ca.harbour.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.normalize.Normalizer;
import ca.harbour.linkage.normalize.Normalizers;
import org.junit.jupiter.api.Test;

class NameListsTests {
    private final Normalizer norm =
            Normalizers.forField(FieldSpec.of("authors", "authors", FieldKind.parse("authors")));
    private final FieldComparison cmp = new FieldComparison(FieldKind.PERSON_NAMES);

    private int level(String a, String b) {
        return cmp.level(norm.normalize(a), norm.normalize(b), null, null);
    }

    @Test
    void everyUsualWayOfWritingAnAuthorListGivesTheSamePeople() {
        assertThat(norm.normalize("J. Smith, A. Jones")).isEqualTo("jones/a;smith/j");
        assertThat(norm.normalize("Smith J; Jones A")).isEqualTo("jones/a;smith/j");
        assertThat(norm.normalize("Smith, J., Jones, A.")).isEqualTo("jones/a;smith/j");
        assertThat(norm.normalize("Jones, Anne")).isEqualTo("jones/anne");
        assertThat(norm.normalize("John Smith and Anne Jones")).isEqualTo("jones/anne;smith/john");
        assertThat(norm.normalize("Smith JA, Jones A")).isEqualTo("jones/a;smith/j a");
        assertThat(norm.normalize("Jean-Pierre Côté, Ludwig van Beethoven et al."))
                .isEqualTo("cote/jean pierre;van beethoven/ludwig");
    }

    @Test
    void initialsMatchFullGivenNamesAndOrderDoesNotCount() {
        assertThat(level("John Smith, Anne Jones", "John Smith, Anne Jones")).isEqualTo(3);
        assertThat(level("John Smith and Anne Jones", "Jones A; Smith J")).isEqualTo(2);
        assertThat(level("Robert Smith", "Bob Smith")).isEqualTo(2);
        assertThat(level("John Smith, Anne Jones, Li Wei", "J. Smith, A. Jones"))
                .isEqualTo(1);
        // the same family name with a contradicting given name is another person
        assertThat(level("John Smith", "Mary Smith")).isZero();
        assertThat(level("John Smith, Anne Jones", "K. Smith, P. Jones")).isZero();
        assertThat(level("John Smith, Anne Jones, Li Wei, Tom Roy", "J. Smith")).isZero();
    }
}
