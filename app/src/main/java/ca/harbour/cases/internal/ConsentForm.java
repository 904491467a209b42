package ca.harbour.cases.internal;

import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewConsent;
import ca.harbour.platform.domain.Rejection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A consent as typed on the case page or sent to the API, every part as text so that a refusal shows back what
 * was typed. {@link #parse} reads it into a {@link NewConsent} or names each field at fault; the rules on dates,
 * purpose and witness are then {@code CaseDesk}'s.
 */
public record ConsentForm(
        @Nullable String givenBy,
        @Nullable List<String> categories,
        @Nullable String recipient,
        @Nullable String purpose,
        @Nullable String validFrom,
        @Nullable String validUntil,
        @Nullable String manner,
        @Nullable String witness,
        @Nullable String service) {

    public static ConsentForm empty(LocalDate today) {
        return new ConsentForm("PERSON", List.of(), "", "", today.toString(), "", "WRITTEN", "", "");
    }

    /** The service as typed, or an empty string. */
    public String serviceOrEmpty() {
        return service == null ? "" : service.strip();
    }

    /** The recipient organization as typed, or an empty string. */
    public String recipientOrEmpty() {
        return recipient == null ? "" : recipient.strip();
    }

    public List<String> categoriesOrEmpty() {
        return categories == null ? List.of() : categories;
    }

    /**
     * The consent, when every part reads; {@code recipients} are the organizations a consent may name, and
     * {@code owner} answers which of them runs a directory service. A consent may name one service: its
     * organization is then the recipient (chosen or not), and a service no recipient runs is refused.
     */
    public NewConsent parse(Set<UUID> recipients, Function<UUID, Optional<UUID>> owner) {
        Map<String, String> errors = new LinkedHashMap<>();
        Consent.GivenBy by = null;
        for (Consent.GivenBy g : Consent.GivenBy.values()) {
            if (g.name().equals(givenBy)) {
                by = g;
            }
        }
        if (by == null) {
            errors.put("givenBy", "cases.error.code");
        }
        Set<ConsentCategory> chosen = EnumSet.noneOf(ConsentCategory.class);
        for (String c : categoriesOrEmpty()) {
            boolean known = false;
            for (ConsentCategory k : ConsentCategory.values()) {
                if (k.name().equals(c)) {
                    chosen.add(k);
                    known = true;
                }
            }
            if (!known) {
                errors.put("categories", "cases.error.code");
            }
        }
        if (chosen.isEmpty()) {
            errors.putIfAbsent("categories", "cases.consent.error.categories");
        }
        UUID to = uuid(recipient);
        UUID toService = null;
        if (!serviceOrEmpty().isEmpty()) {
            toService = uuid(service);
            UUID runBy = toService == null ? null : owner.apply(toService).orElse(null);
            if (runBy == null || !recipients.contains(runBy)) {
                errors.put("service", "cases.consent.error.service");
            } else if (to == null && recipientOrEmpty().isEmpty()) {
                to = runBy;
            } else if (!runBy.equals(to)) {
                errors.put("service", "cases.consent.error.serviceOrganization");
            }
        }
        if ((to == null || !recipients.contains(to)) && !errors.containsKey("service")) {
            errors.put("recipient", "cases.consent.error.recipient");
        }
        LocalDate from = date(validFrom);
        if (from == null) {
            errors.put("validFrom", "cases.consent.error.from");
        }
        LocalDate until = null;
        if (validUntil != null && !validUntil.isBlank()) {
            until = date(validUntil);
            if (until == null) {
                errors.put("validUntil", "cases.consent.error.date");
            }
        }
        Consent.Manner how = null;
        for (Consent.Manner m : Consent.Manner.values()) {
            if (m.name().equals(manner)) {
                how = m;
            }
        }
        if (how == null) {
            errors.put("manner", "cases.error.code");
        }
        if (purpose == null || purpose.isBlank()) {
            errors.put("purpose", "cases.consent.error.purpose");
        }
        if (!errors.isEmpty()) {
            throw Rejection.of("error.validation", errors).exception();
        }
        String said = witness == null || witness.isBlank() ? null : witness.strip();
        return new NewConsent(by, chosen, to, toService, purpose, from, until, how, said);
    }

    private static @Nullable UUID uuid(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
