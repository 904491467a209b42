package ca.harbour.intelligence.internal.synthetic;

import java.util.Random;

/** The ways an ad writes a North American phone number, from plain digits to spelled-out and disguised ones. */
public enum PhoneStyle {
    DASHED,
    DOTTED,
    SPACED,
    BRACKETED,
    INTERNATIONAL,
    STARRED,
    SPELLED,
    FRENCH,
    LETTERS,
    MIXED_WORDS,
    KEYCAPS;

    private static final String[] ENGLISH = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
    };
    private static final String[] FRENCH_WORDS = {
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"
    };
    private static final String KEYCAP = "\uFE0F\u20E3";

    /** The ten digits (area code, exchange, line) written in this style; {@code random} picks among variants. */
    public String write(String tenDigits, Random random) {
        String a = tenDigits.substring(0, 3);
        String b = tenDigits.substring(3, 6);
        String c = tenDigits.substring(6);
        return switch (this) {
            case DASHED -> a + "-" + b + "-" + c;
            case DOTTED -> a + "." + b + "." + c;
            case SPACED -> a + " " + b + " " + c;
            case BRACKETED -> "(" + a + ") " + b + "-" + c;
            case INTERNATIONAL -> "+1 " + a + " " + b + " " + c;
            case STARRED -> a + "*" + b + "*" + c;
            case SPELLED -> words(tenDigits, ENGLISH, " ");
            case FRENCH -> words(tenDigits, FRENCH_WORDS, " ");
            case LETTERS -> letters(a) + "-" + letters(b) + "-" + letters(c);
            case MIXED_WORDS -> mixed(a, random) + " " + mixed(b, random) + " " + mixed(c, random);
            case KEYCAPS -> keycaps(tenDigits);
        };
    }

    private static String words(String digits, String[] words, String separator) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                b.append(separator);
            }
            b.append(words[digits.charAt(i) - '0']);
        }
        return b.toString();
    }

    /**
     * Zero as a capital O and one as a lower-case l, the usual disguise ("4l6-555-Ol23"); a group of only zeros and
     * ones stays in digits, since letters that touch no digit do not stand for one.
     */
    private static String letters(String digits) {
        if (digits.chars().allMatch(ch -> ch == '0' || ch == '1')) {
            return digits;
        }
        return digits.replace('0', 'O').replace('1', 'l');
    }

    /** Some digits of a group spelled out in English, glued to the others ("4one6"). */
    private static String mixed(String digits, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            b.append(random.nextInt(3) == 0 ? ENGLISH[d] : String.valueOf(d));
        }
        return b.toString();
    }

    private static String keycaps(String digits) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            b.append(digits.charAt(i)).append(KEYCAP);
        }
        return b.toString();
    }
}
