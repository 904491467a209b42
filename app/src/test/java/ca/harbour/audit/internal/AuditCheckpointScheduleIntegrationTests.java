package ca.harbour.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.support.HarbourTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain's head leaves the database on its own: while Harbour runs, each interval that moved the head
 * appends a checkpoint to the file and repeats it in the log, and stopping writes the last head. The shared
 * test context checkpoints only when asked (interval 0), so this runs a checkpointer of its own on a short
 * interval and waits for the file to show each head, however long the machine takes.
 */
@HarbourTest
@ExtendWith(OutputCaptureExtension.class)
class AuditCheckpointScheduleIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AuditKeys keys;

    @Autowired
    PlatformSettings platform;

    private AuditCheckpoints checkpointer(Path file, Duration interval) {
        return new AuditCheckpoints(jdbc, clock, keys, new AuditSettings(file.toString(), interval), platform);
    }

    private long recordOne(String what) {
        audit.recordFor("checkpoint-schedule-test", null, AuditAction.READ, "case", what, null);
        return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    }

    private static long latestEntry(AuditCheckpoints checkpoints) {
        return checkpoints.latest().map(Checkpoint::entry).orElse(0L);
    }

    @Test
    void eachIntervalThatMovedTheHeadAppendsACheckpointToTheFileAndTheLogAndStoppingWritesTheLastOne(
            @TempDir Path dir, CapturedOutput output) throws Exception {
        Path file = dir.resolve("checkpoints/audit.log");
        AuditCheckpoints checkpoints = checkpointer(file, Duration.ofMillis(50));
        long first = recordOne("first");
        checkpoints.start();
        try {
            await().atMost(PATIENCE).until(() -> latestEntry(checkpoints) >= first);
            long second = recordOne("second");
            await().atMost(PATIENCE).until(() -> latestEntry(checkpoints) >= second);
        } finally {
            checkpoints.stop();
        }
        long last = recordOne("last");
        assertThat(latestEntry(checkpoints)).as("nothing runs once stopped").isLessThan(last);

        AuditCheckpoints restarted = checkpointer(file, Duration.ofHours(1));
        restarted.start();
        restarted.stop();
        assertThat(latestEntry(restarted)).as("the head at stop").isGreaterThanOrEqualTo(last);

        assertThat(Files.readAllLines(file))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(line -> assertThat(output.getAll()).contains("Audit " + line));
    }

    @Test
    void aCheckpointFileInsideTheDataDirectoryIsWarnedAbout(CapturedOutput output) {
        Path inside = platform.dataDirectory().resolve("audit-checkpoints.log");
        checkpointer(inside, Duration.ZERO);
        assertThat(output.getAll())
                .contains("The audit checkpoint file " + inside.toAbsolutePath().normalize())
                .contains("HARBOUR_AUDIT_CHECKPOINT_FILE");
    }
}
