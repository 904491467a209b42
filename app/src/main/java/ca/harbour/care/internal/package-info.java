/** The CARE module's services, rules and repositories (all its SQL). */
@NullMarked
package ca.harbour.care.internal;

import org.jspecify.annotations.NullMarked;
