/**
 * Domain support every module may use and that knows nothing of Spring or the web: the
 * {@code Rejection} a rule returns when it refuses, mapped once to Problem
 * Details for the API and to the error summary for pages.
 */
@NamedInterface("domain")
@NullMarked
package ca.harbour.platform.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
