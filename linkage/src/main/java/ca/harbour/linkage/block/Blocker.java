package ca.harbour.linkage.block;

import java.util.function.LongConsumer;

/**
 * Plug-in: the blocking keys of one normalised record. Two records become a candidate pair when they
 * share a key (unless the key's block is oversized). Implementations are thread-safe.
 */
@FunctionalInterface
public interface Blocker {

    /**
     * Emits the keys of a record given its canonical values and alternative forms (per field, may be null).
     * Keys may repeat; callers de-duplicate.
     */
    void keys(String[] values, String[] alt, LongConsumer out);
}
