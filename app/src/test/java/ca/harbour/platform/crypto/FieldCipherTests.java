package ca.harbour.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTests {

    private static SecretKey key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    private static final SecretKey OLD = key();
    private static final SecretKey NEW = key();

    private static FieldCipher cipher(String active, Map.Entry<String, SecretKey>... keys) {
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        for (var e : keys) {
            ring.put(e.getKey(), e.getValue());
        }
        return new FieldCipher(new KeyRing(ring, active));
    }

    @Test
    void aValueEncryptsAndDecryptsBackToItselfWithTheKeyIdStoredInTheCiphertext() {
        FieldCipher c = cipher("k1", Map.entry("k1", OLD));
        byte[] sealed = c.encrypt("+1 416 555 0123 — Zoé", "users.phone");
        assertThat(new String(sealed)).doesNotContain("416");
        assertThat(c.keyIdOf(sealed)).isEqualTo("k1");
        assertThat(c.decrypt(sealed, "users.phone")).isEqualTo("+1 416 555 0123 — Zoé");
    }

    @Test
    void bytesThatAreNotTextEncryptAndDecryptBackUnchangedAndAreReadableAfterRotation() {
        byte[] binary = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe, (byte) 0xc3};
        FieldCipher before = cipher("k1", Map.entry("k1", OLD));
        byte[] sealed = before.encryptBytes(binary, "case_document.content");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("PNG");
        assertThat(before.decryptBytes(sealed, "case_document.content")).isEqualTo(binary);
        FieldCipher after = cipher("k2", Map.entry("k1", OLD), Map.entry("k2", NEW));
        byte[] moved = after.encryptBytes(after.decryptBytes(sealed, "case_document.content"), "case_document.content");
        assertThat(after.keyIdOf(moved)).isEqualTo("k2");
        assertThat(after.decryptBytes(moved, "case_document.content")).isEqualTo(binary);
        assertThatThrownBy(() -> after.decryptBytes(moved, "case_file.label"))
                .isInstanceOf(FieldCipher.CipherException.class);
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        FieldCipher c = cipher("k1", Map.entry("k1", OLD));
        assertThat(c.encrypt("same", "ctx")).isNotEqualTo(c.encrypt("same", "ctx"));
    }

    @Test
    void aCiphertextMovedToAnotherFieldDoesNotDecrypt() {
        FieldCipher c = cipher("k1", Map.entry("k1", OLD));
        byte[] sealed = c.encrypt("secret", "users.phone");
        assertThatThrownBy(() -> c.decrypt(sealed, "users.totp_secret"))
                .isInstanceOf(FieldCipher.CipherException.class);
    }

    @Test
    void anAlteredCiphertextIsRefused() {
        FieldCipher c = cipher("k1", Map.entry("k1", OLD));
        byte[] sealed = c.encrypt("secret", "ctx");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> c.decrypt(sealed, "ctx")).isInstanceOf(FieldCipher.CipherException.class);
        assertThatThrownBy(() -> c.decrypt(new byte[] {9, 9, 9}, "ctx"))
                .isInstanceOf(FieldCipher.CipherException.class);
    }

    @Test
    void afterRotationOldCiphertextsStillDecryptAndNewOnesUseTheNewKey() {
        byte[] underOld = cipher("k1", Map.entry("k1", OLD)).encrypt("before rotation", "ctx");
        FieldCipher rotated = cipher("k2", Map.entry("k1", OLD), Map.entry("k2", NEW));
        assertThat(rotated.decrypt(underOld, "ctx")).isEqualTo("before rotation");
        assertThat(rotated.isUnderActiveKey(underOld)).isFalse();
        byte[] underNew = rotated.encrypt("after rotation", "ctx");
        assertThat(rotated.keyIdOf(underNew)).isEqualTo("k2");
        assertThat(rotated.isUnderActiveKey(underNew)).isTrue();
    }

    @Test
    void aCiphertextUnderARetiredKeyNamesTheMissingKey() {
        byte[] underOld = cipher("k1", Map.entry("k1", OLD)).encrypt("x", "ctx");
        FieldCipher onlyNew = cipher("k2", Map.entry("k2", NEW));
        assertThatThrownBy(() -> onlyNew.decrypt(underOld, "ctx")).hasMessageContaining("k1");
    }

    @Test
    void nullsPassThrough() {
        FieldCipher c = cipher("k1", Map.entry("k1", OLD));
        assertThat(c.encrypt(null, "ctx")).isNull();
        assertThat(c.decrypt(null, "ctx")).isNull();
    }

    @Test
    void aKeyRingMustHoldItsActiveKeyAndPlainIds() {
        assertThatThrownBy(() -> new KeyRing(Map.of("k1", OLD), "k2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRing(Map.of("bad id", OLD), "bad id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRing(Map.of(), "k1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookupHashesAreStableKeyedAndSeparatedByContext() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        LookupHash h = new LookupHash(k);
        assertThat(h.hash("14165550123", "users.phone")).isEqualTo(h.hash("14165550123", "users.phone"));
        assertThat(h.hash("14165550123", "users.phone")).isNotEqualTo(h.hash("14165550123", "contacts.phone"));
        byte[] other = k.clone();
        other[0] ^= 1;
        assertThat(new LookupHash(other).hash("14165550123", "users.phone"))
                .isNotEqualTo(h.hash("14165550123", "users.phone"));
        assertThatThrownBy(() -> new LookupHash(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySpellingOfAPhoneNumberHashesAlikeAndOtherNumbersDoNot() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        LookupHash h = new LookupHash(k);
        byte[] expected = h.phone("416-555-0123", "phone");
        for (String spelling : new String[] {"(416) 555 0123", "+1 416 555 0123", "1.416.555.0123", "4165550123"}) {
            assertThat(h.phone(spelling, "phone")).as(spelling).isEqualTo(expected);
        }
        assertThat(h.phone("416-555-0124", "phone")).isNotEqualTo(expected);
        assertThat(h.phone("no digits", "phone")).isNull();
        assertThat(h.phone(null, "phone")).isNull();
    }
}
