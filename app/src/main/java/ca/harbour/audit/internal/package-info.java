/** The audit log's storage: the keyed MAC chain, its checkpoints outside the database, search and verification. */
@NullMarked
package ca.harbour.audit.internal;

import org.jspecify.annotations.NullMarked;
