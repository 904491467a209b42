package ca.harbour.linkage.normalize;

/**
 * Plug-in: turns a raw value into its canonical form so that equal things compare equal.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface Normalizer {

    /** Canonical form of {@code raw}, or null when nothing usable remains (missing value). */
    String normalize(String raw);
}
