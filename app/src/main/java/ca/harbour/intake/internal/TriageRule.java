package ca.harbour.intake.internal;

import ca.harbour.intake.Urgency;
import java.util.Arrays;
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
            case "IN" -> Arrays.stream(value.split(",")).anyMatch(v -> v.trim().equalsIgnoreCase(actual));
            case "LT" -> number(actual) < number(value);
            default -> false;
        };
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN; // NaN compares false: a non-number never matches
        }
    }
}
