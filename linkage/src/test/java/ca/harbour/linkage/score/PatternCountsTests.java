package ca.harbour.linkage.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PatternCountsTests {

    @Test
    void countsEveryPatternAcrossGrowthAndMergesInCodeOrder() {
        // codes spread wide and clustered (0 included), enough of them for the table to grow many times
        SplittableRandom rnd = new SplittableRandom(3);
        TreeMap<Long, Long> expected = new TreeMap<>();
        PatternCounts left = new PatternCounts();
        PatternCounts right = new PatternCounts();
        for (int k = 0; k < 50_000; k++) {
            long code = k % 2 == 0 ? rnd.nextLong(5_000) : rnd.nextLong(Long.MAX_VALUE);
            long n = 1 + rnd.nextInt(3);
            expected.merge(code, n, Long::sum);
            (k % 3 == 0 ? left : right).add(code, n);
        }
        left.addAll(right);

        PatternCounts.Sorted sorted = left.sorted();
        assertThat(sorted.codes())
                .containsExactly(
                        expected.keySet().stream().mapToLong(Long::longValue).toArray());
        assertThat(sorted.counts())
                .containsExactly(
                        expected.values().stream().mapToLong(Long::longValue).toArray());
        assertThat(left.total())
                .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void anEmptyCountHasNoPatterns() {
        PatternCounts none = new PatternCounts();
        assertThat(none.sorted().codes()).isEmpty();
        assertThat(none.total()).isZero();
    }
}
