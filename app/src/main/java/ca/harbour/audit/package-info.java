/** The tamper-evident audit log: who read, searched, exported or changed what, and its verification. */
@ApplicationModule(displayName = "Audit")
@NullMarked
package ca.harbour.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
