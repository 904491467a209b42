package ca.harbour.linkage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldSpec;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DescriptionReaderTests {

    @Test
    void inputsThatShareTheirColumnNamesHaveOneDescription() {
        DatasetDescription d = DescriptionReader.parse("""
                {"id": "id", "fields": [{"name": "title", "kind": "text"},
                                        {"name": "price", "kind": "numeric", "column": "cost"}]}""", "d.json");
        assertThat(d.forInput(1)).isSameAs(d);
        assertThat(d.fields()).extracting(FieldSpec::column).containsExactly("title", "cost");
    }

    /** Amazon's "title" is Google's "name"; only Buy's products have a manufacturer. */
    @Test
    void eachInputOfALinkMayNameItsColumnsItsOwnWay() {
        DatasetDescription d = DescriptionReader.parse("""
                {"id": ["id", "gid"], "fields": [
                  {"name": "title", "kind": "text", "column": ["title", "name"]},
                  {"name": "maker", "kind": "categorical", "column": [null, "manufacturer"]},
                  {"name": "price", "kind": "numeric"}]}""", "d.json");
        assertThat(d.idColumn()).isEqualTo("id");
        assertThat(d.fields()).extracting(FieldSpec::column).containsExactly("title", null, "price");
        DatasetDescription second = d.forInput(1);
        assertThat(second.idColumn()).isEqualTo("gid");
        assertThat(second.fields()).extracting(FieldSpec::column).containsExactly("name", "manufacturer", "price");
        assertThat(second.fields()).extracting(FieldSpec::name).containsExactly("title", "maker", "price");
        assertThat(d.withThreshold(0.9).forInput(1).idColumn()).isEqualTo("gid");
    }

    @Test
    void aFieldInNeitherInputOrAColumnListOfTheWrongShapeIsRejectedInBothLanguages() {
        LinkageInputException neither = catchThrowableOfType(
                LinkageInputException.class,
                () -> DescriptionReader.parse(
                        "{\"id\": \"id\", \"fields\": [{\"name\": \"maker\", \"kind\": \"text\", \"column\": [null, null]}]}",
                        "d.json"));
        assertThat(neither.message(Locale.ENGLISH))
                .contains("d.json")
                .contains("field \"maker\" has a column in neither input");
        assertThat(neither.message(Locale.CANADA_FRENCH))
                .contains("le champ «\u00a0maker\u00a0» n'a de colonne dans aucun");
        LinkageInputException three = catchThrowableOfType(
                LinkageInputException.class,
                () -> DescriptionReader.parse(
                        "{\"id\": [\"a\", \"b\", \"c\"], \"fields\": [{\"name\": \"t\", \"kind\": \"text\"}]}",
                        "d.json"));
        assertThat(three.message(Locale.ENGLISH))
                .contains("\"id\" must be a column name, or a list of two: "
                        + "the first input's column and the second's, not [a, b, c]");
        assertThat(three.message(Locale.CANADA_FRENCH)).contains("ou une liste de deux");
        assertThatThrownBy(() -> DescriptionReader.parse(
                        "{\"id\": [\"a\", null], \"fields\": [{\"name\": \"t\", \"kind\": \"text\"}]}", "d.json"))
                .hasMessageContaining("\"id\" must be a column name");
        assertThatThrownBy(() -> DescriptionReader.parse(
                        "{\"id\": \"id\", \"fields\": [{\"name\": \"t\", \"kind\": \"text\", \"column\": 7}]}",
                        "d.json"))
                .hasMessageContaining("\"column\" must be a column name");
    }
}
