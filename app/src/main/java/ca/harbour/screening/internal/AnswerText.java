package ca.harbour.screening.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The answers of one screening as the text that is encrypted: one {@code item=value} line per
 * answer, in the order given. Item codes are identifiers ({@code [a-z][a-zA-Z0-9_]*}, checked
 * when an instrument is saved), so neither '=' nor a line break can occur in them.
 */
final class AnswerText {

    private AnswerText() {}

    static String write(Map<String, Integer> answers) {
        return answers.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** The answers back, in the order written; an empty or null text is no answers. */
    static Map<String, Integer> read(String text) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return answers;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            answers.put(line.substring(0, eq), Integer.valueOf(line.substring(eq + 1)));
        }
        return answers;
    }
}
