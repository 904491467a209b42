package ca.harbour.linkage.compare;

/**
 * Plug-in: similarity of two normalised, non-null values, from 0 (nothing alike) to 1 (equal).
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface Comparator {

    /** Similarity in [0, 1]. */
    double compare(String a, String b);
}
