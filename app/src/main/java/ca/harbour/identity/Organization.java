package ca.harbour.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organization taking part in the strategy; staff belong to exactly one. */
public record Organization(
        UUID id,
        String name,
        OrganizationType type,
        Region region,
        List<String> languages,
        boolean active,
        boolean demo,
        Instant updatedAt) {

    public Organization {
        languages = List.copyOf(languages);
    }
}
