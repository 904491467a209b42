package ca.harbour.referrals.web;

import ca.harbour.cases.ConsentCategory;
import ca.harbour.referrals.ReferralBasis;
import ca.harbour.referrals.Urgency;
import ca.harbour.referrals.internal.ReferralRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The sending form as typed, kept as text so a refused form comes back exactly as it was; {@link #request} reads
 * it, and anything unreadable becomes a missing value the service refuses next to its field.
 */
record ReferralForm(
        String serviceId,
        String urgency,
        List<String> categories,
        String basis,
        String consentId,
        String exceptionReason,
        String note) {

    ReferralForm {
        categories = List.copyOf(categories);
    }

    static ReferralForm empty() {
        return new ReferralForm("", "ROUTINE", List.of(), "CONSENT", "", "", "");
    }

    ReferralRequest request(UUID caseId, boolean send) {
        Set<ConsentCategory> wanted = EnumSet.noneOf(ConsentCategory.class);
        for (String c : categories) {
            ConsentCategory category = parse(ConsentCategory.class, c);
            if (category == null) {
                // an unknown category is refused as "choose what to share" rather than silently dropped
                return new ReferralRequest(
                        caseId,
                        uuid(serviceId),
                        parse(Urgency.class, urgency),
                        Set.of(),
                        parse(ReferralBasis.class, basis),
                        uuid(consentId),
                        exceptionReason,
                        note,
                        send);
            }
            wanted.add(category);
        }
        return new ReferralRequest(
                caseId,
                uuid(serviceId),
                parse(Urgency.class, urgency),
                wanted,
                parse(ReferralBasis.class, basis),
                uuid(consentId),
                exceptionReason,
                note,
                send);
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        return null;
    }

    static @Nullable UUID uuid(@Nullable String text) {
        if (text == null
                || !text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return null;
        }
        return UUID.fromString(text);
    }
}
