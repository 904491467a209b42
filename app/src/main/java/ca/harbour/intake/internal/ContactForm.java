package ca.harbour.intake.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hotline contact as the advocate types it. Everything may be blank in a draft; completing a
 * contact needs a summary and at least one outcome ({@link #completionProblems()}).
 */
public record ContactForm(
        @Pattern(regexp = "CALL|CHAT|TEXT|EMAIL|WEB_TIP|AGENCY_REFERRAL", message = "{contact.error.choice}")
        String channel,

        @Min(value = 0, message = "{contact.error.duration}") @Max(value = 600, message = "{contact.error.duration}")
        Integer durationMinutes,

        @Pattern(regexp = "VICTIM|FAMILY_FRIEND|PROFESSIONAL|PUBLIC|ANONYMOUS", message = "{contact.error.choice}")
        String callerType,

        @Pattern(regexp = "[a-z]{2,3}", message = "{contact.error.language}")
        String callerLanguage,

        Boolean interpreterUsed,

        @Pattern(regexp = "^$|TORONTO|CENTRAL|EAST|WEST|NORTHEAST|NORTHWEST", message = "{contact.error.choice}")
        String region,

        @Size(max = 200, message = "{contact.error.tooLong}")
        String place,

        @Pattern(
                regexp = "UNKNOWN|UNDER_12|AGE_12_15|AGE_16_17|AGE_18_24|AGE_25_PLUS",
                message = "{contact.error.choice}")
        String ageBand,

        @Pattern(regexp = "UNKNOWN|WOMAN|MAN|TWO_SPIRIT_NONBINARY", message = "{contact.error.choice}")
        String gender,

        List<
                        @Pattern(
                                regexp =
                                        "SexualExploitation|ForcedLabour|ForcedMarriage|Servitude|ForcedCriminality|Other",
                                message = "{contact.error.choice}")
                        String>
                exploitationTypes,
        List<
                        @Pattern(
                                regexp = "DOCUMENTS|DEBT|MOVEMENT|THREATS|LIVES_AT_WORK|ONLINE_ADS|UNDERPAID|ISOLATION",
                                message = "{contact.error.choice}")
                        String>
                indicators,
        Boolean dangerNow,

        @Size(max = 10000, message = "{contact.error.tooLong}")
        String summary,

        @Size(max = 200, message = "{contact.error.tooLong}")
        String callerName,

        @Pattern(regexp = "^$|^[+0-9 ().-]{7,25}$", message = "{contact.error.phone}")
        String callerPhone,

        @Pattern(regexp = "NOT_ASKED|YES|NO|ANONYMOUSLY", message = "{contact.error.choice}")
        String consentPolice,

        Boolean consentContact,

        @Pattern(regexp = "^$|^[+0-9 ().-]{7,25}$", message = "{contact.error.phone}")
        String safeNumber,

        @Size(max = 200, message = "{contact.error.tooLong}")
        String safeTimes,

        List<
                        @Pattern(
                                regexp = "INFORMATION|REFERRAL|CASE_OPENED|POLICE_TIP|EMERGENCY_CALLED",
                                message = "{contact.error.choice}")
                        String>
                outcomes,

        @Size(max = 1000, message = "{contact.error.tooLong}")
        String followUp,

        LocalDate followUpDue) {

    public static ContactForm defaults() {
        return new ContactForm(
                "CALL",
                null,
                "ANONYMOUS",
                "en",
                false,
                "",
                "",
                "UNKNOWN",
                "UNKNOWN",
                List.of(),
                List.of(),
                false,
                "",
                "",
                "",
                "NOT_ASKED",
                false,
                "",
                "",
                List.of(),
                "",
                null);
    }

    /** The same answers with every unanswered choice at its default, as stored. */
    public ContactForm normalised() {
        return new ContactForm(
                or(channel, "CALL"),
                durationMinutes,
                or(callerType, "ANONYMOUS"),
                or(callerLanguage, "en"),
                isInterpreterUsed(),
                region,
                place,
                or(ageBand, "UNKNOWN"),
                or(gender, "UNKNOWN"),
                exploitationTypesOrEmpty(),
                indicatorsOrEmpty(),
                isDangerNow(),
                summary,
                callerName,
                callerPhone,
                or(consentPolice, "NOT_ASKED"),
                isConsentContact(),
                safeNumber,
                safeTimes,
                outcomesOrEmpty(),
                followUp,
                followUpDue);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    public boolean isDangerNow() {
        return Boolean.TRUE.equals(dangerNow);
    }

    public boolean isInterpreterUsed() {
        return Boolean.TRUE.equals(interpreterUsed);
    }

    public boolean isConsentContact() {
        return Boolean.TRUE.equals(consentContact);
    }

    public List<String> exploitationTypesOrEmpty() {
        return exploitationTypes == null ? List.of() : exploitationTypes;
    }

    public List<String> indicatorsOrEmpty() {
        return indicators == null ? List.of() : indicators;
    }

    public List<String> outcomesOrEmpty() {
        return outcomes == null ? List.of() : outcomes;
    }

    /** Field → message key for what a complete contact still lacks. */
    public Map<String, String> completionProblems() {
        Map<String, String> problems = new HashMap<>();
        if (summary == null || summary.isBlank()) {
            problems.put("summary", "contact.error.summary");
        }
        if (outcomesOrEmpty().isEmpty()) {
            problems.put("outcomes", "contact.error.outcome");
        }
        return problems;
    }

    /** The facts triage rules read, from what the advocate recorded. */
    Map<String, String> facts() {
        Map<String, String> facts = new HashMap<>();
        facts.put("dangerNow", Boolean.toString(isDangerNow()));
        facts.put("happened", "UNSURE");
        String age = switch (ageBand == null ? "UNKNOWN" : ageBand) {
            case "UNDER_12" -> "11";
            case "AGE_12_15" -> "15";
            case "AGE_16_17" -> "17";
            default -> null;
        };
        if (age != null) {
            facts.put("youngestAge", age);
            facts.put("minorInvolved", "YES");
        } else {
            facts.put("minorInvolved", "UNKNOWN".equals(ageBand) ? "UNSURE" : "NO");
        }
        return facts;
    }
}
