package ca.harbour.care.internal;

import ca.harbour.platform.domain.Rejection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The team's intake decision on a youth referral and what may follow it: a RECEIVED youth is accepted, referred
 * elsewhere or closed with no further action; an accepted youth is closed once the team's work ends. Every move
 * needs a reason. Referred elsewhere, no further action and closed are final. Knows no Spring and no SQL.
 */
public final class YouthDecision {

    /** The longest reason kept. */
    public static final int REASON_MAX = 2000;

    /** What a decision answers. */
    public sealed interface Outcome permits Moved, Refused {}

    public record Moved(YouthStatus from, YouthStatus to) implements Outcome {}

    public record Refused(Rejection rejection) implements Outcome {}

    private YouthDecision() {}

    /** Whether {@code from} may move to {@code to}, reason aside. */
    public static boolean allowed(YouthStatus from, YouthStatus to) {
        return switch (from) {
            case RECEIVED ->
                to == YouthStatus.ACCEPTED
                        || to == YouthStatus.REFERRED_ELSEWHERE
                        || to == YouthStatus.NO_FURTHER_ACTION;
            case ACCEPTED -> to == YouthStatus.CLOSED;
            case REFERRED_ELSEWHERE, NO_FURTHER_ACTION, CLOSED -> false;
        };
    }

    /** Decides a move from {@code from} to {@code to} with the reason typed; every field at fault is named. */
    public static Outcome decide(YouthStatus from, @Nullable YouthStatus to, @Nullable String reason) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (to == null) {
            fields.put("status", "care.error.decisionChoice");
        } else if (!allowed(from, to)) {
            fields.put("status", isFinal(from) ? "care.error.final" : "care.error.transition");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            fields.put("reason", "care.error.reasonNeeded");
        } else if (text.length() > REASON_MAX) {
            fields.put("reason", "care.error.reasonTooLong");
        }
        if (!fields.isEmpty()) {
            return new Refused(Rejection.of("error.validation", fields));
        }
        return new Moved(from, to);
    }

    /** The statuses a youth may move to from {@code from}, in the order a form lists them. */
    public static List<YouthStatus> choices(YouthStatus from) {
        return Arrays.stream(YouthStatus.values())
                .filter(to -> allowed(from, to))
                .toList();
    }

    private static boolean isFinal(YouthStatus status) {
        return status == YouthStatus.REFERRED_ELSEWHERE
                || status == YouthStatus.NO_FURTHER_ACTION
                || status == YouthStatus.CLOSED;
    }
}
