/**
 * Hotline intake: public anonymous tips, hotline contacts, urgency triage, and the advocates' live queue.
 * Its API is the events it publishes ({@link ca.harbour.intake.TipReceived}, {@link ca.harbour.intake.TipClosed},
 * {@link ca.harbour.intake.ContactOpened}, {@link ca.harbour.intake.ContactClosed}) and {@link ca.harbour.intake.Urgency}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package ca.harbour.intake;
