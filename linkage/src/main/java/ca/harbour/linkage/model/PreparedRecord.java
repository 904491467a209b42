package ca.harbour.linkage.model;

/**
 * A record after normalisation: canonical values per field, an alternative form per field (nickname
 * canonical name, phonetic key, ... or null) and its blocking keys. Immutable once built.
 *
 * @param index  position in the run (0-based, input order; defines determinism)
 * @param id     record id
 * @param source 0 for the first (or only) input, 1 for the second in linking
 * @param values canonical values (null = missing)
 * @param alt    alternative forms used by comparators (null where not applicable)
 * @param keys   blocking keys (64-bit hashes), sorted and distinct
 */
public record PreparedRecord(int index, String id, int source, String[] values, String[] alt, long[] keys) {}
