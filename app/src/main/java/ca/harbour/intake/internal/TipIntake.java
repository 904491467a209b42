package ca.harbour.intake.internal;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.intake.TipReceived;
import ca.harbour.intake.Urgency;
import ca.harbour.platform.crypto.Randomness;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a public tip: triages it, stores it durably for the hotline's queue, and only then
 * returns its reference number. The sender's address is used for the rate limit and forgotten.
 */
@Service
public class TipIntake {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final Tips tips;
    private final TriageRules rules;
    private final OrganizationLookup organizations;
    private final SenderRateLimit rateLimit;
    private final UrgentFlood flood;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private volatile Hotline hotline;

    TipIntake(
            Tips tips,
            TriageRules rules,
            OrganizationLookup organizations,
            SenderRateLimit rateLimit,
            UrgentFlood flood,
            Clock clock,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.tips = tips;
        this.rules = rules;
        this.organizations = organizations;
        this.rateLimit = rateLimit;
        this.flood = flood;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** The outcome of sending a tip. */
    public sealed interface Outcome permits Accepted, TooMany {}

    /** Stored and committed; the reference is safe to give to the sender. */
    public record Accepted(String reference) implements Outcome {}

    /** The sender has sent too many tips in a short time; nothing was stored. They may try again after {@code retryAfter}. */
    public record TooMany(Duration retryAfter) implements Outcome {}

    public Outcome receive(TipForm form, String language, String senderAddress) {
        Optional<Duration> wait = rateLimit.tryAcquire(senderAddress);
        if (wait.isPresent()) {
            return new TooMany(wait.get());
        }
        return store(form, language, false);
    }

    /**
     * Stores a tip (demo data uses this directly, bypassing the rate limit and the flood check). A
     * "danger now" tip beyond the flood rate is stored and acknowledged all the same, but held for
     * review rather than put at the top of the queue; the sender is not told, so a flood cannot
     * probe the threshold.
     */
    Accepted store(TipForm form, String language, boolean demo) {
        TriageRuleSet.Triage triage = rules.current().decide(form.facts());
        Instant received = clock.instant();
        boolean held = !demo && triage.urgency() == Urgency.IMMINENT && flood.isFlood(received);
        UUID hotline = hotline();
        for (int attempt = 0; ; attempt++) {
            String reference = reference();
            UUID id = Randomness.uuid();
            try {
                // Returns only once the commit is on disk; the event is published in the same transaction, so its
                // listeners' publications are stored with the tip or not at all. Each attempt is its own transaction:
                // a duplicate reference aborts it. No audit row: the log records what staff do with personal
                // information; the tip row itself is the record of an anonymous submission, and a global chain lock
                // here would serialise every tip.
                transaction.executeWithoutResult(status -> {
                    tips.insert(
                            id,
                            reference,
                            received,
                            hotline,
                            "fr".equals(language) ? "fr" : "en",
                            form,
                            triage,
                            demo,
                            held);
                    events.publishEvent(new TipReceived(id, hotline, triage.urgency(), held));
                });
                return new Accepted(reference);
            } catch (DuplicateKeyException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    /** The hotline that receives public tips, looked up at most every 30 seconds. */
    private UUID hotline() {
        Hotline cached = hotline;
        long now = System.nanoTime();
        if (cached == null || now - cached.at() > 30_000_000_000L) {
            cached = new Hotline(
                    organizations
                            .firstActive(OrganizationType.HOTLINE)
                            .map(Organization::id)
                            .orElse(null),
                    now);
            hotline = cached;
        }
        return cached.id();
    }

    private record Hotline(UUID id, long at) {}

    /**
     * A reference like HT-7KQ2-M9XA: random, unguessable, easy to read over the phone. One draw of
     * bytes per reference; a byte is used only below the largest multiple of the alphabet's size, so
     * every character is equally likely.
     */
    static String reference() {
        StringBuilder sb = new StringBuilder("HT-");
        byte[] bytes = new byte[16];
        int used = bytes.length;
        int limit = 256 - 256 % ALPHABET.length();
        for (int i = 0; i < 8; ) {
            if (used == bytes.length) {
                Randomness.fill(bytes);
                used = 0;
            }
            int b = bytes[used++] & 0xff;
            if (b < limit) {
                if (i == 4) {
                    sb.append('-');
                }
                sb.append(ALPHABET.charAt(b % ALPHABET.length()));
                i++;
            }
        }
        return sb.toString();
    }
}
