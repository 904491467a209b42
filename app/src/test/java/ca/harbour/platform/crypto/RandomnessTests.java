package ca.harbour.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RandomnessTests {

    @Test
    void uuidsAreVersionFourVariantOneAndDistinct() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID u = Randomness.uuid();
            assertThat(u.version()).isEqualTo(4);
            assertThat(u.variant()).isEqualTo(2);
            seen.add(u);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void timeOrderedUuidsAreVersionSevenDistinctAndSortByTheirMillisecond() throws Exception {
        long before = System.currentTimeMillis();
        UUID first = Randomness.timeOrdered();
        Thread.sleep(3);
        Set<UUID> seen = new HashSet<>();
        UUID last = null;
        for (int i = 0; i < 10_000; i++) {
            last = Randomness.timeOrdered();
            assertThat(last.version()).isEqualTo(7);
            assertThat(last.variant()).isEqualTo(2);
            seen.add(last);
        }
        long after = System.currentTimeMillis();
        assertThat(seen).hasSize(10_000);
        long millis = first.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, after);
        // PostgreSQL orders uuids by their bytes, as unsigned: a later millisecond sorts after
        assertThat(Long.compareUnsigned(first.getMostSignificantBits(), last.getMostSignificantBits()))
                .isNegative();
    }

    @Test
    void eachThreadHasItsOwnGenerator() throws Exception {
        var mine = Randomness.current();
        var other = new AtomicReference<Object>();
        Thread t = new Thread(() -> other.set(Randomness.current()));
        t.start();
        t.join();
        assertThat(other.get()).isNotNull().isNotSameAs(mine);
        assertThat(Randomness.current()).isSameAs(mine);
    }
}
