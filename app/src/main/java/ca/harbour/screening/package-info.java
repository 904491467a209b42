/** Screening instruments as versioned data, responses, scoring and explanations; other modules attach screenings to their records. */
@ApplicationModule(displayName = "Screening")
@NullMarked
package ca.harbour.screening;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
