package ca.harbour.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DerivedKeysTests {

    private static SecretKey key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    private final SecretKey k1 = key();
    private final SecretKey k2 = key();

    private DerivedKeys keys() {
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        ring.put("k1", k1);
        ring.put("k2", k2);
        return new DerivedKeys(new KeyRing(ring, "k2"));
    }

    @Test
    void aDerivedKeyIsStableAndDiffersFromItsRingKeyFromOtherPurposesAndFromOtherRingKeys() {
        DerivedKeys keys = keys();
        byte[] audit = keys.derive("k1", "audit-chain").orElseThrow();
        assertThat(audit)
                .hasSize(32)
                .isEqualTo(keys.derive("k1", "audit-chain").orElseThrow())
                .isNotEqualTo(k1.getEncoded())
                .isNotEqualTo(keys.derive("k1", "something-else").orElseThrow())
                .isNotEqualTo(keys.derive("k2", "audit-chain").orElseThrow());
        assertThat(keys.activeKeyId()).isEqualTo("k2");
    }

    @Test
    void aKeyNoLongerInTheRingDerivesNothing() {
        assertThat(keys().derive("gone", "audit-chain")).isEmpty();
    }
}
