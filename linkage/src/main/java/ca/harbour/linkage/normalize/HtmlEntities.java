package ca.harbour.linkage.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references in a value scraped or exported from a web page: numeric
 * ({@code &#252;}, {@code &#xFC;}) and named ({@code &uuml;}, {@code &amp;}, {@code &eacute;}, the Latin-1
 * names and a few typographic ones). A reference that is not one (a bare {@code &}, an unknown name) is kept
 * as written.
 */
public final class HtmlEntities {
    /** The HTML 4 names of the characters U+00A0 to U+00FF, in order. */
    private static final String LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy"
            + " reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34"
            + " iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute"
            + " Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute"
            + " THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave"
            + " iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml"
            + " yacute thorn yuml";

    private static final Map<String, Character> NAMED = new HashMap<>();

    static {
        String[] names = LATIN1.split(" ");
        for (int i = 0; i < names.length; i++) {
            NAMED.put(names[i], (char) (0xA0 + i));
        }
        NAMED.put("amp", '&');
        NAMED.put("lt", '<');
        NAMED.put("gt", '>');
        NAMED.put("quot", '"');
        NAMED.put("apos", '\'');
        NAMED.put("OElig", 'Œ');
        NAMED.put("oelig", 'œ');
        NAMED.put("Scaron", 'Š');
        NAMED.put("scaron", 'š');
        NAMED.put("Yuml", 'Ÿ');
        NAMED.put("ndash", '–');
        NAMED.put("mdash", '—');
        NAMED.put("lsquo", '‘');
        NAMED.put("rsquo", '’');
        NAMED.put("ldquo", '“');
        NAMED.put("rdquo", '”');
        NAMED.put("hellip", '…');
        NAMED.put("euro", '€');
    }

    private HtmlEntities() {}

    /** {@code s} with its character references decoded (the same string when it has none). */
    public static String decode(String s) {
        int amp = s == null ? -1 : s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i + 1) : -1;
            int code = semi > i + 1 && semi - i <= 10 ? reference(s, i + 1, semi) : -1;
            if (code >= 0) {
                b.appendCodePoint(code);
                i = semi + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The code point of the reference between {@code &} and {@code ;}, or -1 when it is none. */
    private static int reference(String s, int from, int to) {
        if (s.charAt(from) != '#') {
            Character c = NAMED.get(s.substring(from, to));
            return c == null ? -1 : c;
        }
        boolean hex = from + 1 < to && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X');
        int start = from + (hex ? 2 : 1);
        if (start == to) {
            return -1;
        }
        int v = 0;
        for (int k = start; k < to; k++) {
            int d = Character.digit(s.charAt(k), hex ? 16 : 10);
            if (d < 0) {
                return -1;
            }
            v = v * (hex ? 16 : 10) + d;
        }
        return v > 0 && Character.isValidCodePoint(v) && (v < 0xD800 || v > 0xDFFF) ? v : -1;
    }
}
