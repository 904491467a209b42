package ca.harbour.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server runs as a child process; when Harbour is killed (kill -9) the server
 * outlives it and holds the data directory. This asks such an orphan to shut down with SIGINT,
 * PostgreSQL's "fast" mode (it ends the dead client's sessions and checkpoints), and kills it only
 * if it has not stopped after 20 seconds (the WAL then makes the next start recover safely).
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

    private StaleServer() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // PostgreSQL removes a pid file whose process is gone
        }
        log.warn("Stopping embedded PostgreSQL (pid {}) left running by a previous Harbour process", pid);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (IOException e) {
            process.get().destroy();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (process.get().isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (process.get().isAlive()) {
            process.get().destroyForcibly();
        }
    }
}
