package ca.harbour.care.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A consent a youth (or a guardian where appropriate) gave: which categories of information may go to whom (the
 * team when {@code recipientOrganizationId} is null, else that organization), for what purpose, between which dates,
 * how it was given, and whether it was withdrawn. A withdrawal takes effect at once.
 */
public record YouthConsent(
        UUID id,
        UUID youthId,
        GivenBy givenBy,
        Set<InformationCategory> categories,
        @Nullable UUID recipientOrganizationId,
        String purpose,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        Manner manner,
        @Nullable String witness,
        Instant recordedAt,
        @Nullable Instant withdrawnAt,
        boolean demo) {

    /** The youth themself, or a guardian. */
    public enum GivenBy {
        YOUTH,
        GUARDIAN
    }

    /** How the consent was given. */
    public enum Manner {
        WRITTEN,
        VERBAL_WITNESSED
    }

    public YouthConsent {
        categories = Set.copyOf(categories);
    }

    /** To the team as a whole rather than one organization. */
    public boolean toTeam() {
        return recipientOrganizationId == null;
    }

    /** Withdrawn at or before {@code now}. */
    public boolean withdrawn(Instant now) {
        return withdrawnAt != null && !withdrawnAt.isAfter(now);
    }

    /** Within its dates on {@code day}. */
    public boolean inDates(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** In force on {@code day} as known at {@code now}: within its dates and not withdrawn. */
    public boolean inForce(LocalDate day, Instant now) {
        return inDates(day) && !withdrawn(now);
    }

    /**
     * Names this organization: the organization itself, or the team when the organization has a current member in
     * it ({@code teamOrganizations}).
     */
    public boolean names(UUID organizationId, Set<UUID> teamOrganizations) {
        return toTeam() ? teamOrganizations.contains(organizationId) : recipientOrganizationId.equals(organizationId);
    }
}
