package ca.harbour.identity.internal;

import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Region;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What an administrator types to create or edit an organization (page and API). */
public record OrganizationForm(
        @NotBlank(message = "{organization.error.name}") @Size(max = 200, message = "{error.tooLong}")
        String name,

        @NotNull(message = "{organization.error.type}") OrganizationType type,
        @NotNull(message = "{organization.error.region}") Region region,

        @Size(max = 200, message = "{error.tooLong}")
        @Pattern(
                regexp = "^\\s*([A-Za-z]{2,3}\\s*(,\\s*[A-Za-z]{2,3}\\s*)*)?$",
                message = "{organization.error.languages}")
        String languages,

        Boolean active) {

    /** Absent means active: a new organization takes part until someone says otherwise. */
    public boolean isActive() {
        return active == null || active;
    }

    /** Language codes, lower-cased and without repeats. */
    public List<String> languageCodes() {
        if (languages == null || languages.isBlank()) {
            return List.of();
        }
        return Arrays.stream(languages.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
