package ca.harbour.platform.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets event publications some days after every listener completed them. The registry keeps a completed
 * publication (ids only, never personal data) so a test or an operator can see that it ran; without this the
 * table would grow by a row per listener for every change, for ever. Incomplete publications are never touched:
 * they are what a restart runs again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class CompletedPublications {

    /** How long a completed publication is kept: long enough to look into a problem after a weekend. */
    public static final Duration KEPT = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(CompletedPublications.class);

    private final CompletedEventPublications completed;

    CompletedPublications(CompletedEventPublications completed) {
        this.completed = completed;
    }

    /** Hourly, first a minute after start so that it never slows the start itself. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    public void forgetOld() {
        try {
            completed.deletePublicationsOlderThan(KEPT);
        } catch (RuntimeException e) {
            // the next run tries again; a failed clean-up must not disturb anything else
            log.warn(
                    "Old completed event publications could not be deleted: {}",
                    e.getClass().getSimpleName());
        }
    }
}
