package ca.harbour.intake.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intake.internal.DutyToReportDesk;
import ca.harbour.platform.domain.ChildProtectionReport.Report;
import ca.harbour.platform.domain.ChildProtectionReport.Status;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contact's report to a children's aid society for machines: the same access as the contact, the same rule
 * as the page; a refusal is a Problem Details body naming each field at fault.
 */
@RestController
class DutyToReportApi {

    private final DutyToReportDesk desk;

    DutyToReportApi(DutyToReportDesk desk) {
        this.desk = desk;
    }

    /**
     * Where the report stands.
     *
     * @param status REQUIRED (under 16 at the contact), OFFERED (16 or 17), NOT_APPLICABLE or REPORTED
     * @param overdue required, not reported, and the contact is finished
     * @param societyId the children's aid society (an organization) reported to, once reported
     * @param reportedBy the staff member who recorded the report
     * @param ageAtContact the person's age on the day of the contact, when a date of birth is recorded (it then
     *     decides over the age band)
     */
    record Answer(
            UUID contactId,
            Status status,
            boolean overdue,
            @Nullable Integer ageAtContact,
            @Nullable UUID societyId,
            @Nullable String societyName,
            @Nullable Instant reportedAt,
            @Nullable UUID reportedBy,
            @Nullable String reference) {

        static Answer of(DutyToReportDesk.View v) {
            var r = v.report();
            return new Answer(
                    v.contactId(),
                    v.status(),
                    v.overdue(),
                    v.birthDate() == null ? null : v.birthDate().ageAtContact(),
                    r == null ? null : r.societyId(),
                    r == null ? null : r.societyName(),
                    r == null ? null : r.reportedAt(),
                    r == null ? null : r.reportedBy(),
                    r == null ? null : r.reference());
        }
    }

    /** The report to record: the society's organization id, when (not in the future, not before the contact) and its reference. */
    record Body(
            @Nullable UUID societyId,
            @Nullable Instant reportedAt,
            @Nullable String reference) {}

    @GetMapping("/api/v1/contacts/{id}/duty-to-report")
    @PreAuthorize("hasAuthority('CONTACT:READ')")
    Answer read(@PathVariable UUID id) {
        return Answer.of(desk.read(CurrentStaff.require(), id));
    }

    @PutMapping("/api/v1/contacts/{id}/duty-to-report")
    @PreAuthorize("hasAuthority('CONTACT:UPDATE')")
    Answer record(@PathVariable UUID id, @RequestBody Body body) {
        return Answer.of(desk.record(
                CurrentStaff.require(), id, new Report(body.societyId(), body.reportedAt(), body.reference())));
    }
}
