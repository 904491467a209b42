/** Versioned instruments and encrypted screening answers, stored and scored. */
@NullMarked
package ca.harbour.screening.internal;

import org.jspecify.annotations.NullMarked;
