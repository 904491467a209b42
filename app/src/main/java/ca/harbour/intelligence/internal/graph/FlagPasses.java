package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.ads.AdImports;
import ca.harbour.intelligence.internal.ads.AdImports.Unflagged;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Adds each finished import's cross-ad flags on a thread of their own, one import after the other in the order they
 * finished, so that an import answers as soon as its ads are in (for 100,000 ads the flags take a few seconds; the
 * benchmark was no faster for it, its two cores being busy either way). The import's page says they are still
 * coming until the pass notes the import flagged. Passes a stop left undone run again once the application is
 * ready; a pass that fails is tried again twice at once, and otherwise at the next start.
 */
@Component
public class FlagPasses {

    private static final Logger log = LoggerFactory.getLogger(FlagPasses.class);

    private static final int TRIES = 3;

    private final CrossAdFlags flags;
    private final AdImports imports;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ad-flags");
        t.setDaemon(true);
        return t;
    });

    FlagPasses(CrossAdFlags flags, AdImports imports) {
        this.flags = flags;
        this.imports = imports;
    }

    /** Queues the pass of an import whose every batch is stored and clustered. */
    void submit(UUID importId, UUID policeOrg) {
        thread.execute(() -> run(importId, policeOrg));
    }

    private void run(UUID importId, UUID policeOrg) {
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                flags.apply(importId, policeOrg);
                return;
            } catch (RuntimeException e) {
                log.warn(
                        "Cross-ad flags of import {} failed (attempt {} of {}): {}",
                        importId,
                        attempt,
                        TRIES,
                        e.getClass().getName());
            }
        }
    }

    /** The passes of imports that an earlier process finished (or was stopped in) without flagging them. */
    @EventListener(ApplicationReadyEvent.class)
    void unfinished() {
        resume(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    /** Queues the passes of the imports started before then and never flagged; answers how many. */
    public int resume(Instant startedBefore) {
        List<Unflagged> left = imports.unflagged(startedBefore);
        left.forEach(u -> submit(u.id(), u.policeOrganizationId()));
        return left.size();
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
