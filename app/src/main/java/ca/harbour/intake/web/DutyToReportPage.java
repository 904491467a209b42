package ca.harbour.intake.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.intake.internal.Contacts;
import ca.harbour.intake.internal.DutyToReportDesk;
import ca.harbour.intake.internal.DutyToReports;
import ca.harbour.platform.PlatformSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the duty-to-report fragment of the contact pages shows, asked by the fragment itself
 * ({@code @dutyToReport}), so the contact pages include it with one line and their controller stays as it is.
 */
@Component("dutyToReport")
public class DutyToReportPage {

    private final DutyToReportDesk desk;
    private final PlatformSettings settings;
    private final Clock clock;

    DutyToReportPage(DutyToReportDesk desk, PlatformSettings settings, Clock clock) {
        this.desk = desk;
        this.settings = settings;
        this.clock = clock;
    }

    public DutyToReportDesk.View of(Contacts.Contact contact) {
        return desk.view(CurrentStaff.require(), contact);
    }

    /** How many reports the signed-in viewer could see as overdue. */
    public int overdueCount() {
        return desk.overdueCount(CurrentStaff.require());
    }

    /** What the form shows before anything is typed: the report recorded, if any. */
    public Map<String, String> typed(DutyToReportDesk.View view) {
        DutyToReports.Recorded r = view.report();
        String birthDate =
                view.birthDate() == null ? "" : view.birthDate().birthDate().toString();
        if (r == null) {
            return Map.of("societyId", "", "reportedAt", "", "reference", "", "birthDate", birthDate);
        }
        return Map.of(
                "societyId",
                r.societyId().toString(),
                "reportedAt",
                input(r.reportedAt()),
                "reference",
                r.reference(),
                "birthDate",
                birthDate);
    }

    /** An instant as a date-time field shows it (local time of the service, to the minute). */
    public String input(Instant instant) {
        return LocalDateTime.ofInstant(instant, settings.zone())
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    /** The latest a date-time field accepts: now. */
    public String now() {
        return input(clock.instant());
    }
}
