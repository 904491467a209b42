/** Synthetic online ads with planted networks and their ground truth, for tests, demo data and benchmarks. */
@NullMarked
package ca.harbour.intelligence.internal.synthetic;

import org.jspecify.annotations.NullMarked;
