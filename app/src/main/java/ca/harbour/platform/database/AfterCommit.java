package ca.harbour.platform.database;

import org.springframework.modulith.NamedInterface;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must only follow what a transaction wrote: run once the current transaction commits, never if it rolls
 * back, and at once where no transaction is active (a cache or a session told of a row that then did not exist
 * would be wrong).
 */
@NamedInterface("database")
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
