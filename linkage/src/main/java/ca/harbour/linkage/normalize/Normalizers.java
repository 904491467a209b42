package ca.harbour.linkage.normalize;

import ca.harbour.linkage.model.FieldSpec;
import java.util.Locale;

/** The default {@link Normalizer} for each field kind. */
public final class Normalizers {

    private Normalizers() {}

    /** Normaliser for a field, chosen by its kind and options. */
    public static Normalizer forField(FieldSpec f) {
        switch (f.kind()) {
            case GIVEN_NAME:
            case FAMILY_NAME:
                return new NameNormalizer(false);
            case FULL_NAME:
                return new NameNormalizer(true);
            case DATE:
                return new DateNormalizer(f.dateOrder());
            case PHONE:
                return new PhoneNormalizer(f.region());
            case EMAIL:
                return new EmailNormalizer();
            case ADDRESS:
                return new AddressNormalizer();
            case POSTCODE:
            case IDENTIFIER:
                return Normalizers::alphanumeric;
            case NUMERIC:
                return Normalizers::numeric;
            case CITY:
                return raw -> Text.saints(Text.fold(raw));
            case TEXT:
                return Normalizers::text;
            case PERSON_NAMES:
                return new NameListNormalizer();
            default:
                return Text::fold;
        }
    }

    /**
     * Free text folded (case, accents, punctuation), with a code written with joining marks made one word:
     * in a word of letters and digits both, hyphens, dots and slashes go ("KDL-32L5000" and "DMC-FX07" are
     * "kdl32l5000" and "dmcfx07", as another shop writes them), where elsewhere they part words as other
     * punctuation does ("2019-03-16", "wi-fi", "Jean-Pierre").
     */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            // a word: letters and digits, joined by marks that stand between two of them
            int end = i;
            boolean letter = false;
            boolean digit = false;
            while (end < raw.length()) {
                char c = raw.charAt(end);
                if (Character.isLetterOrDigit(c)) {
                    letter |= Character.isLetter(c);
                    digit |= Character.isDigit(c);
                    end++;
                } else if (isJoiner(c)
                        && end > i
                        && end + 1 < raw.length()
                        && Character.isLetterOrDigit(raw.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            if (end == i) {
                b.append(raw.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                char c = raw.charAt(k);
                if (!(letter && digit && isJoiner(c))) {
                    b.append(c);
                }
            }
            i = end;
        }
        return Text.fold(b.toString());
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '/';
    }

    /** Upper-case letters and digits only ("h2x 1y4" → "H2X1Y4", "123-45-678" → "12345678"). */
    public static String alphanumeric(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * A number in plain decimal form, or the folded text when the value holds no single number. Amounts are
     * written in English and French ways: "1,200.50", "1 200,50 $", "1.200,50 €", "CA$ 45", "45.00 CAD",
     * "12,5 kg". Currency signs, codes and units before or after the number are dropped. A separator that is
     * the only one of its kind and is followed by exactly three digits is read as grouping ("1,200" is twelve
     * hundred, "1,20" one point two); where both kinds appear, the last is the decimal mark.
     */
    public static String numeric(String raw) {
        if (raw == null) {
            return null;
        }
        String number = plainNumber(raw);
        if (number == null) {
            String f = Text.fold(raw);
            return f == null ? null : f.toLowerCase(Locale.ROOT);
        }
        try {
            double d = Double.parseDouble(number);
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The one number in {@code raw} as Java writes it ("-1200.5"), or null. */
    private static String plainNumber(String raw) {
        int from = 0;
        int to = raw.length();
        // letters, currency signs and spaces around the number: "CA$ 45", "45,00 $", "12 kg", "USD -3"
        while (from < to && !isNumberStart(raw, from)) {
            char c = raw.charAt(from);
            if (!(Character.isLetter(c)
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.CURRENCY_SYMBOL)) {
                return null;
            }
            from++;
        }
        while (to > from && !Character.isDigit(raw.charAt(to - 1))) {
            char c = raw.charAt(to - 1);
            if (!(Character.isLetter(c)
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || c == '.'
                    || Character.getType(c) == Character.CURRENCY_SYMBOL)) {
                return null;
            }
            to--;
        }
        if (from >= to) {
            return null;
        }
        StringBuilder digits = new StringBuilder(to - from);
        int commas = 0;
        int dots = 0;
        int lastComma = -1;
        int lastDot = -1;
        // where each separator stands, as the number of digits (and sign) before it
        int[] at = new int[to - from];
        int separators = 0;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (Character.isDigit(c)) {
                digits.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == ',') {
                commas++;
                lastComma = digits.length();
                at[separators++] = digits.length();
            } else if (c == '.') {
                dots++;
                lastDot = digits.length();
                at[separators++] = digits.length();
            } else if ((c == '-' || c == '+') && i == from) {
                if (c == '-') {
                    digits.append('-');
                }
            } else if (!(c == '\'' || c == '\u2019' || Character.isSpaceChar(c) || Character.isWhitespace(c))) {
                return null; // 1'200, 1 200 and the French spaces group thousands; anything else is no number
            }
        }
        // the decimal mark: the last separator where both kinds appear; a lone comma unless three digits
        // follow it; a lone dot; none where one kind appears several times (it groups thousands)
        int decimal = -1;
        int marks = 0;
        if (commas > 0 && dots > 0) {
            decimal = Math.max(lastComma, lastDot);
            marks = decimal == lastComma ? commas : dots;
        } else if (commas == 1 && digits.length() - lastComma != 3) {
            decimal = lastComma;
            marks = 1;
        } else if (dots == 1) {
            decimal = lastDot;
            marks = 1;
        }
        if (marks > 1) {
            return null;
        }
        // the other separators group thousands: three digits after each ("1.5.2019" is no number)
        int sign = digits.length() > 0 && digits.charAt(0) == '-' ? 1 : 0;
        int previous = -1;
        for (int k = 0; k < separators; k++) {
            if (at[k] == decimal) {
                continue;
            }
            int next = k + 1 < separators ? at[k + 1] : decimal >= 0 ? decimal : digits.length();
            if (next - at[k] != 3 || (previous < 0 && (at[k] - sign < 1 || at[k] - sign > 3))) {
                return null;
            }
            previous = at[k];
        }
        String whole = decimal < 0 ? digits.toString() : digits.substring(0, decimal);
        String frac = decimal < 0 ? "" : digits.substring(decimal);
        if (whole.isEmpty() || whole.equals("-")) {
            whole += "0";
        }
        return frac.isEmpty() ? whole : whole + "." + frac;
    }

    private static boolean isNumberStart(String s, int i) {
        char c = s.charAt(i);
        if (Character.isDigit(c)) {
            return true;
        }
        return (c == '-' || c == '+' || c == '.' || c == ',')
                && i + 1 < s.length()
                && Character.isDigit(s.charAt(i + 1));
    }
}
