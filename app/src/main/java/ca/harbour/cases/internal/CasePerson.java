package ca.harbour.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person involved in a case, decrypted: their role, name and what they chose to share about themselves. */
public record CasePerson(
        UUID id,
        UUID caseId,
        PersonRole role,
        String name,
        @Nullable LocalDate birthDate,
        @Nullable Integer ageEstimate,
        @Nullable String gender,
        List<String> languages,
        @Nullable String indigenousIdentity,
        @Nullable String immigrationStatus,
        Instant addedAt) {

    public CasePerson {
        languages = List.copyOf(languages);
    }
}
