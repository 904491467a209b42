/** Hotline intake: public anonymous tips, urgency triage, and the advocates' live queue. */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package ca.harbour.intake;
