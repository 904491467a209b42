package ca.harbour.linkage.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** A private fork-join pool running range chunks on a fixed number of threads. */
final class Workers implements AutoCloseable {
    private final ForkJoinPool pool;

    /** Work on records {@code [lo, hi)}. */
    interface RangeTask {
        void run(int lo, int hi);
    }

    Workers(int threads) {
        pool = new ForkJoinPool(threads);
    }

    /**
     * A chunk size for {@code n} units of work: at most {@code max}, at least 64, and small enough for 16
     * chunks, so that a short input still keeps every thread busy. It depends on {@code n} only, never on
     * the number of threads.
     */
    static int chunkFor(int n, int max) {
        return Math.max(64, Math.min(max, n / 16));
    }

    /** Runs {@code task} over {@code [0, n)} in chunks of {@code chunk}, waiting for all. */
    void forRange(int n, int chunk, RangeTask task) {
        int chunks = (n + chunk - 1) / chunk;
        forChunks(chunks, c -> task.run(c * chunk, Math.min(n, (c + 1) * chunk)));
    }

    /** Runs {@code task} for chunk numbers {@code [0, chunks)}, waiting for all. */
    void forChunks(int chunks, IntConsumer task) {
        try {
            pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(task))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
