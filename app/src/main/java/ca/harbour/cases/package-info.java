/**
 * Case management: the case around a survivor or a person at risk, who works it, what happened in it (its
 * timeline) and the consents that decide what may leave the organization that holds it. Other modules ask for a
 * case through {@link ca.harbour.cases.CaseFiles} and for consents through {@link ca.harbour.cases.CaseConsents},
 * which apply the same access rules as the case page.
 */
@ApplicationModule(displayName = "Cases")
@NullMarked
package ca.harbour.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
