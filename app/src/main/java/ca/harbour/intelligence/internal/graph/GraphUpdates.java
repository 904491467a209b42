package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.ads.AdsImported;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What follows each stored batch of an ad import (published after its commit): near-duplicate clusters of the
 * batch's ads, entity resolution of them, and, once the import ends, the flags that need every ad of it (queued
 * by {@link FlagPasses}). Each step runs in a transaction of its own; a failure is logged by import id (never
 * content) and does not undo the import, whose ads stay and are clustered with the next batch that reaches them.
 */
@Component
class GraphUpdates {

    private static final Logger log = LoggerFactory.getLogger(GraphUpdates.class);

    private final NearDuplicates nearDuplicates;
    private final FlagPasses flags;
    private final EntityResolution resolution;

    GraphUpdates(NearDuplicates nearDuplicates, FlagPasses flags, EntityResolution resolution) {
        this.nearDuplicates = nearDuplicates;
        this.flags = flags;
        this.resolution = resolution;
    }

    /** Runs after the batch's commit, or at once when published outside a transaction (as the import does). */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(AdsImported imported) {
        try {
            UUID org = imported.policeOrganizationId();
            AdsImported.Derived derived = imported.derived();
            if (!imported.ads().isEmpty() && derived == null) {
                nearDuplicates.cluster(org, imported.ads());
                resolution.ads(org, imported.ads());
            } else if (!imported.ads().isEmpty()) {
                nearDuplicates.clusterSigned(org, derived.signatures());
                resolution.records(org, derived.records());
            }
            if (imported.last()) {
                flags.submit(imported.importId(), imported.policeOrganizationId());
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Graph update after import {} failed: {}",
                    imported.importId(),
                    e.getClass().getName());
        }
    }
}
