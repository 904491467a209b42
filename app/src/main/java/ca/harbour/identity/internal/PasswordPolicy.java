package ca.harbour.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a password acceptable (NIST SP 800-63B style: length over composition rules, and no
 * well-known or context-derived passwords), and one-time passwords that meet it.
 *
 * <p>Refused, each with its own message: fewer than 12 or more than 128 characters; anything that contains
 * "harbour" (or "harbor") or the username, even with letters swapped for look-alike digits or symbols and
 * separators added ("H@rb0ur-2026", "J.o.r.d.a.n"); and anything on the bundled list of 437,000 common
 * and breached passwords ({@link CommonPasswords}), as typed, lowercased, with leading and trailing digits
 * and symbols removed ("Dragon2026!!!" is "dragon"), or with look-alike digits and symbols read as letters
 * ("P@55w0rd" is "password").
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** The service's own name: the first guess of anyone attacking it. */
    private static final List<String> SERVICE_NAMES = List.of("harbour", "harbor");
    /** Parts of a username shorter than this ("t" of "jordan.t") are too common to refuse. */
    private static final int MIN_USERNAME_PART = 4;

    private static final Pattern DECORATION = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern USERNAME_SEPARATORS = Pattern.compile("[._-]+");
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
        String skeleton = skeleton(password);
        if (SERVICE_NAMES.stream().anyMatch(name -> skeleton.contains(skeleton(name)))) {
            return Optional.of("password.error.harbour");
        }
        if (username != null && usernameParts(username).stream().anyMatch(skeleton::contains)) {
            return Optional.of("password.error.username");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() < 5 || variants(lower).stream().anyMatch(CommonPasswords::contains)) {
            return Optional.of("password.error.common");
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

    /**
     * A form for "contains" checks: lowercase, look-alike digits and symbols as letters (1, l, ! and | all
     * become i, as either may stand for the other), everything but letters and digits dropped.
     */
    static String skeleton(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            char mapped = switch (c) {
                case '0' -> 'o';
                case '1', 'l', '!', '|' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7', '+' -> 't';
                case '8' -> 'b';
                case '9' -> 'g';
                default -> c;
            };
            if (Character.isLetterOrDigit(mapped)) {
                sb.append(mapped);
            }
        }
        return sb.toString();
    }

    /** The whole username and its parts between dots, dashes and underscores, as skeletons worth refusing. */
    private static List<String> usernameParts(String username) {
        List<String> parts = new ArrayList<>();
        String whole = skeleton(username);
        if (!whole.isEmpty()) {
            parts.add(whole);
        }
        for (String part : USERNAME_SEPARATORS.split(username)) {
            String s = skeleton(part);
            if (s.length() >= MIN_USERNAME_PART) {
                parts.add(s);
            }
        }
        return parts;
    }

    /** The forms looked up in the common list: as typed (lowercased), trimmed of decoration, de-leeted. */
    private static List<String> variants(String lower) {
        String core = DECORATION.matcher(lower).replaceAll("");
        List<String> variants = new ArrayList<>(List.of(lower, core));
        for (String s : List.of(lower, core)) {
            variants.add(unleet(s, 'i'));
            variants.add(unleet(s, 'l'));
        }
        return variants;
    }

    /** Look-alike digits and symbols read as the letters they stand for; {@code one} is the letter for 1 and !. */
    private static String unleet(String s, char one) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1', '!' -> one;
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return sb.toString();
    }
}
