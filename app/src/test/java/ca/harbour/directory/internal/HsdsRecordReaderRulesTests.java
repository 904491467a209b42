package ca.harbour.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An HSDS import accepts exactly what {@link ServiceRules} allows, as the editor does. */
class HsdsRecordReaderRulesTests {

    /** A service record with these fields, {@code x_harbour} ones under "x."; the problems' keys and fields. */
    private static List<String> problems(Object... fields) {
        Map<String, Object> record = new LinkedHashMap<>();
        Map<String, Object> x = new LinkedHashMap<>();
        record.put("id", UUID.randomUUID().toString());
        record.put("name", "Demo Haven");
        record.put("status", "active");
        record.put("organization", Map.of("id", UUID.randomUUID().toString(), "name", "Demo Society"));
        record.put("x_harbour", x);
        for (int i = 0; i < fields.length; i += 2) {
            String field = (String) fields[i];
            (field.startsWith("x.") ? x : record).put(field.replaceFirst("^x\\.", ""), fields[i + 1]);
        }
        List<ImportProblem> problems = new ArrayList<>();
        new HsdsRecordReader("test.json", 1, id -> null, problems).service(record);
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void everyStatusAndGenderOfTheRulesAndNoOtherIsImported() {
        ServiceRules.STATUSES.forEach(
                status -> assertThat(problems("status", status)).as(status).isEmpty());
        ServiceRules.GENDERS.forEach(
                gender -> assertThat(problems("x.gender", gender)).as(gender).isEmpty());
        assertThat(problems("status", "closed")).containsExactly("status:directory.import.badValue");
        assertThat(problems("x.gender", "nonbinary")).containsExactly("x_harbour.gender:directory.import.badValue");
    }

    @Test
    void agesFromTheLowestToTheHighestAndNoFurtherAreImported() {
        assertThat(problems("minimum_age", ServiceRules.MIN_AGE, "maximum_age", ServiceRules.MAX_AGE))
                .isEmpty();
        assertThat(problems("maximum_age", ServiceRules.MAX_AGE + 1))
                .containsExactly("maximum_age:directory.import.range");
        assertThat(problems("minimum_age", ServiceRules.MIN_AGE - 1))
                .containsExactly("minimum_age:directory.import.range");
    }

    @Test
    void textsUpToTheRulesLimitsAreImportedAndLongerOnesRefused() {
        assertThat(problems(
                        "name",
                        "x".repeat(ServiceRules.NAME),
                        "description",
                        "x".repeat(ServiceRules.DESCRIPTION),
                        "x.description_fr",
                        "x".repeat(ServiceRules.DESCRIPTION),
                        "application_process",
                        "x".repeat(ServiceRules.APPLICATION_PROCESS),
                        "eligibility_description",
                        "x".repeat(ServiceRules.ELIGIBILITY)))
                .isEmpty();
        assertThat(problems("description", "x".repeat(ServiceRules.DESCRIPTION + 1)))
                .containsExactly("description:directory.import.tooLong");
        assertThat(problems("eligibility_description", "x".repeat(ServiceRules.ELIGIBILITY + 1)))
                .containsExactly("eligibility_description:directory.import.tooLong");
    }
}
