package ca.harbour.directory.internal;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the search index in step with the database: a full rebuild at start-up (after the demo
 * data) and, for each change, an update once the change's transaction has committed, so the
 * index never shows what was rolled back.
 */
@Component
@Order(100)
public class DirectoryIndexer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryIndexer.class);

    private final Services services;
    private final SearchIndex index;

    DirectoryIndexer(Services services, SearchIndex index) {
        this.services = services;
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild();
    }

    public void rebuild() {
        long start = System.nanoTime();
        services.evictAll();
        List<DirectoryService> all = services.all();
        if (!index.rebuild(all)) {
            log.info("Directory index rebuild stopped: Harbour is stopping");
            return;
        }
        log.info("Directory index rebuilt: {} services in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** After the current transaction commits (or now, outside one), re-index these services. */
    public void changedAfterCommit(List<UUID> changed, List<UUID> removed) {
        afterCommit(() -> {
            services.evict(changed);
            services.evict(removed);
            index.update(services.byIds(changed), removed);
        }, () -> services.evict(changed));
    }

    public void rebuildAfterCommit() {
        afterCommit(this::rebuild, services::evictAll);
    }

    /** Runs {@code committed} after a commit; {@code rolledBack} after a rollback (so memory never keeps what was undone). */
    private static void afterCommit(Runnable committed, Runnable rolledBack) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    (status == STATUS_COMMITTED ? committed : rolledBack).run();
                }
            });
        } else {
            committed.run();
        }
    }
}
