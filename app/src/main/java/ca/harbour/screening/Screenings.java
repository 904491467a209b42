package ca.harbour.screening;

import ca.harbour.identity.StaffPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Screening for any module: intake attaches screenings to contacts, and later cases and CARE
 * referrals attach them to their own records by {@code subjectType} and id.
 */
public interface Screenings {

    /** The newest version of an instrument. */
    Optional<Instrument> current(String code);

    List<Instrument> currentInstruments();

    /** Validates, scores and stores the answers, audited; the caller has already checked access to the subject. */
    Recorded record(
            StaffPrincipal who,
            String instrumentCode,
            String subjectType,
            UUID subjectId,
            UUID organizationId,
            Map<String, Integer> answers);

    /** Every screening of a subject, each re-scored with the instrument version it was answered with. */
    List<Recorded> forSubject(String subjectType, UUID subjectId);

    /** A stored screening. */
    record Recorded(
            UUID id, Instrument instrument, Map<String, Integer> answers, ScreeningResult result, Instant answeredAt) {}
}
