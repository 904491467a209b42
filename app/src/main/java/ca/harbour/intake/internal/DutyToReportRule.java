package ca.harbour.intake.internal;

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
 * The duty to report to a children's aid society (Ontario's Child, Youth and Family Services Act, s.125): a
 * person under 16 at the time of the contact must be reported at once; for 16 and 17 a report is offered, not
 * required. The age is the one recorded at the contact, never recomputed from today. Knows no Spring and no SQL.
 */
public final class DutyToReportRule {

    /** What the law asks of a contact. */
    public enum Requirement {
        REQUIRED,
        OFFERED,
        NONE
    }

    public static final int REFERENCE_MAX = ChildProtectionReport.REFERENCE_MAX;

    /** How this module words the problems of a report. */
    private static final Map<ChildProtectionReport.Problem, String> WORDS = Map.of(
            ChildProtectionReport.Problem.SOCIETY_MISSING, "duty.error.society",
            ChildProtectionReport.Problem.SOCIETY_UNKNOWN, "duty.error.societyUnknown",
            ChildProtectionReport.Problem.TIME_MISSING, "duty.error.reportedAt",
            ChildProtectionReport.Problem.TIME_IN_FUTURE, "duty.error.future",
            ChildProtectionReport.Problem.TIME_TOO_EARLY, "duty.error.beforeContact",
            ChildProtectionReport.Problem.REFERENCE_MISSING, "duty.error.reference",
            ChildProtectionReport.Problem.REFERENCE_TOO_LONG, "duty.error.referenceTooLong");

    private DutyToReportRule() {}

    /** By age in whole years at the time of the contact. */
    public static Requirement forAge(int years) {
        return switch (ChildProtectionAge.duty(years)) {
            case REQUIRED -> Requirement.REQUIRED;
            case OFFERED -> Requirement.OFFERED;
            case NONE -> Requirement.NONE;
        };
    }

    /** Whole years on {@code day} of a person born on {@code birthDate}: on the 16th birthday itself, 16. */
    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return ChildProtectionAge.ageOn(birthDate, day);
    }

    /** By the exact age at the contact when a date of birth is known, else by the recorded age band. */
    public static Requirement forContact(@Nullable Integer ageAtContact, @Nullable String band) {
        return ageAtContact != null ? forAge(ageAtContact) : forAgeBand(band);
    }

    /**
     * What is wrong with a date of birth for a contact held on {@code contactDay}: it must be known, on or
     * before that day, and give an age of at most 130.
     */
    public static Optional<Rejection> checkBirthDate(@Nullable LocalDate birthDate, LocalDate contactDay) {
        if (birthDate == null) {
            return Optional.of(Rejection.field("birthDate", "duty.error.birthDate"));
        }
        if (birthDate.isAfter(contactDay) || ageOn(birthDate, contactDay) > 130) {
            return Optional.of(Rejection.field("birthDate", "duty.error.birthDateRange"));
        }
        return Optional.empty();
    }

    /** By the age band the advocate recorded for the person concerned; an unknown age asks for nothing. */
    public static Requirement forAgeBand(@Nullable String band) {
        if (band == null) {
            return Requirement.NONE;
        }
        return switch (band) {
            case "UNDER_12" -> forAge(11);
            case "AGE_12_15" -> forAge(15);
            case "AGE_16_17" -> forAge(17);
            default -> Requirement.NONE;
        };
    }

    /** Where a contact's report stands. */
    public static Status status(Requirement requirement, boolean reported) {
        return Status.of(
                switch (requirement) {
                    case REQUIRED -> ChildProtectionAge.Duty.REQUIRED;
                    case OFFERED -> ChildProtectionAge.Duty.OFFERED;
                    case NONE -> ChildProtectionAge.Duty.NONE;
                },
                reported);
    }

    /**
     * Overdue: required, not reported, and the contact is finished. The law says "immediately", so there is no
     * grace period after the contact ends.
     */
    public static boolean overdue(Requirement requirement, boolean reported, boolean contactComplete) {
        return requirement == Requirement.REQUIRED && !reported && contactComplete;
    }

    /**
     * What is wrong with a report of a contact started at {@code contactStart}, judged at {@code now}: a society
     * from the list, a time neither before the contact nor in the future, and a reference of at most 100
     * characters. Empty when it may be recorded.
     */
    public static Optional<Rejection> check(
            Report report, Instant contactStart, Instant now, boolean societyKnown, Requirement requirement) {
        if (requirement == Requirement.NONE) {
            return Optional.of(Rejection.of("duty.error.notApplicable"));
        }
        Map<String, ChildProtectionReport.Problem> problems =
                ChildProtectionReport.problems(report, societyKnown, contactStart.truncatedTo(ChronoUnit.MINUTES), now);
        return problems.isEmpty() ? Optional.empty() : Optional.of(ChildProtectionReport.rejection(problems, WORDS));
    }
}
