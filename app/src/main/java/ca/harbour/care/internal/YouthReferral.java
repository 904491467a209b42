package ca.harbour.care.internal;

import ca.harbour.platform.domain.Rejection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A youth referral as the partner typed it, and what is wrong with it. Either a date of birth or an age estimate
 * (not both); the age at the referral is computed on the referral's day ({@link YouthDuty#ageAtReferral}), never
 * today. A referral from a hotline contact or an agency case names it; other sources name none. Knows no Spring.
 */
public record YouthReferral(
        @Nullable UUID teamId,
        @Nullable String label,
        @Nullable LocalDate birthDate,
        @Nullable Integer ageEstimate,
        @Nullable IndigenousIdentity indigenousIdentity,
        @Nullable YouthSource source,
        @Nullable UUID sourceId) {

    public static final int LABEL_MAX = 120;
    /** The oldest youth a CARE team takes (the table's limit). */
    public static final int AGE_MAX = 25;

    /** The age at the referral: from the date of birth when given, else the estimate, else unknown. */
    public @Nullable Integer ageOn(LocalDate referralDay) {
        if (birthDate != null) {
            return YouthDuty.ageAtReferral(birthDate, referralDay);
        }
        return ageEstimate;
    }

    /** Empty when the referral may be stored; {@code teamKnown} says whether the team id names a team. */
    public Optional<Rejection> problems(LocalDate referralDay, boolean teamKnown) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (teamId == null) {
            fields.put("teamId", "care.error.team");
        } else if (!teamKnown) {
            fields.put("teamId", "care.error.teamUnknown");
        }
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            fields.put("label", "care.error.label");
        } else if (name.length() > LABEL_MAX) {
            fields.put("label", "care.error.labelTooLong");
        }
        if (birthDate != null && ageEstimate != null) {
            fields.put("birthDate", "care.error.birthDateOrEstimate");
        } else if (birthDate != null) {
            if (birthDate.isAfter(referralDay)) {
                fields.put("birthDate", "care.error.birthDateFuture");
            } else if (YouthDuty.ageAtReferral(birthDate, referralDay) > AGE_MAX) {
                fields.put("birthDate", "care.error.birthDateRange");
            }
        } else if (ageEstimate != null && (ageEstimate < 0 || ageEstimate > AGE_MAX)) {
            fields.put("ageEstimate", "care.error.ageRange");
        }
        if (indigenousIdentity == null) {
            fields.put("indigenousIdentity", "care.error.indigenous");
        }
        if (source == null) {
            fields.put("source", "care.error.source");
        } else if (namesRecord(source) && sourceId == null) {
            fields.put("sourceId", "care.error.sourceId");
        } else if (!namesRecord(source) && sourceId != null) {
            fields.put("sourceId", "care.error.sourceIdNotExpected");
        }
        return fields.isEmpty() ? Optional.empty() : Optional.of(Rejection.of("error.validation", fields));
    }

    /** A hotline contact or an agency case is named by its id; the other sources are not records of Harbour. */
    public static boolean namesRecord(YouthSource source) {
        return source == YouthSource.HOTLINE_CONTACT || source == YouthSource.AGENCY_CASE;
    }
}
