package ca.harbour.platform.crypto;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Named AES keys: the active one encrypts, every one decrypts, so keys rotate without downtime.
 * Immutable and thread-safe.
 */
public final class KeyRing {

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    public KeyRing(Map<String, SecretKey> keys, String activeKeyId) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("A key ring needs at least one key");
        }
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("The active key '" + activeKeyId + "' is not in the key ring");
        }
        for (String id : keys.keySet()) {
            if (id.isEmpty() || id.length() > 32 || !id.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("Key ids are 1-32 letters, digits, '-' or '_': '" + id + "'");
            }
        }
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        this.activeKeyId = activeKeyId;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }
}
