/** Harbour's application: one process, one module per capability, started by {@code HarbourApplication}. */
@NullMarked
package ca.harbour;

import org.jspecify.annotations.NullMarked;
