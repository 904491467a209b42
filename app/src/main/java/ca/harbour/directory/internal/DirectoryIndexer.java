package ca.harbour.directory.internal;

import ca.harbour.directory.DirectoryEmptied;
import ca.harbour.directory.DirectoryImported;
import ca.harbour.directory.ServiceChanged;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with the database: a full rebuild at start-up (after the demo data),
 * and for each {@link ServiceChanged}, {@link DirectoryImported} or {@link DirectoryEmptied} an update
 * once the change's transaction has committed, so the index never shows what was rolled back.
 * <p>
 * The updates run in the committing thread, so the page after a save already searches the change. Spring
 * Modulith records each event with these listeners' ids in the change's transaction and marks it completed
 * when the listener returns: an update that failed, or never ran because the application stopped, stays
 * incomplete and runs again at the next start ({@code republish-outstanding-events-on-restart}).
 * Whatever the outcome, services read into memory during the transaction are forgotten (not recorded).
 */
@Component
@Order(100)
public class DirectoryIndexer implements ApplicationRunner {

    /** Stable listener ids: stored with each publication, so renaming a method leaves none behind. */
    public static final String ON_SERVICE_CHANGED = "directory.index.service-changed";

    public static final String ON_IMPORTED = "directory.index.imported";
    public static final String ON_EMPTIED = "directory.index.emptied";

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

    /** Reads these services again into memory and the index; those no longer in the database leave the index. */
    public void reindex(Collection<UUID> ids) {
        services.evict(ids);
        List<DirectoryService> found = services.byIds(List.copyOf(ids));
        Set<UUID> present = found.stream().map(DirectoryService::id).collect(Collectors.toSet());
        index.update(found, ids.stream().filter(id -> !present.contains(id)).toList());
    }

    @TransactionalEventListener(id = ON_SERVICE_CHANGED)
    public void on(ServiceChanged event) {
        reindex(List.of(event.serviceId()));
    }

    @TransactionalEventListener(id = ON_IMPORTED)
    public void on(DirectoryImported event) {
        rebuild();
    }

    @TransactionalEventListener(id = ON_EMPTIED)
    public void on(DirectoryEmptied event) {
        rebuild();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    public void forget(ServiceChanged event) {
        services.evict(List.of(event.serviceId()));
    }

    @TransactionalEventListener(
            phase = TransactionPhase.AFTER_COMPLETION,
            classes = {DirectoryImported.class, DirectoryEmptied.class})
    public void forgetAll() {
        services.evictAll();
    }
}
