/**
 * Police intelligence: the inbox where a police service's analysts receive the tips advocates prepared for them
 * (only what consent allows), review them and give feedback the sender sees.
 */
@ApplicationModule(displayName = "Intelligence")
@NullMarked
package ca.harbour.intelligence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
