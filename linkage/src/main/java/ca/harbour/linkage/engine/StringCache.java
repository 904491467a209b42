package ca.harbour.linkage.engine;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded, thread-safe cache of strings computed from strings (normalised values, phonetic keys) that
 * switches itself off when its first lookups mostly miss: for values that are nearly all distinct
 * (identifiers, house numbers, mistyped names) a cache costs a hash-map insert per value and saves nothing.
 * Whether it is on never changes a result, only how often it is computed.
 */
final class StringCache {
    /** Lookups after which the cache decides whether it pays. */
    static final int TRIAL = 4096;

    private final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
    private final int capacity;
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();
    private volatile boolean decided;
    private volatile boolean off;

    StringCache(int capacity) {
        this.capacity = capacity;
    }

    /** The value cached for {@code key}, or null. */
    String get(String key) {
        if (off) {
            return null;
        }
        String v = map.get(key);
        if (!decided) {
            if (v != null) {
                hits.incrementAndGet();
            }
            if (lookups.incrementAndGet() == TRIAL) {
                // a quarter of lookups hitting is what it takes to repay the inserts
                off = hits.get() < TRIAL / 4;
                decided = true;
                if (off) {
                    map.clear();
                }
            }
        }
        return v;
    }

    /** The value cached for {@code key}, or null, without counting towards the trial. */
    String peek(String key) {
        return off ? null : map.get(key);
    }

    /** Caches {@code value} for {@code key} while the cache is on and not full. */
    void put(String key, String value) {
        if (!off && map.size() < capacity) {
            map.put(key, value);
        }
    }

    /** Whether the cache has switched itself off. */
    boolean off() {
        return off;
    }
}
