package ca.harbour.linkage.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers to E.164 ("+14165550123") with libphonenumber. Before parsing it undoes common
 * obfuscation: spelled-out digits in English and French ("four one six", "4one6", "quatre"),
 * letters O/l/I standing for 0/1 between digits, keycap emoji and non-ASCII digits, and separators
 * of any kind (dots, spaces, emoji). Unparseable input keeps its digits.
 */
public final class PhoneNormalizer implements Normalizer {
    private static final String[][] WORDS = {
        {"zero", "0"}, {"zéro", "0"}, {"one", "1"}, {"two", "2"}, {"three", "3"}, {"four", "4"},
        {"five", "5"}, {"six", "6"}, {"seven", "7"}, {"eight", "8"}, {"nine", "9"},
        {"deux", "2"}, {"trois", "3"}, {"quatre", "4"}, {"cinq", "5"}, {"sept", "7"},
        {"huit", "8"}, {"neuf", "9"}, {"un", "1"}, {"oh", "0"},
    };
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private final String region;

    /** @param region default region for numbers without a country code (e.g. "CA") */
    public PhoneNormalizer(String region) {
        this.region = region == null ? "CA" : region;
    }

    @Override
    public String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = digits(raw);
        if (digits.replace("+", "").length() < 4) {
            return null;
        }
        boolean nanp = "CA".equals(region) || "US".equals(region);
        String ten = digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1)
                : digits.startsWith("+1") && digits.length() == 12 ? digits.substring(2) : digits;
        if (nanp && ten.length() == 10 && ten.charAt(0) >= '2' && ten.charAt(3) >= '2') {
            return "+1" + ten;
        }
        try {
            PhoneNumber n = UTIL.parse(digits, region);
            if (UTIL.isPossibleNumber(n)) {
                return UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // fall through: keep the digits
        }
        return digits;
    }

    /** Digits (and a leading +) after undoing spelled-out and disguised digits. */
    static String digits(String raw) {
        String s = raw.toLowerCase(java.util.Locale.ROOT);
        if (hasLetters(s)) {
            for (String[] w : WORDS) {
                s = s.replace(w[0], w[1]);
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                b.append((char) ('0' + d));
            } else if (c == '+' && b.length() == 0) {
                b.append('+');
            } else if ((c == 'o' || c == 'l' || c == 'i') && loneLetterNearDigit(s, i)) {
                b.append(c == 'o' ? '0' : '1');
            }
        }
        return b.toString();
    }

    private static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A letter standing alone among digits and separators ("4l6", "555 Ol23"), not part of a word. */
    private static boolean loneLetterNearDigit(String s, int i) {
        boolean prevLetter = i > 0 && Character.isLetter(s.charAt(i - 1)) && !isDigitLike(s.charAt(i - 1));
        boolean nextLetter = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)) && !isDigitLike(s.charAt(i + 1));
        boolean digitNear = (i > 0 && isDigitOrLike(s.charAt(i - 1))) || (i + 1 < s.length() && isDigitOrLike(s.charAt(i + 1)));
        return !prevLetter && !nextLetter && digitNear;
    }

    private static boolean isDigitLike(char c) {
        return c == 'o' || c == 'l' || c == 'i';
    }

    private static boolean isDigitOrLike(char c) {
        return Character.isDigit(c) || isDigitLike(c);
    }
}
