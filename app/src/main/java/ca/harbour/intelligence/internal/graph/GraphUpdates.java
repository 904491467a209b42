package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.ads.AdsImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What follows each stored batch of an ad import (published after its commit): near-duplicate clusters of the
 * batch's ads, entity resolution of them, and, once the import ends, the flags that need every ad of it. Each
 * step runs in a transaction of its own; a failure is logged by import id (never content) and does not undo the
 * import, whose ads stay and are clustered with the next batch that reaches them.
 */
@Component
class GraphUpdates {

    private static final Logger log = LoggerFactory.getLogger(GraphUpdates.class);

    private final NearDuplicates nearDuplicates;
    private final CrossAdFlags flags;
    private final EntityResolution resolution;

    GraphUpdates(NearDuplicates nearDuplicates, CrossAdFlags flags, EntityResolution resolution) {
        this.nearDuplicates = nearDuplicates;
        this.flags = flags;
        this.resolution = resolution;
    }

    /** Runs after the batch's commit, or at once when published outside a transaction (as the import does). */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(AdsImported imported) {
        try {
            if (!imported.ads().isEmpty()) {
                if (imported.signatures().isEmpty()) {
                    nearDuplicates.cluster(imported.policeOrganizationId(), imported.ads());
                } else {
                    nearDuplicates.clusterSigned(imported.policeOrganizationId(), imported.signatures());
                }
                resolution.ads(imported.policeOrganizationId(), imported.ads());
            }
            if (imported.last()) {
                flags.apply(imported.importId(), imported.policeOrganizationId());
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Graph update after import {} failed: {}",
                    imported.importId(),
                    e.getClass().getName());
        }
    }
}
