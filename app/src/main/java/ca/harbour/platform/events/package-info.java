/** Housekeeping of Spring Modulith's event publication registry, which every module's events pass through. */
@NullMarked
package ca.harbour.platform.events;

import org.jspecify.annotations.NullMarked;
