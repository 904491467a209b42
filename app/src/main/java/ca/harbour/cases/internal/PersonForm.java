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

    public List<String> languagesOrEmpty() {
        return languages == null ? List.of() : languages;
    }
}
