/**
 * Hotline intake: public anonymous tips, hotline contacts, urgency triage, and the advocates' live queue.
 * Its API is the events it publishes ({@code TipReceived}, {@code TipClosed},
 * {@code ContactOpened}, {@code ContactClosed}) and {@code Urgency}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package ca.harbour.intake;
