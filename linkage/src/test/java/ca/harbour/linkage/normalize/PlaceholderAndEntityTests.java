package ca.harbour.linkage.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.engine.RecordPreparer;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #20: a default ("unknown", 1900-01-01, 999-999-9999) counted as two strangers agreeing, and a name
 * scraped from a web page ({@code G&#252;nther}) differed from the same name typed.
 */
class PlaceholderAndEntityTests {
    private static final DatasetDescription PEOPLE = DatasetDescription.of(
            "id",
            List.of(
                    FieldSpec.of("given", "given", FieldKind.GIVEN_NAME),
                    FieldSpec.of("family", "family", FieldKind.FAMILY_NAME),
                    FieldSpec.of("dob", "dob", FieldKind.DATE),
                    FieldSpec.of("phone", "phone", FieldKind.PHONE),
                    FieldSpec.of("email", "email", FieldKind.EMAIL),
                    FieldSpec.of("ssn", "ssn", FieldKind.IDENTIFIER),
                    FieldSpec.of("postcode", "postcode", FieldKind.POSTCODE)));

    private static String[] prepared(DatasetDescription d, String... raw) {
        return new RecordPreparer(d).prepare(0, 0, new Record("1", raw)).values();
    }

    @Test
    void structuralPlaceholdersAreMissing() {
        assertThat(prepared(PEOPLE, "Unknown", "N/A", "1900-01-01", "999-999-9999", "none", "000000000", "0"))
                .containsOnlyNulls();
        assertThat(prepared(PEOPLE, "inconnu", "Smith", "01/01/1900", "(416) 555-5555", "n/a", "123456789", "0000"))
                .containsExactly(null, "smith", null, null, null, "123456789", null);
    }

    @Test
    void ordinaryValuesStay() {
        // an Australian postcode and a short identifier of one digit repeated are real
        assertThat(prepared(PEOPLE, null, null, null, null, null, "1111", "2222"))
                .containsExactly(null, null, null, null, null, "1111", "2222");
        assertThat(prepared(PEOPLE, "Anne", "Roy", "1990-01-01", "(416) 555-0123", "a@b.ca", "111", "H2X 1Y4"))
                .containsExactly("anne", "roy", "19900101", "+14165550123", "a@b.ca", "111", "H2X1Y4");
    }

    @Test
    void declaredValuesAndPlaceholderDaysApply() {
        DatasetDescription d = PEOPLE.withMissing(2, List.of(Placeholders.JANUARY_FIRST, "19700101"))
                .withMissing(0, List.of("test"));
        assertThat(prepared(d, "Test", "Roy", "1990-01-01", null, null, null, null)[2])
                .isEqualTo("19900000");
        assertThat(prepared(d, "Test", "Roy", "1970-01-01", null, null, null, null))
                .containsExactly(null, "roy", null, null, null, null, null);
        assertThat(prepared(d, "Anne", "Roy", "1990-03-01", null, null, null, null)[2])
                .isEqualTo("19900301");
        DatasetDescription months = PEOPLE.withMissing(2, List.of(Placeholders.FIRST_OF_MONTH));
        assertThat(prepared(months, null, null, "1990-03-01", null, null, null, null)[2])
                .isEqualTo("19900300");
    }

    @Test
    void htmlCharacterReferencesAreDecodedBeforeNormalising() {
        assertThat(HtmlEntities.decode("G&#252;nther &amp; H&eacute;l&egrave;ne &#xE9;t&eacute;"))
                .isEqualTo("Günther & Hélène été");
        assertThat(HtmlEntities.decode("AT&T; R&D &bogus; &#; &#xZZ; &")).isEqualTo("AT&T; R&D &bogus; &#; &#xZZ; &");
        assertThat(prepared(PEOPLE, "G&#252;nther", "M&uuml;ller", null, null, null, null, null))
                .startsWith(prepared(PEOPLE, "Günther", "Müller", null, null, null, null, null)[0], "muller");
    }
}
