package ca.harbour.care.internal;

import ca.harbour.platform.domain.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether an item of information about a youth may go to an organization at a conference held on a given
 * day: either a consent of the youth names the organization (or the team it belongs to), covers the category, is
 * within its dates on that day and has not been withdrawn, or a legal basis is recorded with a reason. Anything else
 * is refused with the field at fault. Knows no Spring and no SQL.
 */
public final class SharingRule {

    /** The longest reason kept for a legal basis. */
    public static final int MAX_REASON = 2000;

    /** What someone asks to share: {@code consentId} for the basis CONSENT, {@code reason} for a legal one. */
    public record Item(
            InformationCategory category,
            UUID organizationId,
            SharingBasis basis,
            @Nullable UUID consentId,
            @Nullable String reason) {}

    /** The answer: the item may go (with the consent that covers it, if that is the ground) or a refusal. */
    public sealed interface Decision {}

    /** Allowed; {@code reason} is stripped, and null for the basis CONSENT. */
    public record Allowed(
            Item item, @Nullable UUID consentId, @Nullable String reason) implements Decision {}

    public record Refused(Rejection rejection) implements Decision {}

    private SharingRule() {}

    /**
     * @param consents the youth's consents
     * @param teamOrganizations the organizations that have a current member in the youth's team
     */
    public static Decision decide(
            Item item, LocalDate day, Instant now, Collection<YouthConsent> consents, Set<UUID> teamOrganizations) {
        if (item.basis().legal()) {
            String reason = item.reason() == null ? "" : item.reason().strip();
            if (reason.isEmpty()) {
                return refused("reason", "care.share.error.reason");
            }
            if (reason.length() > MAX_REASON) {
                return refused("reason", "care.share.error.reasonLong");
            }
            return new Allowed(item, null, reason);
        }
        Optional<YouthConsent> found = item.consentId() == null
                ? Optional.empty()
                : consents.stream().filter(c -> c.id().equals(item.consentId())).findFirst();
        if (found.isEmpty()) {
            return refused("consentId", "care.share.error.noGround");
        }
        YouthConsent consent = found.get();
        if (consent.withdrawn(now)) {
            return refused("consentId", "care.share.error.withdrawn");
        }
        if (!consent.inDates(day)) {
            return refused("consentId", "care.share.error.notInForce");
        }
        if (!consent.categories().contains(item.category())) {
            return refused("category", "care.share.error.category");
        }
        if (!consent.names(item.organizationId(), teamOrganizations)) {
            return refused("organizationId", "care.share.error.organization");
        }
        return new Allowed(item, consent.id(), null);
    }

    private static Refused refused(String field, String key) {
        return new Refused(Rejection.of("error.validation", Map.of(field, key)));
    }
}
