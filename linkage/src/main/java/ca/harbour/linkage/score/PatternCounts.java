package ca.harbour.linkage.score;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** How many compared pairs showed each comparison pattern; the sufficient statistic for EM. */
public final class PatternCounts {
    private final Map<Long, long[]> counts = new HashMap<>();

    /** Counts one pair with pattern {@code code}. */
    public void add(long code) {
        add(code, 1);
    }

    /** Counts {@code n} pairs with pattern {@code code}. */
    public void add(long code, long n) {
        counts.computeIfAbsent(code, c -> new long[1])[0] += n;
    }

    /** Adds all counts of another instance. */
    public void addAll(PatternCounts other) {
        other.counts.forEach((c, n) -> add(c, n[0]));
    }

    /** Patterns with their counts, in ascending code order (deterministic iteration). */
    public Map<Long, Long> sorted() {
        Map<Long, Long> m = new TreeMap<>();
        counts.forEach((c, n) -> m.put(c, n[0]));
        return m;
    }

    /** Total number of pairs counted. */
    public long total() {
        long t = 0;
        for (long[] n : counts.values()) {
            t += n[0];
        }
        return t;
    }
}
