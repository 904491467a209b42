package ca.harbour.platform.crypto;

import ca.harbour.platform.PlatformSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Builds the key ring. Production reads {@code HARBOUR_CRYPTO_KEYS} (a list of {@code id:base64}
 * keys separated by commas),
 * {@code HARBOUR_CRYPTO_ACTIVE_KEY} and {@code HARBOUR_CRYPTO_LOOKUP_KEY}, and refuses to start
 * without them. Demo mode makes and keeps a local key file under the data directory instead. The keys are read
 * from the environment here rather than bound into {@link PlatformSettings}, whose values get printed.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    KeyMaterial keyMaterial(Environment env) throws IOException {
        String keys = env.getProperty("harbour.crypto.keys");
        if (StringUtils.hasText(keys)) {
            return KeyMaterial.parse(
                    keys, env.getProperty("harbour.crypto.active-key"), env.getProperty("harbour.crypto.lookup-key"));
        }
        PlatformSettings settings = PlatformSettings.of(env);
        if (!settings.demo().enabled()) {
            throw new IllegalStateException("No encryption keys are configured. Set HARBOUR_CRYPTO_KEYS, "
                    + "HARBOUR_CRYPTO_ACTIVE_KEY and HARBOUR_CRYPTO_LOOKUP_KEY (see README), or run in demo mode.");
        }
        Path file = Path.of(settings.dataDir()).resolve("keys/demo-keys.properties");
        return KeyMaterial.demo(file);
    }

    @Bean
    FieldCipher fieldCipher(KeyMaterial material) {
        return new FieldCipher(material.ring());
    }

    @Bean
    DerivedKeys derivedKeys(KeyMaterial material) {
        return new DerivedKeys(material.ring());
    }

    @Bean
    LookupHash lookupHash(KeyMaterial material) {
        return new LookupHash(material.lookupKey());
    }

    record KeyMaterial(KeyRing ring, byte[] lookupKey) {

        static KeyMaterial parse(String keys, @Nullable String active, @Nullable String lookup) {
            Map<String, SecretKey> ring = new LinkedHashMap<>();
            String last = null;
            for (String entry : keys.split(",")) {
                String[] parts = entry.trim().split(":", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException("HARBOUR_CRYPTO_KEYS entries are id:base64-key");
                }
                ring.put(parts[0], aes(decode(parts[1], "HARBOUR_CRYPTO_KEYS")));
                last = parts[0];
            }
            if (!StringUtils.hasText(lookup)) {
                throw new IllegalStateException("HARBOUR_CRYPTO_LOOKUP_KEY is required with HARBOUR_CRYPTO_KEYS");
            }
            return new KeyMaterial(
                    new KeyRing(ring, StringUtils.hasText(active) ? active : last),
                    decode(lookup, "HARBOUR_CRYPTO_LOOKUP_KEY"));
        }

        static KeyMaterial demo(Path file) throws IOException {
            Properties p = new Properties();
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    p.load(in);
                }
            } else {
                SecureRandom random = new SecureRandom();
                p.setProperty("keys", "demo1:" + randomKey(random));
                p.setProperty("active", "demo1");
                p.setProperty("lookup", randomKey(random));
                Files.createDirectories(file.getParent());
                try (Writer out = Files.newBufferedWriter(file)) {
                    p.store(out, "Harbour DEMO keys - generated locally, never use in production");
                }
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                log.warn("Generated demo encryption keys in {}", file.toAbsolutePath());
            }
            return parse(p.getProperty("keys"), p.getProperty("active"), p.getProperty("lookup"));
        }

        private static String randomKey(SecureRandom random) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        }

        private static byte[] decode(String base64, String variable) {
            try {
                byte[] key = Base64.getDecoder().decode(base64.trim());
                if (key.length != 32) {
                    throw new IllegalStateException(variable + " keys must be 32 bytes (256 bits), base64-encoded");
                }
                return key;
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(variable + " holds a key that is not valid base64");
            }
        }

        private static SecretKey aes(byte[] key) {
            return new SecretKeySpec(key, "AES");
        }
    }
}
