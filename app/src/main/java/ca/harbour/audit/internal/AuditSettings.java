package ca.harbour.audit.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's settings ({@code harbour.audit.*}).
 *
 * @param checkpointFile the append-only file where the chain's head is published (also logged); keep it outside
 *        the data directory, on storage the database's administrators cannot rewrite
 * @param checkpointInterval how often the head is checkpointed when it moved (and always at shutdown); zero: only
 *        at shutdown
 */
@ConfigurationProperties("harbour.audit")
public record AuditSettings(
        @DefaultValue("./audit-checkpoints.log") String checkpointFile,
        @DefaultValue("1m") Duration checkpointInterval) {}
