package ca.harbour.intake;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a police tip carries, already cut down to what the caller's consent allows: the situation (codes),
 * the advocate's note for police, and the caller's name and phone only when the caller agreed to be named.
 */
public record PoliceTipContent(
        List<String> categories,
        List<String> exploitationTypes,
        List<String> indicators,
        String region,
        String ageBand,
        boolean dangerNow,
        @Nullable String note,
        @Nullable String callerName,
        @Nullable String callerPhone) {

    /** The situation as codes: kinds of exploitation, indicators, region, age band, danger now. */
    public static final String SITUATION = "SITUATION";
    /** The advocate's note written for police. */
    public static final String NOTE = "NOTE";
    /** The caller's name and phone: only with the caller's consent to be named. */
    public static final String CALLER_IDENTITY = "CALLER_IDENTITY";

    public PoliceTipContent {
        categories = List.copyOf(categories);
        exploitationTypes = List.copyOf(exploitationTypes);
        indicators = List.copyOf(indicators);
    }
}
