package ca.harbour.linkage.normalize;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.Set;

/** Text folding shared by the normalisers: case, accents, punctuation and whitespace. */
public final class Text {

    private Text() {}

    /**
     * Lower-cases, strips accents (é → e, ß → ss, œ → oe), turns punctuation into spaces and collapses
     * whitespace. Returns null for null or blank results.
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        String t = ascii ? s : stripAccents(s);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '’') {
                continue;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static String stripAccents(String s) {
        String d = java.text.Normalizer.normalize(s, Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß':
                    b.append("ss");
                    break;
                case 'œ':
                case 'Œ':
                    b.append("oe");
                    break;
                case 'æ':
                case 'Æ':
                    b.append("ae");
                    break;
                case 'ø':
                case 'Ø':
                    b.append('o');
                    break;
                case 'ł':
                case 'Ł':
                    b.append('l');
                    break;
                case 'đ':
                case 'Đ':
                    b.append('d');
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Words that abbreviate or spell a saint's title: St, Ste, Saint, Sainte. */
    static final Set<String> SAINT = Set.of("st", "ste", "saint", "sainte");

    /**
     * A folded name with "st", "ste" and "sainte" before another word written "saint": Quebec's places and
     * families are spelled both ways (St-Jérôme and Saint-Jérôme, Ste-Marie and Sainte-Marie).
     */
    public static String saints(String folded) {
        if (folded == null || folded.indexOf(' ') < 0) {
            return folded;
        }
        String[] t = folded.split(" ");
        boolean any = false;
        for (int k = 0; k + 1 < t.length; k++) {
            if (SAINT.contains(t[k]) && !t[k].equals("saint")) {
                t[k] = "saint";
                any = true;
            }
        }
        return any ? String.join(" ", t) : folded;
    }

    /** Removes all spaces of a folded string. */
    public static String squash(String folded) {
        return folded == null ? null : folded.replace(" ", "");
    }
}
