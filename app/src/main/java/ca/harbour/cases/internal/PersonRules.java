package ca.harbour.cases.internal;

import ca.harbour.cases.internal.HtcdsVocabulary.CodeList;
import ca.harbour.platform.domain.Rejection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for a person on a case, used by the page, the API and the demo data: a name, a date of birth not
 * in the future nor more than 120 years ago or an age estimate from 0 to 120 (not both), and codes from the lists
 * offered. Pure; answers the cleaned person or the fields at fault.
 */
public final class PersonRules {

    static final int NAME_MAX = 200;
    static final int MAX_AGE = 120;
    static final int MAX_LANGUAGES = 6;

    /** Indigenous identity, recorded only when the person chooses to share it. */
    public static final List<String> INDIGENOUS = List.of("FIRST_NATIONS", "INUIT", "METIS", "PREFER_NOT_TO_SAY");

    /** Immigration status in Canada, in the words a worker would use with the person. */
    public static final List<String> IMMIGRATION = List.of(
            "CITIZEN",
            "PERMANENT_RESIDENT",
            "TEMPORARY_WORKER",
            "INTERNATIONAL_STUDENT",
            "VISITOR",
            "REFUGEE_CLAIMANT",
            "PROTECTED_PERSON",
            "NO_STATUS",
            "UNKNOWN",
            "PREFER_NOT_TO_SAY");

    private PersonRules() {}

    /** A person ready to store. */
    public record Person(
            PersonRole role,
            String name,
            @Nullable LocalDate birthDate,
            @Nullable Integer ageEstimate,
            @Nullable String gender,
            List<String> languages,
            @Nullable String indigenousIdentity,
            @Nullable String immigrationStatus) {}

    public static Person check(PersonForm form, LocalDate today, HtcdsVocabulary vocabulary) {
        Map<String, String> errors = new LinkedHashMap<>();
        PersonRole role = parseRole(form.role());
        if (role == null) {
            errors.put("role", "cases.error.code");
        }
        String name = blankToNull(form.name());
        if (name == null || name.length() > NAME_MAX) {
            errors.put("name", "cases.person.error.name");
        }
        LocalDate birth = null;
        String typedBirth = blankToNull(form.birthDate());
        if (typedBirth != null) {
            try {
                birth = LocalDate.parse(typedBirth);
                if (birth.isAfter(today) || birth.isBefore(today.minusYears(MAX_AGE))) {
                    errors.put("birthDate", "cases.person.error.birthDate");
                }
            } catch (DateTimeParseException e) {
                errors.put("birthDate", "cases.person.error.birthDate");
            }
        }
        Integer age = null;
        String typedAge = blankToNull(form.ageEstimate());
        if (typedAge != null) {
            try {
                age = Integer.valueOf(typedAge);
                if (age < 0 || age > MAX_AGE) {
                    errors.put("ageEstimate", "cases.person.error.age");
                }
            } catch (NumberFormatException e) {
                errors.put("ageEstimate", "cases.person.error.age");
            }
        }
        if (typedBirth != null && typedAge != null && !errors.containsKey("birthDate")) {
            errors.putIfAbsent("ageEstimate", "cases.person.error.ageOrBirth");
        }
        String gender = blankToNull(form.gender());
        if (gender != null && !vocabulary.codes(CodeList.GENDER).contains(gender)) {
            errors.put("gender", "cases.error.code");
        }
        List<String> languages = form.languagesOrEmpty().stream()
                .filter(l -> !l.isBlank())
                .distinct()
                .toList();
        if (languages.size() > MAX_LANGUAGES || !PersonLanguages.ALL.containsAll(languages)) {
            errors.put("languages", "cases.person.error.languages");
        }
        String indigenous = blankToNull(form.indigenousIdentity());
        if (indigenous != null && !INDIGENOUS.contains(indigenous)) {
            errors.put("indigenousIdentity", "cases.error.code");
        }
        String immigration = blankToNull(form.immigrationStatus());
        if (immigration != null && !IMMIGRATION.contains(immigration)) {
            errors.put("immigrationStatus", "cases.error.code");
        }
        if (!errors.isEmpty()) {
            throw Rejection.of("error.validation", errors).exception();
        }
        return new Person(role, name, birth, age, gender, languages, indigenous, immigration);
    }

    static @Nullable PersonRole parseRole(@Nullable String role) {
        for (PersonRole r : PersonRole.values()) {
            if (r.name().equals(role)) {
                return r;
            }
        }
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
