package ca.harbour.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a case opened from a hotline contact's "case needed" action may carry, already cut down to what the
 * caller's consent allows: always the situation (intake's codes for kinds of exploitation and indicators, the age
 * band, gender and language); the caller's name and the advocate's note only when the caller consented to being
 * followed up (never when the case is opened under an exception).
 *
 * @param callerType who called (VICTIM, FAMILY_FRIEND, PROFESSIONAL, PUBLIC, ANONYMOUS): the caller's name is the
 *     person's own only when VICTIM
 * @param basis CONSENT, or the exception (MINOR_AT_RISK, IMMINENT_DANGER, LEGAL_REQUIREMENT) it was opened under
 */
public record CaseOpeningContent(
        UUID actionId,
        UUID contactId,
        Instant contactStartedAt,
        String basis,
        String callerType,
        List<String> exploitationTypes,
        List<String> indicators,
        String ageBand,
        String gender,
        @Nullable String language,
        @Nullable String callerName,
        @Nullable String note) {

    public CaseOpeningContent {
        exploitationTypes = List.copyOf(exploitationTypes);
        indicators = List.copyOf(indicators);
    }

    /** True when the caller consented, so the case may carry who they are and the advocate's note. */
    public boolean consented() {
        return "CONSENT".equals(basis);
    }
}
