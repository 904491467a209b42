package ca.harbour.linkage.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Set;

/**
 * Phone numbers to E.164 ("+14165550123") with libphonenumber. Before parsing it undoes common
 * obfuscation: spelled-out digits in English and French ("four one six", "4one6", "quatre"),
 * letters O/l/I standing for 0/1 between digits, keycap emoji and non-ASCII digits, and separators
 * of any kind (dots, spaces, emoji); words around the number ("phone:", "call") are dropped and an
 * extension ("ext 12", "x 12", "poste 221", "#12") is left out. Unparseable input keeps its digits.
 */
public final class PhoneNormalizer implements Normalizer {
    private static final String[][] WORDS = {
        {"zero", "0"},
        {"zéro", "0"},
        {"one", "1"},
        {"two", "2"},
        {"three", "3"},
        {"four", "4"},
        {"five", "5"},
        {"six", "6"},
        {"seven", "7"},
        {"eight", "8"},
        {"nine", "9"},
        {"deux", "2"},
        {"trois", "3"},
        {"quatre", "4"},
        {"cinq", "5"},
        {"sept", "7"},
        {"huit", "8"},
        {"neuf", "9"},
        {"un", "1"},
        {"oh", "0"},
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
        String ten = digits.length() == 11 && digits.charAt(0) == '1'
                ? digits.substring(1)
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

    /** Words that start an extension once a number has its digits ("ext 12", "x 12", "poste 221"). */
    private static final Set<String> EXTENSION = Set.of("ext", "extn", "extension", "x", "poste", "p");

    /**
     * Digits (and a leading +) after undoing spelled-out and disguised digits. A run of letters counts only
     * when it is wholly digit words ("four", "fourone", "quatre"), or only O, l and I touching a digit, or,
     * after seven digits or more, an extension word (or '#'), where reading stops: so the "one" in "phone"
     * or "none" is not a digit, and an extension does not lengthen the number.
     */
    static String digits(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                int end = i;
                while (end < s.length() && Character.isLetter(s.charAt(end))) {
                    end++;
                }
                String run = s.substring(i, end);
                if (count >= 7 && EXTENSION.contains(run)) {
                    break;
                }
                String spelled = spelled(run);
                if (spelled == null
                        && disguised(run)
                        && (i > 0 && Character.isDigit(s.charAt(i - 1))
                                || end < s.length() && Character.isDigit(s.charAt(end)))) {
                    spelled = run.replace('o', '0').replace('l', '1').replace('i', '1');
                }
                if (spelled != null) {
                    b.append(spelled);
                    count += spelled.length();
                }
                i = end;
                continue;
            }
            int d = Character.digit(c, 10);
            if (d >= 0) {
                b.append((char) ('0' + d));
                count++;
            } else if (c == '+' && b.length() == 0) {
                b.append('+');
            } else if (c == '#' && count >= 7) {
                break;
            }
            i++;
        }
        return b.toString();
    }

    /** The digits a run of letters spells when it is wholly digit words ("fourone" is 41), else null. */
    private static String spelled(String run) {
        // reachable[k]: the digits spelled by run[0, k), or null when no split reaches k
        String[] reachable = new String[run.length() + 1];
        reachable[0] = "";
        for (int k = 0; k < run.length(); k++) {
            if (reachable[k] == null) {
                continue;
            }
            for (String[] w : WORDS) {
                if (run.startsWith(w[0], k) && reachable[k + w[0].length()] == null) {
                    reachable[k + w[0].length()] = reachable[k] + w[1];
                }
            }
        }
        return reachable[run.length()];
    }

    /** Whether a run of letters is only O, l and I, which stand for digits when they touch one ("555 Ol23"). */
    private static boolean disguised(String run) {
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            if (c != 'o' && c != 'l' && c != 'i') {
                return false;
            }
        }
        return true;
    }
}
