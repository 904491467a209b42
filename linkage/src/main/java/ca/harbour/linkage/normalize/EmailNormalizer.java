package ca.harbour.linkage.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * E-mail addresses: lower case, "john at gmail dot com" and "[at]"/"(dot)" undone, the address taken out
 * of "Name &lt;address&gt;", a mailto: link and surrounding punctuation, googlemail → gmail, plus-tags
 * removed where the provider ignores them, dots in the local part removed for gmail.
 */
public final class EmailNormalizer implements Normalizer {
    private static final Pattern AT = Pattern.compile("\\s*[\\[(]\\s*at\\s*[\\])]\\s*|\\s+at\\s+");
    private static final Pattern DOT = Pattern.compile("\\s*[\\[(]\\s*dot\\s*[\\])]\\s*|\\s+dot\\s+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Set<String> PLUS_TAGS = Set.of(
            "gmail.com",
            "outlook.com",
            "hotmail.com",
            "live.com",
            "icloud.com",
            "me.com",
            "protonmail.com",
            "proton.me",
            "fastmail.com",
            "yandex.ru");

    @Override
    public String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim().toLowerCase(Locale.ROOT);
        // the address of "Name <address>", or of a mailto: link
        int open = s.lastIndexOf('<');
        int close = s.indexOf('>', open + 1);
        if (open >= 0 && close > open + 1 && s.indexOf('@', open) > open) {
            s = s.substring(open + 1, close).trim();
        }
        if (s.startsWith("mailto:")) {
            s = s.substring("mailto:".length()).trim();
        }
        // a sentence's or a list's punctuation around it ("write to john@example.com.")
        s = strip(s);
        if (s.indexOf(' ') >= 0 || s.indexOf('[') >= 0 || s.indexOf('(') >= 0) {
            s = AT.matcher(s).replaceAll("@");
            s = DOT.matcher(s).replaceAll(".");
            s = SPACE.matcher(s).replaceAll("");
        }
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            return s.isEmpty() ? null : s;
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (domain.equals("googlemail.com")) {
            domain = "gmail.com";
        }
        if (PLUS_TAGS.contains(domain)) {
            int plus = local.indexOf('+');
            if (plus > 0) {
                local = local.substring(0, plus);
            }
        }
        if (domain.equals("gmail.com")) {
            local = local.replace(".", "");
        }
        return local + "@" + domain;
    }

    /** Without the quotes, brackets and punctuation that surround an address in running text. */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && "\"'<([{,;:".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && "\"'>)]},;:.!?".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }
}
