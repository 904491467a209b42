package ca.harbour.audit.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.audit.ChainVerification;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code GET /actuator/auditchain}: verifies the chain for operators and scripts (admins only). */
@Component
@Endpoint(id = "auditchain")
class AuditChainEndpoint {

    private final AuditChainVerifier verifier;
    private final Audit audit;

    AuditChainEndpoint(AuditChainVerifier verifier, Audit audit) {
        this.verifier = verifier;
        this.audit = audit;
    }

    @ReadOperation
    @Transactional
    public ChainVerification verify() {
        ChainVerification result = verifier.verify();
        audit.record(AuditAction.VERIFY, "audit_event", null, result.intact() ? "intact" : "broken");
        return result;
    }
}
