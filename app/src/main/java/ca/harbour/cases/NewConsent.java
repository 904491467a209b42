package ca.harbour.cases;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A consent as it is recorded: see {@link Consent} for what each part means. */
public record NewConsent(
        Consent.GivenBy givenBy,
        Set<ConsentCategory> categories,
        UUID recipientOrganizationId,
        @Nullable UUID recipientServiceId,
        String purpose,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        Consent.Manner manner,
        @Nullable String witness) {

    public NewConsent {
        categories = Set.copyOf(categories);
    }
}
