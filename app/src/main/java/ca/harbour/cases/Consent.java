package ca.harbour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A consent recorded on a case: who gave it, which categories of information it lets go to which organization
 * (or one of its services), for what purpose, from when until when, how it was given, and whether it has been
 * withdrawn.
 */
public record Consent(
        UUID id,
        UUID caseId,
        GivenBy givenBy,
        Set<ConsentCategory> categories,
        UUID recipientOrganizationId,
        @Nullable UUID recipientServiceId,
        String purpose,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        Manner manner,
        @Nullable String witness,
        Instant recordedAt,
        @Nullable Instant withdrawnAt) {

    /** The person themself, or a guardian for a child. */
    public enum GivenBy {
        PERSON,
        GUARDIAN
    }

    /** How the consent was given. */
    public enum Manner {
        WRITTEN,
        VERBAL_WITNESSED
    }

    public Consent {
        categories = Set.copyOf(categories);
    }

    /**
     * True when this consent lets {@code wanted} go to the organization's service on {@code day}: it names that
     * organization and every wanted category, the day is within its dates, and it was not withdrawn by {@code now}.
     * A consent that names one service covers only that service: {@code serviceId} null asks for the organization
     * as a whole, which only a consent naming no service covers.
     */
    public boolean covers(
            UUID organizationId, @Nullable UUID serviceId, Set<ConsentCategory> wanted, LocalDate day, Instant now) {
        boolean withdrawn = withdrawnAt != null && !withdrawnAt.isAfter(now);
        boolean inForce = !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        boolean recipient = recipientOrganizationId.equals(organizationId)
                && (recipientServiceId == null || recipientServiceId.equals(serviceId));
        return !withdrawn && inForce && recipient && categories.containsAll(wanted);
    }
}
