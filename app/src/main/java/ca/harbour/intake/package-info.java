/**
 * Hotline intake: public anonymous tips with urgency triage, hotline contacts (safe to talk first, drafts,
 * screening, referrals, consent-gated next steps), and the advocates' live queue of both. Its API is the
 * events it publishes ({@code TipReceived}, {@code TipClosed}, {@code ContactOpened}, {@code ContactClosed}),
 * {@code Urgency}, and what a case may carry or show of the contact it was opened from
 * ({@code CaseOpeningContents}, {@code ContactTraces}).
 */
@ApplicationModule(displayName = "Intake")
@NullMarked
package ca.harbour.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
