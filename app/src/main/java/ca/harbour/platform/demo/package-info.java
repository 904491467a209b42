/** The hook through which each module adds its part of the seeded demo data. */
@NamedInterface("demo")
@NullMarked
package ca.harbour.platform.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
