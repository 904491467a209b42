package ca.harbour.cases.internal;

import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.platform.domain.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Consent first for tips to police from a case (PRODUCT.md): a tip carries the survivor's identity, how to reach
 * them or the case summary only when a consent in force names that police service and covers each of them, or
 * when a child may be at risk, someone is in imminent danger or the law requires it, with a written reason.
 * Pure; decides, never stores.
 */
final class CasePoliceTipRule {

    /** What a tip may carry from a case; the safety plan and the documents are not for tips. */
    static final Set<ConsentCategory> OFFERED =
            EnumSet.of(ConsentCategory.IDENTITY, ConsentCategory.CONTACT, ConsentCategory.CASE_SUMMARY);

    static final List<String> EXCEPTIONS = List.of("MINOR_AT_RISK", "IMMINENT_DANGER", "LEGAL_REQUIREMENT");
    static final String CONSENT = "CONSENT";
    static final int NOTE_MAX = 2000;
    static final int REASON_MAX = 1000;

    /** The checked request: what goes, on which basis, and the consent that lets it go (null for an exception). */
    record Decision(
            Set<ConsentCategory> categories,
            String basis,
            @Nullable UUID consentId) {}

    private CasePoliceTipRule() {}

    /** The decision, or the rejection (with the field at fault) of why the tip may not go. */
    static Decision decide(
            UUID police,
            List<String> categories,
            @Nullable String basis,
            @Nullable String reason,
            @Nullable String note,
            List<Consent> consents,
            LocalDate today,
            Instant now) {
        Set<ConsentCategory> wanted = EnumSet.noneOf(ConsentCategory.class);
        for (String c : categories) {
            Optional<ConsentCategory> known =
                    OFFERED.stream().filter(o -> o.name().equals(c)).findFirst();
            if (known.isEmpty()) {
                throw Rejection.field("categories", "cases.policeTip.error.categories")
                        .exception();
            }
            wanted.add(known.get());
        }
        if (wanted.isEmpty()) {
            throw Rejection.field("categories", "cases.policeTip.error.categories")
                    .exception();
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw Rejection.field("note", "cases.policeTip.error.noteTooLong").exception();
        }
        if (CONSENT.equals(basis)) {
            return consents.stream()
                    .filter(c -> c.covers(police, null, wanted, today, now))
                    .findFirst()
                    .map(c -> new Decision(wanted, CONSENT, c.id()))
                    .orElseThrow(() -> Rejection.field("categories", "cases.policeTip.error.noConsent")
                            .exception());
        }
        if (basis == null || !EXCEPTIONS.contains(basis)) {
            throw Rejection.field("basis", "cases.policeTip.error.basis").exception();
        }
        if (reason == null || reason.isBlank()) {
            throw Rejection.field("reason", "cases.policeTip.error.reason").exception();
        }
        if (reason.length() > REASON_MAX) {
            throw Rejection.field("reason", "cases.policeTip.error.reasonTooLong")
                    .exception();
        }
        return new Decision(wanted, basis, null);
    }

    /** The hotline's age band for an age in years (UNKNOWN when it is not known). */
    static String ageBand(@Nullable Integer age) {
        if (age == null) {
            return "UNKNOWN";
        }
        if (age < 12) {
            return "UNDER_12";
        }
        if (age < 16) {
            return "AGE_12_15";
        }
        if (age < 18) {
            return "AGE_16_17";
        }
        return age < 25 ? "AGE_18_24" : "AGE_25_PLUS";
    }
}
