package ca.harbour.linkage.engine;

/** Receives progress of long phases; called from worker threads, must be thread-safe and cheap. */
@FunctionalInterface
public interface ProgressListener {
    /** Does nothing. */
    ProgressListener NONE = (phase, done, total) -> {};

    /** {@code done} of {@code total} units of {@code phase} are finished. */
    void progress(String phase, long done, long total);
}
