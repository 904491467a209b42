package ca.harbour.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringCacheTests {
    @Test
    void aCacheOfRepeatedValuesStaysOn() {
        StringCache c = new StringCache(100);
        for (int i = 0; i < 2 * StringCache.TRIAL; i++) {
            String key = "v" + (i % 10);
            if (c.get(key) == null) {
                c.put(key, key.toUpperCase());
            }
        }
        assertThat(c.off()).isFalse();
        assertThat(c.get("v3")).isEqualTo("V3");
    }

    @Test
    void aCacheOfDistinctValuesSwitchesItselfOffAndForgets() {
        StringCache c = new StringCache(100_000);
        for (int i = 0; i < StringCache.TRIAL; i++) {
            String key = "id" + i;
            assertThat(c.get(key)).isNull();
            c.put(key, key);
        }
        assertThat(c.off()).isTrue();
        assertThat(c.peek("id1")).isNull();
        c.put("x", "y");
        assertThat(c.get("x")).isNull();
    }
}
