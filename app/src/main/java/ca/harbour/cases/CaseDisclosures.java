package ca.harbour.cases;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case disclosed to another organization, for modules that share it (referrals): the case is read without a
 * viewer of the holding organization, so the consent is checked here, at every read, and each disclosure is
 * audited against the case. Each category wanted is disclosed only while the consent covers it; the caller shows
 * only what {@link CaseDisclosure#shared} names.
 */
public interface CaseDisclosures {

    /**
     * Why a case may leave its organization: a consent of the case naming the recipient organization and, when
     * the consent names one, its service; or an exception a person recorded with its reason ({@code code} is the
     * exception's code, in capitals, written to the audit row; the caller keeps the reason).
     */
    sealed interface Basis {

        record UnderConsent(
                UUID consentId,
                UUID organizationId,
                @Nullable UUID serviceId) implements Basis {}

        record UnderException(String code) implements Basis {

            public UnderException {
                if (!code.matches("[A-Z][A-Z_]{1,63}")) {
                    throw new IllegalArgumentException("an exception basis is a code in capitals: " + code);
                }
            }
        }
    }

    /**
     * The case with each wanted category that {@code basis} lets go today; empty when it lets nothing go
     * (withdrawn, expired, another case's consent, another recipient, or a consent not covering every wanted
     * category). Each part read is audited with the case id.
     */
    Optional<CaseDisclosure> disclose(UUID caseId, Basis basis, Set<ConsentCategory> wanted);

    /**
     * A document of the case, when {@code basis} lets the case's documents go today and the document is the
     * case's; otherwise empty. The download is audited with the document and the case.
     */
    Optional<CaseDisclosure.File> document(UUID caseId, Basis basis, Set<ConsentCategory> wanted, UUID documentId);
}
