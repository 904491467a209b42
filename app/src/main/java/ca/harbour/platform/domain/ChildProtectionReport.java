package ca.harbour.platform.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a record of a report to a children's aid society needs, wherever the report is recorded (a hotline contact, a
 * youth referred to a CARE team): a society from the list, the time it was made, neither in the future nor before the
 * record it is about began, and the society's reference of at most {@value #REFERENCE_MAX} characters. Each module
 * words the problems in its own messages.
 */
public final class ChildProtectionReport {

    public static final int REFERENCE_MAX = 100;

    /** What may be wrong with one field of a report. */
    public enum Problem {
        SOCIETY_MISSING,
        SOCIETY_UNKNOWN,
        TIME_MISSING,
        TIME_IN_FUTURE,
        TIME_TOO_EARLY,
        REFERENCE_MISSING,
        REFERENCE_TOO_LONG
    }

    /** Where the report about a record stands, as pages and the API show it. */
    public enum Status {
        REQUIRED,
        OFFERED,
        NOT_APPLICABLE,
        REPORTED;

        /** What the law asks of the record ({@code duty}), unless the report was made. */
        public static Status of(ChildProtectionAge.Duty duty, boolean reported) {
            if (reported) {
                return REPORTED;
            }
            return switch (duty) {
                case REQUIRED -> REQUIRED;
                case OFFERED -> OFFERED;
                case NONE -> NOT_APPLICABLE;
            };
        }
    }

    /** A report as typed on a form or sent to the API; anything may be missing. */
    public record Report(
            @Nullable UUID societyId,
            @Nullable Instant reportedAt,
            @Nullable String reference) {}

    private ChildProtectionReport() {}

    /** The problems of a typed report; see {@link #problems(UUID, boolean, Instant, Instant, Instant, String)}. */
    public static Map<String, Problem> problems(Report report, boolean societyKnown, Instant earliest, Instant now) {
        return problems(report.societyId(), societyKnown, report.reportedAt(), earliest, now, report.reference());
    }

    /**
     * The problems of a report by field ({@code societyId}, {@code reportedAt}, {@code reference}), in the form's
     * order; empty when it may be recorded. {@code earliest} is the first moment a report about the record can have
     * been made.
     */
    public static Map<String, Problem> problems(
            @Nullable UUID societyId,
            boolean societyKnown,
            @Nullable Instant reportedAt,
            Instant earliest,
            Instant now,
            @Nullable String reference) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (societyId == null) {
            problems.put("societyId", Problem.SOCIETY_MISSING);
        } else if (!societyKnown) {
            problems.put("societyId", Problem.SOCIETY_UNKNOWN);
        }
        if (reportedAt == null) {
            problems.put("reportedAt", Problem.TIME_MISSING);
        } else if (reportedAt.isAfter(now)) {
            problems.put("reportedAt", Problem.TIME_IN_FUTURE);
        } else if (reportedAt.isBefore(earliest)) {
            problems.put("reportedAt", Problem.TIME_TOO_EARLY);
        }
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            problems.put("reference", Problem.REFERENCE_MISSING);
        } else if (ref.length() > REFERENCE_MAX) {
            problems.put("reference", Problem.REFERENCE_TOO_LONG);
        }
        return problems;
    }

    /** The rejection of a report with these problems, each worded by the module's {@code keys}. */
    public static Rejection rejection(Map<String, Problem> problems, Map<Problem, String> keys) {
        Map<String, String> fields = new LinkedHashMap<>();
        problems.forEach((field, problem) -> fields.put(field, keys.get(problem)));
        return Rejection.of("error.validation", fields);
    }
}
