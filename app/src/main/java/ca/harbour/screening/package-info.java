/** Screening instruments as versioned data, responses, scoring and explanations; other modules attach screenings to their records. */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package ca.harbour.screening;
