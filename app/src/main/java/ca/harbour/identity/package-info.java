/** Organizations, users, roles and permissions, sign-in with a second factor, and the access policy every module reuses. */
@ApplicationModule(displayName = "Identity")
@NullMarked
package ca.harbour.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
