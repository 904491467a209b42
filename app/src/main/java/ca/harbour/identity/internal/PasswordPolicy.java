package ca.harbour.identity.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable (NIST SP 800-63B style: length over composition rules, and no
 * well-known or account-derived passwords), and one-time passwords that meet it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas",
            "harbourharbour", "iloveyou1234", "welcome12345", "administrator", "changeme1234", "letmein12345");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.error.short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.error.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
            return Optional.of("password.error.common");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.username");
        }
        return Optional.empty();
    }

    /** A random 16-character one-time password, shown once and changed at first sign-in. */
    public static String oneTime() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
