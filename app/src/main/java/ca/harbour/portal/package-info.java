/** Public pages (home, learn the signs, quick exit) and the staff home after sign-in. */
@ApplicationModule(displayName = "Portal")
@NullMarked
package ca.harbour.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
