package ca.harbour.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class CryptoConfigurationTests {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void productionRefusesToStartWithoutConfiguredKeys() {
        MockEnvironment env = new MockEnvironment().withProperty("harbour.demo.enabled", "false");
        assertThatThrownBy(() -> new CryptoConfiguration().keyMaterial(env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HARBOUR_CRYPTO_KEYS");
    }

    @Test
    void configuredKeysBuildARingWhoseActiveKeyIsNamedOrTheLast() throws Exception {
        MockEnvironment env = new MockEnvironment()
                .withProperty("harbour.crypto.keys", "old:" + K1 + ", new:" + K2)
                .withProperty("harbour.crypto.lookup-key", K2);
        assertThat(new CryptoConfiguration().keyMaterial(env).ring().activeKeyId())
                .isEqualTo("new");
        env.setProperty("harbour.crypto.active-key", "old");
        assertThat(new CryptoConfiguration().keyMaterial(env).ring().activeKeyId())
                .isEqualTo("old");
    }

    @Test
    void malformedKeysAreRefusedWithAMessageNamingTheVariable() {
        MockEnvironment shortKey = new MockEnvironment()
                .withProperty("harbour.crypto.keys", "k:" + "AAAA")
                .withProperty("harbour.crypto.lookup-key", K2);
        assertThatThrownBy(() -> new CryptoConfiguration().keyMaterial(shortKey))
                .hasMessageContaining("32 bytes");
        MockEnvironment noLookup = new MockEnvironment().withProperty("harbour.crypto.keys", "k:" + K1);
        assertThatThrownBy(() -> new CryptoConfiguration().keyMaterial(noLookup))
                .hasMessageContaining("LOOKUP");
        MockEnvironment garbage = new MockEnvironment()
                .withProperty("harbour.crypto.keys", "k:%%%")
                .withProperty("harbour.crypto.lookup-key", K2);
        assertThatThrownBy(() -> new CryptoConfiguration().keyMaterial(garbage)).hasMessageContaining("base64");
    }

    @Test
    void demoModeMakesLocalKeysOnceAndReusesThem(@TempDir Path dir) throws Exception {
        MockEnvironment env = new MockEnvironment()
                .withProperty("harbour.demo.enabled", "true")
                .withProperty("harbour.data-dir", dir.toString());
        var first = new CryptoConfiguration().keyMaterial(env);
        assertThat(Files.exists(dir.resolve("keys/demo-keys.properties"))).isTrue();
        var second = new CryptoConfiguration().keyMaterial(env);
        byte[] sealed = new FieldCipher(first.ring()).encrypt("kept across restarts", "ctx");
        assertThat(new FieldCipher(second.ring()).decrypt(sealed, "ctx")).isEqualTo("kept across restarts");
    }
}
