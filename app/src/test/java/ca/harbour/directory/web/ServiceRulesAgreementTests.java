package ca.harbour.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.DirectoryService.Org;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.ServiceRules;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The editor, the quick update and the search form accept exactly what {@link ServiceRules} allows. */
class ServiceRulesAgreementTests {

    private static final Places PLACES = new Places();

    private static DirectoryService service() {
        Org org = new Org(UUID.randomUUID(), "Demo Society", null, "", null, null, false, null, true, Instant.now());
        return new DirectoryService(
                UUID.randomUUID(),
                org,
                "Demo Haven",
                null,
                "",
                null,
                null,
                null,
                "active",
                null,
                null,
                null,
                null,
                null,
                "any",
                false,
                true,
                false,
                null,
                null,
                true,
                Instant.now(),
                Instant.now(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** The fields the editor refuses when only the name and these parameters are posted. */
    private static Set<String> editorRefuses(String... params) {
        LinkedMultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        p.add("name", "Demo Haven");
        for (int i = 0; i < params.length; i += 2) {
            p.set(params[i], params[i + 1]);
        }
        ServiceEditCheck check = new ServiceEditCheck(ServiceEditForm.read(p), service());
        check.details(List.of(), code -> null, PLACES);
        return check.errors().keySet();
    }

    private static Set<String> searchRefuses(String age, String gender) {
        return new FindForm(null, null, null, null, null, age, gender, null, null, null, null, null)
                .check(PLACES, null, true, 10)
                .errors()
                .keySet();
    }

    private static Set<String> updateRefuses(String status) {
        return new UpdateForm("true", null, null, status, null, null, null, null, null)
                .check(PLACES)
                .errors()
                .keySet();
    }

    @Test
    void everyGenderOfTheRulesAndNoOtherIsAcceptedByTheEditorAndTheSearchForm() {
        for (String gender : ServiceRules.GENDERS) {
            assertThat(editorRefuses("gender", gender)).as(gender).isEmpty();
            assertThat(searchRefuses(null, gender)).as(gender).isEmpty();
        }
        assertThat(editorRefuses("gender", "nonbinary")).containsExactly("gender");
        assertThat(searchRefuses(null, "nonbinary")).containsExactly("gender");
    }

    @Test
    void agesFromTheLowestToTheHighestAndNoFurtherAreAcceptedByTheEditorAndTheSearchForm() {
        for (int age : new int[] {ServiceRules.MIN_AGE, ServiceRules.MAX_AGE}) {
            assertThat(editorRefuses("minimumAge", String.valueOf(age))).isEmpty();
            assertThat(editorRefuses("maximumAge", String.valueOf(age))).isEmpty();
            assertThat(searchRefuses(String.valueOf(age), null)).isEmpty();
        }
        String tooOld = String.valueOf(ServiceRules.MAX_AGE + 1);
        assertThat(editorRefuses("maximumAge", tooOld)).containsExactly("maximumAge");
        assertThat(searchRefuses(tooOld, null)).containsExactly("age");
        assertThat(editorRefuses("minimumAge", "-1")).containsExactly("minimumAge");
        assertThat(searchRefuses("-1", null)).containsExactly("age");
    }

    @Test
    void everyStatusOfTheRulesAndNoOtherIsAcceptedByTheQuickUpdate() {
        ServiceRules.STATUSES.forEach(
                status -> assertThat(updateRefuses(status)).as(status).isEmpty());
        assertThat(updateRefuses("closed")).containsExactly("status");
    }

    @Test
    void eachTextHoldsAsManyCharactersAsAnImportMayBringAndNoMore() {
        assertThat(ServiceEditForm.TEXTS)
                .containsEntry("description", ServiceRules.DESCRIPTION)
                .containsEntry("descriptionFr", ServiceRules.DESCRIPTION)
                .containsEntry("applicationProcess", ServiceRules.APPLICATION_PROCESS)
                .containsEntry("eligibilityDescription", ServiceRules.ELIGIBILITY)
                .containsEntry("name", ServiceRules.NAME);
        ServiceEditForm.TEXTS.forEach((field, max) -> {
            if (!field.equals("email") && !field.equals("url")) {
                assertThat(editorRefuses(field, "x".repeat(max))).as(field).isEmpty();
                assertThat(editorRefuses(field, "x".repeat(max + 1))).as(field).containsExactly(field);
            }
        });
    }
}
