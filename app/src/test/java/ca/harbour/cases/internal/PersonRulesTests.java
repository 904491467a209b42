package ca.harbour.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.platform.domain.Rejected;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person's name, dates, ages and codes: what is kept and what is refused, field by field. */
class PersonRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final HtcdsVocabulary VOCABULARY = new HtcdsVocabulary();

    private static PersonForm form(String birth, String age) {
        return new PersonForm("SURVIVOR", "Ana R.", birth, age, "FEMININE", List.of("es", "en"), "METIS", "NO_STATUS");
    }

    private static Map<String, String> fieldsAtFault(PersonForm form) {
        try {
            PersonRules.check(form, TODAY, VOCABULARY);
        } catch (Rejected e) {
            return e.rejection().fields();
        }
        throw new AssertionError("accepted " + form);
    }

    @Test
    void aPersonWithADateOfBirthOrAnAgeIsKept() {
        PersonRules.Person born = PersonRules.check(form("1990-02-28", ""), TODAY, VOCABULARY);
        assertThat(born.birthDate()).isEqualTo(LocalDate.of(1990, 2, 28));
        assertThat(born.ageEstimate()).isNull();
        assertThat(born.languages()).containsExactly("es", "en");
        PersonRules.Person aged = PersonRules.check(form("", "120"), TODAY, VOCABULARY);
        assertThat(aged.ageEstimate()).isEqualTo(120);
        assertThat(PersonRules.check(form(TODAY.toString(), ""), TODAY, VOCABULARY)
                        .birthDate())
                .isEqualTo(TODAY);
        assertThat(PersonRules.check(form("", "0"), TODAY, VOCABULARY).ageEstimate())
                .isZero();
    }

    @Test
    void impossibleDatesAndAgesAreRefusedOnTheirField() {
        assertThat(fieldsAtFault(form("2026-12-05", ""))).containsOnlyKeys("birthDate");
        assertThat(fieldsAtFault(form("1906-12-03", ""))).containsOnlyKeys("birthDate");
        assertThat(fieldsAtFault(form("2026-02-30", ""))).containsOnlyKeys("birthDate");
        assertThat(fieldsAtFault(form("yesterday", ""))).containsOnlyKeys("birthDate");
        assertThat(fieldsAtFault(form("", "121"))).containsOnlyKeys("ageEstimate");
        assertThat(fieldsAtFault(form("", "-1"))).containsOnlyKeys("ageEstimate");
        assertThat(fieldsAtFault(form("", "twenty"))).containsOnlyKeys("ageEstimate");
        assertThat(fieldsAtFault(form("1990-01-01", "30")))
                .containsEntry("ageEstimate", "cases.person.error.ageOrBirth");
    }

    @Test
    void unknownCodesAndAMissingNameAreRefused() {
        PersonForm bad = new PersonForm("BOSS", " ", "", "", "WOMAN", List.of("xx"), "CREE", "ILLEGAL");
        assertThat(fieldsAtFault(bad))
                .containsOnlyKeys("role", "name", "gender", "languages", "indigenousIdentity", "immigrationStatus");
        assertThatThrownBy(() -> PersonRules.check(
                        new PersonForm("OTHER", "x".repeat(201), "", "", "", List.of(), "", ""), TODAY, VOCABULARY))
                .isInstanceOf(Rejected.class);
    }

    @Test
    void theHtcdsListsAreReadFromTheCopiedStandard() {
        assertThat(VOCABULARY.codes(HtcdsVocabulary.CodeList.EXPLOITATION))
                .contains("FORCED_LABOUR", "SEXUAL_EXPLOITATION", "FORCED_MILITARY_BY_NON_STATE_ACTORS")
                .hasSize(11);
        assertThat(VOCABULARY.codes(HtcdsVocabulary.CodeList.RECRUITMENT)).contains("AT_A_PLACE_OF_BUSINESS");
        assertThat(VOCABULARY.codes(HtcdsVocabulary.CodeList.CONTROL))
                .contains("DEBT_BONDAGE")
                .hasSize(16);
        assertThat(VOCABULARY.codes(HtcdsVocabulary.CodeList.GENDER)).contains("NON_SPECIFIED_UNKNOWN");
    }
}
