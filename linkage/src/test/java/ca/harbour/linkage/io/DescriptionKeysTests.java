package ca.harbour.linkage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue #20: a misspelt key was ignored, so a weight or a threshold went silently unused. */
class DescriptionKeysTests {

    private static LinkageInputException rejected(String json) {
        return catchThrowableOfType(LinkageInputException.class, () -> DescriptionReader.parse(json, "d.json"));
    }

    @Test
    void aMisspeltFieldKeyIsAnErrorNamingItsFieldAndTheNearestKeyInBothLanguages() {
        LinkageInputException e = rejected("""
                {"id": "id", "fields": [{"name": "notes", "kind": "text", "wieght": 0.5}]}""");
        assertThat(e).isNotNull();
        assertThat(e.message(Locale.ENGLISH))
                .contains("d.json")
                .contains("unknown key \"wieght\" in field \"notes\": did you mean \"weight\"?");
        assertThat(e.message(Locale.CANADA_FRENCH))
                .contains("clé inconnue «\u00a0wieght\u00a0» dans le champ «\u00a0notes\u00a0»")
                .contains("vouliez-vous dire «\u00a0weight\u00a0»");
    }

    @Test
    void aMisspeltTopLevelKeyIsAnErrorToo() {
        LinkageInputException e = rejected("""
                {"id": "id", "treshold": 0.9, "fields": [{"name": "notes", "kind": "text"}]}""");
        assertThat(e.message(Locale.ENGLISH))
                .contains("unknown key \"treshold\" at the top level: did you mean \"threshold\"?");
        assertThat(rejected("""
                        {"id": "id", "MaxBlockSize": 9, "fields": [{"name": "n", "kind": "text"}]}""").message(Locale.ENGLISH)).contains("did you mean \"maxBlockSize\"?");
    }

    @Test
    void aKeyNearNoKnownOneListsTheKnownKeys() {
        LinkageInputException e = rejected("""
                {"id": "id", "fields": [{"name": "n", "kind": "text", "comparator": "jaro"}]}""");
        assertThat(e.message(Locale.ENGLISH))
                .contains("unknown key \"comparator\" in field \"n\"; known keys: name, kind, column, weight");
    }

    @Test
    void everyKnownKeyIsAccepted() {
        DatasetDescription d = DescriptionReader.parse("""
                {"id": "id", "threshold": 0.6, "maxBlockSize": 100, "maxClusterSize": 20, "seed": 1,
                 "fields": [{"name": "year", "kind": "numeric", "column": "y", "weight": 1, "block": false,
                             "tf": false, "dateOrder": "DMY", "region": "FR", "tolerance": 1,
                             "missing": ["0", "unknown"]}]}""", "d.json");
        FieldSpec year = d.fields().get(0);
        assertThat(year.tolerance().amount()).isEqualTo(1.0);
        assertThat(year.tolerance().relative()).isFalse();
        assertThat(year.missing()).contains("0", "unknown");
        assertThat(DescriptionReader.TOP_LEVEL_KEYS).contains("threshold");
        assertThat(DescriptionReader.FIELD_KEYS).contains("tolerance", "missing");
    }

    @Test
    void aToleranceIsAnAmountInUnitsOrAShareAndOnlyForNumbers() {
        FieldSpec price = DescriptionReader.parse("""
                        {"id": "id", "fields": [{"name": "price", "kind": "numeric", "tolerance": "5%"}]}""", "d").fields().get(0);
        assertThat(price.tolerance().relative()).isTrue();
        assertThat(price.tolerance().amount()).isEqualTo(0.05);
        assertThat(rejected("""
                        {"id": "id", "fields": [{"name": "dob", "kind": "date", "tolerance": 1}]}""").message(Locale.ENGLISH))
                .contains("\"tolerance\" applies to numeric fields only, not to a date field");
        assertThat(rejected("""
                        {"id": "id", "fields": [{"name": "y", "kind": "numeric", "tolerance": "a year"}]}""").message(Locale.CANADA_FRENCH)).contains("«\u00a0tolerance\u00a0» doit être un nombre");
        assertThat(FieldSpec.of("y", "y", FieldKind.NUMERIC).tolerance().relative())
                .isTrue();
    }

    @Test
    void declaredMissingValuesAreNormalisedAsTheFieldsValuesAre() {
        FieldSpec dob = DescriptionReader.parse("""
                        {"id": "id", "fields": [{"name": "dob", "kind": "date", "missing": ["01/01/1901"]}]}""", "d").fields().get(0);
        assertThat(dob.missing()).containsExactly("19010101");
        assertThat(DescriptionReader.nearest("Kind", List.of("name", "kind"))).isEqualTo("kind");
    }
}
