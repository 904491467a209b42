package ca.harbour.intake.internal;

import ca.harbour.intake.Urgency;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One rule: when {@code fact} compares to {@code value} by {@code operator}, the item is at least
 * {@code urgency}, for the reason named by {@code reasonKey}. A missing fact never matches.
 */
public record TriageRule(String fact, String operator, String value, Urgency urgency, String reasonKey) {

    boolean matches(Map<String, String> facts) {
        String actual = facts.get(fact);
        if (actual == null || actual.isEmpty()) {
            return false;
        }
        return switch (operator) {
            case "EQ" -> actual.equalsIgnoreCase(value);
            case "IN" -> answers().stream().anyMatch(v -> v.equalsIgnoreCase(actual));
            case "LT" -> number(actual) < number(value);
            default -> false;
        };
    }

    /**
     * The reason key to show when this rule matched {@code facts}. A rule that accepts several answers names
     * the one given ({@code triage.reason.recent.TODAY}), so the explanation says what the sender answered,
     * not the whole range the rule covers.
     */
    String reasonFor(Map<String, String> facts) {
        if (!"IN".equals(operator)) {
            return reasonKey;
        }
        String actual = facts.get(fact);
        return answers().stream()
                .filter(v -> v.equalsIgnoreCase(actual))
                .findFirst()
                .map(v -> reasonKey + "." + v)
                .orElse(reasonKey);
    }

    /** Every reason key this rule can give: one per accepted answer for {@code IN}, else its own. */
    public List<String> possibleReasons() {
        return "IN".equals(operator)
                ? answers().stream().map(v -> reasonKey + "." + v).toList()
                : List.of(reasonKey);
    }

    private List<String> answers() {
        return Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN; // NaN compares false: a non-number never matches
        }
    }
}
