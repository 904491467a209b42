package ca.harbour.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Consent first (PRODUCT.md): identifying information leaves the hotline only with the caller's
 * consent, unless a child may be at risk, someone is in imminent danger, or the law requires it,
 * and such an exception needs a written reason. Pure; decides, never stores.
 */
public final class ConsentRule {

    private ConsentRule() {}

    /** The basis on which an action may go ahead, or the message key of why it may not. */
    public sealed interface Decision permits Allowed, Refused {}

    public record Allowed(String basis) implements Decision {}

    public record Refused(String messageKey) implements Decision {}

    public static Decision decide(
            String kind, String consentPolice, boolean consentContact, String exception, String exceptionReason) {
        boolean needsConsent = switch (kind) {
            case "POLICE_TIP" -> !("YES".equals(consentPolice) || "ANONYMOUSLY".equals(consentPolice));
            case "CASE_NEEDED" -> !consentContact;
            case "REFERRAL" -> false; // the caller is given a service; nothing about them is shared
            default -> true;
        };
        if (!needsConsent) {
            return new Allowed("REFERRAL".equals(kind) ? "NOT_REQUIRED" : "CONSENT");
        }
        Optional<String> basis = Optional.ofNullable(exception)
                .filter(e -> e.matches("MINOR_AT_RISK|IMMINENT_DANGER|LEGAL_REQUIREMENT"));
        if (basis.isEmpty()) {
            return new Refused(
                    "POLICE_TIP".equals(kind) ? "contact.consent.policeRefused" : "contact.consent.caseRefused");
        }
        if (exceptionReason == null || exceptionReason.isBlank()) {
            return new Refused("contact.consent.reasonNeeded");
        }
        return new Allowed(basis.get());
    }

    /**
     * What a police tip allowed on {@code basis} may carry: always the situation, the advocate's note when
     * there is one, and the caller's identity only when the caller agreed to be named (never when anonymous or
     * sent under an exception).
     */
    public static List<String> policeTipCategories(String consentPolice, String basis, boolean hasNote) {
        List<String> categories = new ArrayList<>(List.of("SITUATION"));
        if (hasNote) {
            categories.add("NOTE");
        }
        if ("CONSENT".equals(basis) && "YES".equals(consentPolice)) {
            categories.add("CALLER_IDENTITY");
        }
        return List.copyOf(categories);
    }
}
