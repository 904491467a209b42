package ca.harbour.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.normalize.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue #20: over-frequent defaults (a date of birth of 1 January where only the year was known, one phone
 * number given for everyone without one) and a full-name column beside the given and family names.
 */
class InputProfileTests {
    private static final DatasetDescription D = DatasetDescription.of(
            "id",
            List.of(
                    FieldSpec.of("given", "given", FieldKind.GIVEN_NAME),
                    FieldSpec.of("family", "family", FieldKind.FAMILY_NAME),
                    FieldSpec.of("full", "full", FieldKind.FULL_NAME),
                    FieldSpec.of("dob", "dob", FieldKind.DATE),
                    FieldSpec.of("phone", "phone", FieldKind.PHONE),
                    FieldSpec.of("notes", "notes", FieldKind.TEXT)));

    /** 2,000 people: 300 born "on 1 January", 60 with the office's phone, 40 with "1900-01-01". */
    private static List<Record> people() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String given = "g" + Integer.toString(rnd.nextInt(400), 36) + "a";
            String family = "f" + Integer.toString(rnd.nextInt(5000), 36) + "o";
            int year = 1940 + rnd.nextInt(60);
            String dob = i < 300
                    ? year + "-01-01"
                    : i < 340 ? "1900-01-01" : String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + i % 12, 2 + i % 27);
            String phone = i % 33 == 0 ? "514-555-0100" : String.format(Locale.ROOT, "416-%03d-%04d", 200 + i % 700, i);
            out.add(new Record(
                    "r" + i,
                    new String[] {given, family, given + " " + family, dob, phone, i % 2 == 0 ? "called back" : null}));
        }
        return out;
    }

    @Test
    void overFrequentValuesAndPlaceholderDaysAreFoundAndTreatedAsMissing() {
        InputProfile p = InputProfile.scan(D, List.of(people().iterator()));
        assertThat(p.records()).isEqualTo(2000);
        InputProfile.FieldReport dob = p.fields().get(3);
        assertThat(dob.placeholders()).containsEntry("1900-01-01", 40);
        assertThat(dob.dayPattern()).isEqualTo(Placeholders.JANUARY_FIRST);
        assertThat(dob.dayShare()).isGreaterThan(0.15);
        InputProfile.FieldReport phone = p.fields().get(4);
        assertThat(phone.placeholders()).containsOnlyKeys("514-555-0100");
        assertThat(p.fields().get(0).placeholders()).isEmpty();
        DatasetDescription applied = p.apply(D);
        assertThat(applied.fields().get(4).missing()).containsExactly("+15145550100");
        assertThat(applied.fields().get(3).missing()).contains(Placeholders.JANUARY_FIRST);
        RecordPreparer prep = new RecordPreparer(applied);
        String[] v = prep.prepare(
                        0, 0, new Record("x", new String[] {"a", "b", "a b", "1961-01-01", "514 555 0100", null}))
                .values();
        assertThat(v[3]).isEqualTo("19610000");
        assertThat(v[4]).isNull();
    }

    @Test
    void aFullNameBesideGivenAndFamilyNamesIsReportedOnceAndTheNamesItHoldsAreNot() {
        InputProfile p = InputProfile.scan(D, List.of(people().iterator()));
        assertThat(p.redundancies()).hasSize(1);
        RedundancyCheck.Redundancy r = p.redundancies().get(0);
        assertThat(r.field()).isEqualTo("full");
        assertThat(r.others()).containsExactly("given", "family");
        assertThat(r.share()).isEqualTo(1.0);
    }

    @Test
    void independentFieldsAreNotReported() {
        DatasetDescription d = DatasetDescription.of(
                "id",
                List.of(
                        FieldSpec.of("given", "given", FieldKind.GIVEN_NAME),
                        FieldSpec.of("family", "family", FieldKind.FAMILY_NAME),
                        FieldSpec.of("dob", "dob", FieldKind.DATE)));
        List<Record> three = people().stream()
                .map(r -> new Record(r.id(), new String[] {r.value(0), r.value(1), r.value(3)}))
                .toList();
        InputProfile p = InputProfile.scan(d, List.of(three.iterator()));
        assertThat(p.redundancies()).isEmpty();
        assertThat(p.fields().get(3 - 1).placeholders()).containsOnlyKeys("1900-01-01");
        assertThat(p.fields()).extracting(InputProfile.FieldReport::values).allMatch(n -> n > 1000);
    }
}
