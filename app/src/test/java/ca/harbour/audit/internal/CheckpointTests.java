package ca.harbour.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckpointTests {

    private static final byte[] OURS = new byte[32];
    private static final byte[] THEIRS = new byte[32];

    static {
        OURS[0] = 1;
        THEIRS[0] = 2;
    }

    private final Checkpoint head =
            new Checkpoint(Instant.parse("2026-12-03T18:00:00Z"), 1234, 1200, new byte[] {7, 7, 7}, "k1");

    private static Optional<byte[]> ring(String id) {
        return Optional.ofNullable(Map.of("k1", OURS).get(id));
    }

    @Test
    void aSignedLineReadsBackAsTheSameCheckpoint() {
        Checkpoint read =
                Checkpoint.parse(head.line(OURS), CheckpointTests::ring).orElseThrow();
        assertThat(read.entry()).isEqualTo(1234);
        assertThat(read.entries()).isEqualTo(1200);
        assertThat(read.link()).containsExactly(7, 7, 7);
        assertThat(read.at()).isEqualTo(head.at());
    }

    @Test
    void aLineEditedOrSignedWithoutOurKeyOrCutIsNotACheckpoint() {
        String line = head.line(OURS);
        assertThat(Checkpoint.parse(line.replace("entry=1234", "entry=1000"), CheckpointTests::ring))
                .isEmpty();
        assertThat(Checkpoint.parse(head.line(THEIRS), CheckpointTests::ring)).isEmpty();
        assertThat(Checkpoint.parse(line.replace("key=k1", "key=k2"), CheckpointTests::ring))
                .isEmpty();
        assertThat(Checkpoint.parse(line.substring(20), CheckpointTests::ring)).isEmpty();
        assertThat(Checkpoint.parse(
                        "checkpoint at=yesterday entry=1 entries=1 link=AA== key=k1 sig=AA==", CheckpointTests::ring))
                .isEmpty();
    }
}
