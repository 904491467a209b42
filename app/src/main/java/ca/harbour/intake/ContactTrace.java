package ca.harbour.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a case opened from a hotline contact may show of that contact on its timeline: when it happened, its
 * outcomes, and the screenings done on it (instrument, version and level of concern; never the answers, the notes
 * or who called). Whether the viewer may open the contact itself is intake's decision, given as {@code mayOpen}.
 *
 * @param outcomes intake's outcome codes (INFORMATION, REFERRAL, CASE_OPENED, POLICE_TIP, EMERGENCY_CALLED)
 */
public record ContactTrace(
        UUID contactId, Instant startedAt, List<String> outcomes, boolean mayOpen, List<Screening> screenings) {

    public ContactTrace {
        outcomes = List.copyOf(outcomes);
        screenings = List.copyOf(screenings);
    }

    /**
     * A screening done on the contact.
     *
     * @param level the concern level it scored (NO_CONCERN, POSSIBLE, CLEAR)
     */
    public record Screening(
            UUID id,
            String instrumentCode,
            int version,
            String nameEn,
            String nameFr,
            String level,
            Instant answeredAt) {

        public String name(String language) {
            return "fr".equals(language) ? nameFr : nameEn;
        }
    }
}
