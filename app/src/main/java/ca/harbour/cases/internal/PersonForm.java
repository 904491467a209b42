package ca.harbour.cases.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person as typed on the case page or sent to the API: every part as text, so that what was typed comes back
 * as typed when {@link PersonRules} refuses it. Blank parts are "not said".
 */
public record PersonForm(
        @Nullable String role,
        @Nullable String name,
        @Nullable String birthDate,
        @Nullable String ageEstimate,
        @Nullable String gender,
        @Nullable List<String> languages,
        @Nullable String indigenousIdentity,
        @Nullable String immigrationStatus) {

    public static PersonForm empty() {
        return new PersonForm("SURVIVOR", "", "", "", "", List.of(), "", "");
    }

    /** The person as recorded, to change on the same form. */
    public static PersonForm of(CasePerson p) {
        return new PersonForm(
                p.role().name(),
                p.name(),
                p.birthDate() == null ? "" : p.birthDate().toString(),
                p.ageEstimate() == null ? "" : p.ageEstimate().toString(),
                p.gender() == null ? "" : p.gender(),
                p.languages(),
                p.indigenousIdentity() == null ? "" : p.indigenousIdentity(),
                p.immigrationStatus() == null ? "" : p.immigrationStatus());
    }

    public List<String> languagesOrEmpty() {
        return languages == null ? List.of() : languages;
    }
}
