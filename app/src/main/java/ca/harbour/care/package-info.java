/**
 * CARE units (Children at-Risk of Exploitation): teams of child-protection workers, police officers and Indigenous
 * liaison workers from several organizations, the youth referred to them, the duty to report, case conferences and
 * the team board. A member sees the team's youth and nothing more.
 */
@ApplicationModule(displayName = "CARE units")
@NullMarked
package ca.harbour.care;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
