package ca.harbour.audit.internal;

import ca.harbour.platform.crypto.DerivedKeys;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The audit chain's MAC keys, derived from the key ring (never stored, never in the database): new
 * rows use the active ring key's, and a row names its key id so it still verifies after rotation as
 * long as the ring still holds that key. Thread-safe.
 */
@Component
class AuditKeys {

    private final DerivedKeys keys;
    private final Map<String, byte[]> derived = new ConcurrentHashMap<>();

    AuditKeys(DerivedKeys keys) {
        this.keys = keys;
    }

    String activeKeyId() {
        return keys.activeKeyId();
    }

    /** The audit key derived from ring key {@code keyId}; empty when the ring no longer holds it. */
    Optional<byte[]> key(String keyId) {
        byte[] key = derived.get(keyId);
        if (key == null) {
            Optional<byte[]> fresh = keys.derive(keyId, AuditChain.KEY_PURPOSE);
            fresh.ifPresent(k -> derived.put(keyId, k));
            return fresh;
        }
        return Optional.of(key);
    }
}
