package ca.harbour.intake.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;

/**
 * What a member of the public may tell us. Only "what happened" is required; contact details are
 * optional and stored only when given. {@code website} is a honeypot that people never see.
 */
public record TipForm(
        @NotBlank(message = "{tip.error.what}") @Size(max = 5000, message = "{tip.error.tooLong}")
        String whatHappened,

        @Size(max = 500, message = "{tip.error.tooLong}") String location,
        @Size(max = 2000, message = "{tip.error.tooLong}") String involved,

        @Pattern(
                regexp = "^$|^(TORONTO|CENTRAL|EAST|WEST|NORTHEAST|NORTHWEST|PROVINCE_WIDE)$",
                message = "{tip.error.choice}")
        String region,

        @NotNull(message = "{tip.error.happened}")
        @Pattern(regexp = "^(NOW|TODAY|WEEK|MONTH|EARLIER|UNSURE)$", message = "{tip.error.happened}")
        String happened,

        Boolean dangerNow,

        @Pattern(regexp = "^$|^(YES|NO|UNSURE)$", message = "{tip.error.choice}")
        String minorInvolved,

        @Min(value = 0, message = "{tip.error.age}") @Max(value = 120, message = "{tip.error.age}")
        Integer youngestAge,

        @Size(max = 200, message = "{tip.error.tooLong}") String contactName,

        @Pattern(regexp = "^$|^[+0-9 ().-]{7,25}$", message = "{tip.error.phone}")
        String contactPhone,

        @Email(message = "{tip.error.email}") @Size(max = 254, message = "{tip.error.tooLong}")
        String contactEmail,

        @Size(max = 0, message = "{tip.error.honeypot}") String website) {

    public static TipForm blank() {
        return new TipForm("", "", "", "", "UNSURE", false, "UNSURE", null, "", "", "", "");
    }

    public boolean isDangerNow() {
        return Boolean.TRUE.equals(dangerNow);
    }

    /** The facts triage rules read. */
    Map<String, String> facts() {
        Map<String, String> facts = new HashMap<>();
        facts.put("dangerNow", Boolean.toString(isDangerNow()));
        facts.put("happened", happened);
        facts.put("minorInvolved", minorInvolved == null || minorInvolved.isBlank() ? "UNSURE" : minorInvolved);
        if (youngestAge != null) {
            facts.put("youngestAge", youngestAge.toString());
        }
        return facts;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
