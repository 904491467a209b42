/** The tamper-evident audit log: who read, searched, exported or changed what, and its verification. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package ca.harbour.audit;
