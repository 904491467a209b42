package ca.harbour.audit.internal;

import ca.harbour.platform.PlatformSettings;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes the head of the audit chain outside the database: every
 * {@code harbour.audit.checkpoint-interval} (when the head moved) and at shutdown, a signed
 * {@link Checkpoint} line is appended (and synced) to {@code harbour.audit.checkpoint-file} and
 * written to the application log. The verifier then takes the latest checkpoint, so deleting the
 * newest rows, or re-chaining the table, is detected even by someone with full database access.
 * The file should live outside the data directory (and, in production, on storage the database's
 * administrators cannot rewrite). Thread-safe.
 */
@Component
public class AuditCheckpoints implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final int TAIL_BYTES = 1 << 20;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditKeys keys;
    private final Path file;
    private final Duration interval;
    private @Nullable ScheduledExecutorService timer;

    AuditCheckpoints(JdbcClient jdbc, Clock clock, AuditKeys keys, AuditSettings settings, PlatformSettings platform) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.file = Path.of(settings.checkpointFile()).toAbsolutePath().normalize();
        this.interval = settings.checkpointInterval();
        if (this.file.startsWith(platform.dataDirectory())) {
            log.warn(
                    "The audit checkpoint file {} is inside the data directory: whoever can replace the database "
                            + "can replace it too. Set HARBOUR_AUDIT_CHECKPOINT_FILE to a path outside it.",
                    this.file);
        }
    }

    /**
     * Appends a checkpoint of the current head and returns it; writes nothing (and returns empty)
     * when the log is empty, when the head is already the latest checkpoint, or when the latest
     * checkpoint's entry is gone or altered (so the evidence stays the latest checkpoint).
     */
    public synchronized Optional<Checkpoint> write() {
        Optional<Checkpoint> head = jdbc.sql("""
                        select id, hash, (select count(*) from audit_event) as entries
                        from audit_event order by id desc limit 1""")
                .query((rs, n) -> new Checkpoint(
                        clock.instant(),
                        rs.getLong("id"),
                        rs.getLong("entries"),
                        rs.getBytes("hash"),
                        keys.activeKeyId()))
                .optional();
        Optional<Checkpoint> previous = latest();
        if (head.isEmpty()
                || previous.isPresent() && previous.get().entry() == head.get().entry()) {
            return Optional.empty();
        }
        if (previous.isPresent() && !stillHolds(previous.get())) {
            // moving on would hide the loss: the latest checkpoint must keep proving it until someone looks
            log.error(
                    "The audit chain no longer holds entry {} of the checkpoint of {}: no new checkpoint is "
                            + "written until the chain is verified and restored",
                    previous.get().entry(),
                    previous.get().at());
            return Optional.empty();
        }
        String line = head.get().line(keys.key(keys.activeKeyId()).orElseThrow());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoint file " + file, e);
        }
        log.info("Audit {}", line);
        return head;
    }

    /** The newest line of the file that is a checkpoint signed with one of our audit keys. */
    public Optional<Checkpoint> latest() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            Optional<Checkpoint> inTail = newest(readFrom(Math.max(0, size - TAIL_BYTES)));
            return inTail.isPresent() || size <= TAIL_BYTES ? inTail : newest(readFrom(0));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, e);
        }
    }

    Path file() {
        return file;
    }

    private boolean stillHolds(Checkpoint c) {
        return jdbc.sql("select hash from audit_event where id = :id")
                .param("id", c.entry())
                .query(byte[].class)
                .optional()
                .filter(link -> MessageDigest.isEqual(link, c.link()))
                .isPresent();
    }

    private Optional<Checkpoint> newest(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Optional<Checkpoint> c = Checkpoint.parse(lines.get(i), keys::key);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private List<String> readFrom(long offset) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, in.length() - offset)];
            in.seek(offset);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList(); // a cut first line fails to parse
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-checkpoints");
            t.setDaemon(true);
            return t;
        });
        if (!interval.isZero() && !interval.isNegative()) {
            long every = interval.toMillis();
            timer.scheduleWithFixedDelay(this::writeQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = timer;
            timer = null;
        }
        if (running != null) {
            running.shutdownNow();
            writeQuietly(); // the last head before the process ends
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** After the web server has stopped taking requests, while the database is still there. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void writeQuietly() {
        try {
            write();
        } catch (RuntimeException e) {
            // a full disk or a lost database must not kill the timer; the next round tries again
            log.error("Could not write an audit checkpoint: {}", e.getMessage());
        }
    }
}
