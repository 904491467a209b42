package ca.harbour.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a screening instrument. Scoring is a weighted sum of the answers; the level is
 * the highest threshold the score reaches. Immutable; pure (no I/O).
 */
public record Instrument(
        UUID id,
        String code,
        int version,
        String nameEn,
        String nameFr,
        String audience,
        BigDecimal possibleAt,
        BigDecimal clearAt,
        List<InstrumentItem> items) {

    public Instrument {
        items = List.copyOf(items);
    }

    /** The most questions one instrument may have. */
    public static final int MAX_ITEMS = 60;

    /**
     * Checks the instrument as a definition before it is published: at least one question and at
     * most {@link #MAX_ITEMS}, item codes unique, and the "possible" threshold below the "clear"
     * one. Returns field ("items", "clearAt" or "items-N-code", N from 0) → message key; empty when valid.
     */
    public Map<String, String> definitionProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (items.isEmpty()) {
            problems.put("items", "screening.error.noItems");
        } else if (items.size() > MAX_ITEMS) {
            problems.put("items", "screening.error.tooManyItems");
        }
        if (possibleAt != null && clearAt != null && possibleAt.compareTo(clearAt) >= 0) {
            problems.put("clearAt", "screening.error.thresholds");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).code())) {
                problems.put("items-" + i + "-code", "screening.error.duplicateItem");
            }
        }
        return problems;
    }

    public String name(String language) {
        return "fr".equals(language) ? nameFr : nameEn;
    }

    /**
     * Checks the answers: every question answered, within its scale, and nothing else. Returns
     * a map of item code (or "answers") to message key for each problem; empty when valid.
     */
    public Map<String, String> problems(Map<String, Integer> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (InstrumentItem item : items) {
            Integer value = answers.get(item.code());
            if (value == null) {
                problems.put(item.code(), "screening.error.unanswered");
            } else if (value < 0 || value > item.scale().max()) {
                problems.put(item.code(), "screening.error.outOfScale");
            }
        }
        for (String code : answers.keySet()) {
            if (items.stream().noneMatch(i -> i.code().equals(code))) {
                problems.put("answers", "screening.error.unknownItem");
            }
        }
        return problems;
    }

    /** Scores valid answers (see {@link #problems}). */
    public ScreeningResult score(Map<String, Integer> answers) {
        if (!problems(answers).isEmpty()) {
            throw new IllegalArgumentException("answers do not fit instrument " + code + " v" + version);
        }
        BigDecimal total = BigDecimal.ZERO;
        List<ScreeningResult.Contribution> drivers = new ArrayList<>();
        for (InstrumentItem item : items) {
            int value = answers.get(item.code());
            BigDecimal points = item.weight().multiply(BigDecimal.valueOf(value));
            total = total.add(points);
            if (value > 0) {
                drivers.add(new ScreeningResult.Contribution(item, value, points));
            }
        }
        drivers.sort(Comparator.comparing(ScreeningResult.Contribution::points).reversed());
        ConcernLevel level = total.compareTo(clearAt) >= 0
                ? ConcernLevel.CLEAR
                : total.compareTo(possibleAt) >= 0 ? ConcernLevel.POSSIBLE : ConcernLevel.NO_CONCERN;
        return new ScreeningResult(total, level, drivers);
    }
}
