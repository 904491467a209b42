/**
 * Domain support every module may use and that knows nothing of Spring or the web: the
 * {@code Rejection} a rule returns when it refuses, mapped once to Problem
 * Details for the API and to the error summary for pages.
 */
@org.springframework.modulith.NamedInterface("domain")
package ca.harbour.platform.domain;
