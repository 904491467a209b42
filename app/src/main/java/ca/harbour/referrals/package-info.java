/**
 * Referrals: a case sends a person to a directory service at another agency, only with a consent that covers the
 * receiving organization and what is shared (or a recorded exception), and the receiving agency answers it.
 */
@ApplicationModule(displayName = "Referrals")
@NullMarked
package ca.harbour.referrals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
