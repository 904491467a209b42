package ca.harbour.identity.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.platform.crypto.Reencryption;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/reencrypt} (administrators): after a key rotation, moves every encrypted
 * value to the active key while Harbour keeps serving. Audited. Lives here because accounts are
 * what administrators manage; the job itself is the platform's.
 */
@Component
@Endpoint(id = "reencrypt")
class ReencryptionEndpoint {

    private final Reencryption reencryption;
    private final Audit audit;

    ReencryptionEndpoint(Reencryption reencryption, Audit audit) {
        this.reencryption = reencryption;
        this.audit = audit;
    }

    @WriteOperation
    public Map<String, Integer> reencrypt() {
        int rewritten = reencryption.run();
        audit.record(AuditAction.REENCRYPT, "encrypted_column", null, rewritten + " values rewritten");
        return Map.of("rewritten", rewritten);
    }
}
