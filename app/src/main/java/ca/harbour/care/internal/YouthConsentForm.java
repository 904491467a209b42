package ca.harbour.care.internal;

import ca.harbour.platform.domain.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A youth consent as typed on the consents page or sent to the API, every part as text so that a refusal shows back
 * what was typed. {@code recipient} is {@link #TEAM} or an organization's id. {@link #parse} names each field at
 * fault.
 */
public record YouthConsentForm(
        @Nullable String givenBy,
        @Nullable List<String> categories,
        @Nullable String recipient,
        @Nullable String purpose,
        @Nullable String validFrom,
        @Nullable String validUntil,
        @Nullable String manner,
        @Nullable String witness) {

    public static final String TEAM = "TEAM";
    public static final int MAX_PURPOSE = 500;
    public static final int MAX_WITNESS = 200;

    public static YouthConsentForm empty(LocalDate today) {
        return new YouthConsentForm("YOUTH", List.of(), TEAM, "", today.toString(), "", "WRITTEN", "");
    }

    public List<String> categoriesOrEmpty() {
        return categories == null ? List.of() : categories;
    }

    /** The consent for the youth, when every part reads; {@code organizations} are those a consent may name. */
    public YouthConsent parse(UUID youthId, Set<UUID> organizations, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        YouthConsent.GivenBy by = FormParts.code(YouthConsent.GivenBy.class, givenBy);
        if (by == null) {
            errors.put("givenBy", "care.error.code");
        }
        Set<InformationCategory> chosen = EnumSet.noneOf(InformationCategory.class);
        for (String c : categoriesOrEmpty()) {
            InformationCategory known = FormParts.code(InformationCategory.class, c);
            if (known == null) {
                errors.put("categories", "care.error.code");
            } else {
                chosen.add(known);
            }
        }
        if (chosen.isEmpty()) {
            errors.putIfAbsent("categories", "care.consent.error.categories");
        }
        UUID to = null;
        if (!TEAM.equals(recipient)) {
            to = FormParts.uuid(recipient);
            if (to == null || !organizations.contains(to)) {
                errors.put("recipient", "care.consent.error.recipient");
            }
        }
        String why = FormParts.text(purpose);
        if (why == null) {
            errors.put("purpose", "care.consent.error.purpose");
        } else if (why.length() > MAX_PURPOSE) {
            errors.put("purpose", "care.error.tooLong");
        }
        LocalDate from = FormParts.date(validFrom);
        if (from == null) {
            errors.put("validFrom", "care.consent.error.from");
        }
        LocalDate until = null;
        if (FormParts.text(validUntil) != null) {
            until = FormParts.date(validUntil);
            if (until == null) {
                errors.put("validUntil", "care.error.date");
            } else if (from != null && until.isBefore(from)) {
                errors.put("validUntil", "care.consent.error.until");
            }
        }
        YouthConsent.Manner how = FormParts.code(YouthConsent.Manner.class, manner);
        if (how == null) {
            errors.put("manner", "care.error.code");
        }
        String said = FormParts.text(witness);
        if (how == YouthConsent.Manner.VERBAL_WITNESSED && said == null) {
            errors.put("witness", "care.consent.error.witness");
        } else if (said != null && said.length() > MAX_WITNESS) {
            errors.put("witness", "care.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw Rejection.of("error.validation", errors).exception();
        }
        return new YouthConsent(
                UUID.randomUUID(), youthId, by, chosen, to, why, from, until, how, said, now, null, false);
    }
}
