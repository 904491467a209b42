package ca.harbour.care.internal;

import ca.harbour.platform.domain.ChildProtectionAge;
import ca.harbour.platform.domain.ChildProtectionReport;
import ca.harbour.platform.domain.ChildProtectionReport.Report;
import ca.harbour.platform.domain.ChildProtectionReport.Status;
import ca.harbour.platform.domain.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The duty to report a youth to a children's aid society, in the shape of intake's rule and on the same ages
 * ({@link ChildProtectionAge}): under 16 at the referral, a report is required and overdue until recorded (the law
 * says "immediately"); at 16 and 17 it is offered. The age is the one at the referral, never today's; an age
 * estimate counts as the age. Knows no Spring and no SQL.
 */
public final class YouthDuty {

    public static final int REFERENCE_MAX = ChildProtectionReport.REFERENCE_MAX;

    /** How this module words the problems of a report. */
    private static final Map<ChildProtectionReport.Problem, String> WORDS = Map.of(
            ChildProtectionReport.Problem.SOCIETY_MISSING, "care.error.society",
            ChildProtectionReport.Problem.SOCIETY_UNKNOWN, "care.error.societyUnknown",
            ChildProtectionReport.Problem.TIME_MISSING, "care.error.reportedAt",
            ChildProtectionReport.Problem.TIME_IN_FUTURE, "care.error.future",
            ChildProtectionReport.Problem.TIME_TOO_EARLY, "care.error.beforeReferral",
            ChildProtectionReport.Problem.REFERENCE_MISSING, "care.error.reference",
            ChildProtectionReport.Problem.REFERENCE_TOO_LONG, "care.error.referenceTooLong");

    private YouthDuty() {}

    /** What the law asks, by the age at the referral; an unknown age asks nothing here (the team decides). */
    public static ChildProtectionAge.Duty duty(@Nullable Integer ageAtReferral) {
        return ageAtReferral == null ? ChildProtectionAge.Duty.NONE : ChildProtectionAge.duty(ageAtReferral);
    }

    /** The age at the referral of a youth born on {@code birthDate}, referred on {@code referralDay}. */
    public static int ageAtReferral(LocalDate birthDate, LocalDate referralDay) {
        return ChildProtectionAge.ageOn(birthDate, referralDay);
    }

    public static Status status(@Nullable Integer ageAtReferral, boolean reported) {
        return Status.of(duty(ageAtReferral), reported);
    }

    /** Overdue: required and not reported, from the moment of the referral. */
    public static boolean overdue(@Nullable Integer ageAtReferral, boolean reported) {
        return duty(ageAtReferral) == ChildProtectionAge.Duty.REQUIRED && !reported;
    }

    /**
     * What is wrong with a report of a youth referred at {@code referredAt}, judged at {@code now}: a children's aid
     * society from the list, a time neither before the referral's day nor in the future, a reference of 1 to 100
     * characters. Empty when it may be recorded.
     */
    public static Optional<Rejection> check(
            Report report, @Nullable Integer ageAtReferral, Instant referredAt, Instant now, boolean societyKnown) {
        if (duty(ageAtReferral) == ChildProtectionAge.Duty.NONE) {
            return Optional.of(Rejection.of("care.error.dutyNotApplicable"));
        }
        Map<String, ChildProtectionReport.Problem> problems =
                ChildProtectionReport.problems(report, societyKnown, referredAt.truncatedTo(ChronoUnit.DAYS), now);
        return problems.isEmpty() ? Optional.empty() : Optional.of(ChildProtectionReport.rejection(problems, WORDS));
    }
}
