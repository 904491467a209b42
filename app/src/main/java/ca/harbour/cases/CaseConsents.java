package ca.harbour.cases;

import ca.harbour.identity.StaffPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The consents recorded on cases. Recording and withdrawing need the right to change the case; reading them
 * without a viewer is for the modules that disclose a case's information (referrals), which check
 * {@link Consent#covers} at every disclosure.
 */
public interface CaseConsents {

    /** Every consent recorded on the case, newest first, withdrawn ones included. */
    List<Consent> forCase(UUID caseId);

    Optional<Consent> find(UUID consentId);

    /** Records a consent on a case the viewer may change; refuses bad input with a {@code Rejection}. */
    UUID record(StaffPrincipal viewer, UUID caseId, NewConsent consent);

    /** Withdraws a consent from now on; whatever it let through stops at once ({@link ConsentWithdrawn}). */
    void withdraw(StaffPrincipal viewer, UUID consentId);
}
