package ca.harbour.platform.crypto;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Lets integration tests rotate the running application's key ring and run the re-encryption job. */
@Component
public class ReencryptionForTests {

    private final CryptoConfiguration.KeyMaterial material;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SecretKey extra;

    ReencryptionForTests(CryptoConfiguration.KeyMaterial material, JdbcClient jdbc, TransactionTemplate tx) {
        this.material = material;
        this.jdbc = jdbc;
        this.tx = tx;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.extra = new SecretKeySpec(key, "AES");
    }

    /** The application's keys plus a new one, "rotated", made active. */
    public FieldCipher rotated() {
        return new FieldCipher(new KeyRing(both(), "rotated"));
    }

    /** The same keys with the application's own key active again. */
    public FieldCipher original() {
        return new FieldCipher(new KeyRing(both(), material.ring().activeKeyId()));
    }

    public int run(List<EncryptedColumn> columns, FieldCipher cipher) {
        return new Reencryption(columns, cipher, jdbc, tx).run();
    }

    private Map<String, SecretKey> both() {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put(material.ring().activeKeyId(), material.ring().activeKey());
        keys.put("rotated", extra);
        return keys;
    }
}
