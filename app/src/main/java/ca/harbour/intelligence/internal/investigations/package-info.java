/**
 * Investigations: an analyst's named set of pinned entities and notes, shared within the police service if the
 * owner chooses, and the evidence package exported from one.
 */
@NullMarked
package ca.harbour.intelligence.internal.investigations;

import org.jspecify.annotations.NullMarked;
