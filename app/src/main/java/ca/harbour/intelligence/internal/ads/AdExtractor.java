package ca.harbour.intelligence.internal.ads;

import ca.harbour.intelligence.internal.ads.Extraction.Found;
import ca.harbour.intelligence.internal.ads.Extraction.How;
import ca.harbour.intelligence.internal.ads.Extraction.Where;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.linkage.normalize.EmailNormalizer;
import ca.harbour.linkage.normalize.PhoneNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phones, e-mails, handles, ages, cities and prices in an ad's title and body and in its explicit columns.
 * Phone numbers are found by a tokenizer that keeps runs of digits, digit words and separators and hands each run
 * of ten (or eleven, with the leading 1) digits to the linkage engine's {@link PhoneNormalizer}; a run counts only
 * when it normalises to a plausible North American number. Thread-safe.
 */
public final class AdExtractor {

    private static final PhoneNormalizer PHONES = new PhoneNormalizer("CA");
    private static final EmailNormalizer EMAILS = new EmailNormalizer();
    private static final Pattern NANP = Pattern.compile("\\+1[2-9]\\d\\d[2-9]\\d{6}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern DATE_OR_TIME =
            Pattern.compile("\\b\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}\\b|\\b\\d{1,2}[:h]\\d{2}\\b");
    private static final Pattern TOKEN_BREAK = Pattern.compile("[\\s,;:!?]+");
    private static final String PLAIN_SEPARATORS = "-.()+/";
    private static final Map<String, Integer> DIGIT_WORDS = new LinkedHashMap<>();
    private static final String DIGIT_WORD_STARTS = "zotfsenudqch";

    static {
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        String[] fr = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"};
        for (int i = 0; i < 10; i++) {
            DIGIT_WORDS.put(en[i], i);
            DIGIT_WORDS.put(fr[i], i);
        }
        DIGIT_WORDS.put("zero", 0);
        DIGIT_WORDS.put("oh", 0);
    }

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final String TLD = "(?:com|ca|net|org|fr|me|io|co|info|qc\\.ca)";
    private static final Pattern SPELLED_EMAIL = Pattern.compile(
            "\\b([a-z0-9][a-z0-9._+-]{1,63})\\s*(?:[\\[({]\\s*(?:at|arobase)\\s*[\\])}]|\\s(?:at|arobase)\\s)\\s*"
                    + "([a-z0-9-]{2,63})\\s*(?:[\\[({]\\s*(?:dot|point)\\s*[\\])}]|\\s(?:dot|point)\\s|\\.)\\s*("
                    + TLD + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_WORD =
            Pattern.compile("[\\s\\[({](?:at|arobase)[\\s\\])}]", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_HANDLE = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9_.]{3,30})(?![\\w@])");
    private static final Pattern NAMED_HANDLE = Pattern.compile(
            "\\b(?:snap(?:chat)?|ig|insta(?:gram)?|kik|telegram|twitter|onlyfans|whatsapp)"
                    + "\\s*[:=-]?\\s*@?([A-Za-z][A-Za-z0-9_.]{2,29})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_HANDLES = Set.of(
            "me", "only", "the", "and", "for", "text", "call", "here", "name", "les", "pour", "avec", "add", "dm");

    private static final Pattern AGE_AFTER = Pattern.compile("\\b(\\d{2}) ?(?:yo|y o|yrs|yr|years|year|ans)\\b");
    private static final Pattern AGE_BEFORE = Pattern.compile("\\b(?:age|aged|agee|ag) (\\d{2})\\b");
    private static final Map<String, Integer> AGE_WORDS = new LinkedHashMap<>();

    static {
        String[] teensEn = {
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
        };
        String[] teensFr = {"onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf"
        };
        for (int i = 0; i < teensEn.length; i++) {
            AGE_WORDS.put(teensEn[i], 11 + i);
            AGE_WORDS.put(teensFr[i], 11 + i);
        }
        String[] unitsEn = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        String[] unitsFr = {"", "et un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"};
        String[][] tens = {{"twenty", "vingt"}, {"thirty", "trente"}, {"forty", "quarante"}};
        for (int t = 0; t < tens.length; t++) {
            for (int u = 0; u < 10; u++) {
                int age = 20 + 10 * t + u;
                AGE_WORDS.put((tens[t][0] + " " + unitsEn[u]).strip(), age);
                AGE_WORDS.put((tens[t][1] + " " + unitsFr[u]).strip(), age);
            }
        }
    }

    private static final Pattern PRICE = Pattern.compile(
            "\\$ ?(\\d{2,5})(?![\\d])|(?<![\\d.])(\\d{2,5}) ?(?:\\$|dollars?\\b|roses\\b|rs?\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Everything found in one ad. */
    public Extraction extract(AdRecord ad) {
        Map<String, Found> ids = new LinkedHashMap<>();
        for (String phone : ad.phones()) {
            String n = PHONES.normalize(phone);
            if (n != null && E164.matcher(n).matches()) {
                add(ids, new Found(EntityKind.PHONE, n, n, Where.FIELD, How.PLAIN));
            }
        }
        for (String email : ad.emails()) {
            String n = EMAILS.normalize(email);
            if (n != null && EMAIL.matcher(n).matches()) {
                add(ids, new Found(EntityKind.EMAIL, n, n, Where.FIELD, How.PLAIN));
            }
        }
        for (String handle : ad.handles()) {
            String n = handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
            if (n.matches("[a-z0-9_.]{2,30}")) {
                add(ids, new Found(EntityKind.HANDLE, n, "@" + n, Where.FIELD, How.PLAIN));
            }
        }
        List<Integer> ages = new ArrayList<>();
        Set<String> cities = new LinkedHashSet<>();
        List<BigDecimal> prices = new ArrayList<>();
        if (ad.city() != null) {
            String city = CanadianCities.canonical(ad.city());
            cities.add(city != null ? city : ad.city());
        }
        String title = text(ad.title(), Where.TITLE, ids, ages, cities, prices);
        String body = text(ad.body(), Where.BODY, ids, ages, cities, prices);
        String folded = title.isEmpty() || body.isEmpty() ? title + body : title + " " + body;
        return new Extraction(List.copyOf(ids.values()), ages, cities, prices, folded);
    }

    private static void add(Map<String, Found> ids, Found found) {
        ids.putIfAbsent(found.kind() + ":" + found.normalised(), found);
    }

    /** Extracts what the text names; answers it folded. */
    private String text(
            String text,
            Where where,
            Map<String, Found> ids,
            List<Integer> ages,
            Set<String> cities,
            List<BigDecimal> prices) {
        if (text.isEmpty()) {
            return "";
        }
        phones(text, where).forEach(f -> add(ids, f));
        String lower = text.toLowerCase(Locale.ROOT);
        boolean at = text.indexOf('@') >= 0;
        Matcher m;
        if (at) {
            m = EMAIL.matcher(text);
            while (m.find()) {
                String n = EMAILS.normalize(m.group());
                add(ids, new Found(EntityKind.EMAIL, n, n, where, How.PLAIN));
            }
            m = AT_HANDLE.matcher(text);
            while (m.find()) {
                handle(ids, m.group(1), where);
            }
        }
        // the spelled-out form is looked for only when its words are there (the pattern is the costliest)
        if ((lower.contains("at") || lower.contains("arobase")) && (lower.contains("dot") || lower.contains("point"))) {
            m = SPELLED_EMAIL.matcher(text);
            m.useTransparentBounds(true);
            Matcher marker = AT_WORD.matcher(text);
            while (marker.find()) {
                m.region(Math.max(0, marker.start() - 65), Math.min(text.length(), marker.end() + 80));
                if (!m.find()) {
                    continue;
                }
                String n = (m.group(1) + "@" + m.group(2) + "." + m.group(3)).toLowerCase(Locale.ROOT);
                n = EMAILS.normalize(n);
                add(ids, new Found(EntityKind.EMAIL, n, n, where, How.SPELLED));
            }
        }
        each(
                NAMED_HANDLE.matcher(text),
                text,
                i -> "sSiIkKtToOwW".indexOf(text.charAt(i)) >= 0,
                r -> handle(ids, r.group(1), where));
        String folded = CanadianCities.fold(text);
        if (folded.contains("ag")) {
            each(
                    AGE_BEFORE.matcher(folded),
                    folded,
                    i -> folded.startsWith("ag", i),
                    r -> age(ages, Integer.parseInt(r.group(1))));
        }
        if (folded.contains("y") || folded.contains("ans")) {
            each(
                    AGE_AFTER.matcher(folded),
                    folded,
                    i -> digitStarts(folded, i),
                    r -> age(ages, Integer.parseInt(r.group(1))));
            spelledAges(folded, ages);
        }
        cities.addAll(CanadianCities.in(folded));
        each(PRICE.matcher(text), text, i -> text.charAt(i) == '$' || digitStarts(text, i), r -> {
            String digits = r.group(1) != null ? r.group(1) : r.group(2);
            prices.add(new BigDecimal(digits));
        });
        return folded;
    }

    /**
     * What {@code while (m.find())} would give, trying the pattern only at positions where {@code canStart} says a
     * match can begin (its first character): the same matches in the same order, without running the pattern at
     * every position of the text, which was most of the extraction's time. The bounds are transparent, so
     * look-behinds and word boundaries see the text before each position.
     */
    static void each(Matcher m, String text, IntPredicate canStart, Consumer<MatchResult> found) {
        m.useTransparentBounds(true);
        int n = text.length();
        int from = 0;
        while (from < n) {
            int p = from;
            while (p < n && !canStart.test(p)) {
                p++;
            }
            if (p == n) {
                return;
            }
            m.region(p, n);
            if (m.lookingAt() && m.end() > p) {
                found.accept(m.toMatchResult());
                from = m.end();
            } else {
                from = p + 1;
            }
        }
    }

    /** An ASCII digit that does not follow another: where a number starts. */
    private static boolean digitStarts(String s, int i) {
        return isDigit(s.charAt(i)) && (i == 0 || !isDigit(s.charAt(i - 1)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A digit followed by a separator of a date or a time (2026-03-01, 10:30, 9h30): else no date or time. */
    private static boolean mayHoldDateOrTime(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (isDigit(s.charAt(i)) && ":h-/".indexOf(s.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void handle(Map<String, Found> ids, String raw, Where where) {
        String n = raw.toLowerCase(Locale.ROOT).replaceAll("\\.+$", "");
        if (n.length() >= 3 && !NOT_HANDLES.contains(n)) {
            add(ids, new Found(EntityKind.HANDLE, n, "@" + n, where, How.PLAIN));
        }
    }

    /** Ages written in words: the one to three words before a word for years, as in dix neuf ans. */
    private static void spelledAges(String folded, List<Integer> ages) {
        String[] words = folded.split(" ");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            boolean suffix = w.equals("ans")
                    || w.equals("yo")
                    || i + 1 < words.length
                            && words[i + 1].equals("old")
                            && (w.equals("years") || w.equals("year") || w.equals("yrs") || w.equals("yr"));
            if (!suffix) {
                continue;
            }
            for (int n = Math.min(3, i); n >= 1; n--) {
                Integer age =
                        AGE_WORDS.get(String.join(" ", Arrays.asList(words).subList(i - n, i)));
                if (age != null) {
                    age(ages, age);
                    break;
                }
            }
        }
    }

    private static void age(List<Integer> ages, int age) {
        if (age >= 12 && age <= 70 && !ages.contains(age)) {
            ages.add(age);
        }
    }

    // a token of a possible phone number: its text, how many digits it stands for, and how it is written
    private record Token(String text, int digits, char firstDigit, How how) {}

    /** The phone numbers written in a text, in any of the written forms the normaliser undoes. */
    static List<Found> phones(String text, Where where) {
        List<Found> found = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        int count = 0;
        // a date or a time of day is never part of a phone number
        String cleaned = mayHoldDateOrTime(text) ? DATE_OR_TIME.matcher(text).replaceAll(" date ") : text;
        for (String raw : TOKEN_BREAK.split(cleaned)) {
            Token t = token(raw);
            if (t == null) {
                emit(run, where, found);
                run.clear();
                count = 0;
                continue;
            }
            if (t.digits() == 0) {
                continue;
            }
            char first = run.isEmpty() ? t.firstDigit() : run.get(0).firstDigit();
            int limit = first == '1' ? 11 : 10;
            while (!run.isEmpty() && count + t.digits() > limit) {
                if (!emit(run, where, found)) {
                    // a digit word before a written number ("two 416 555 0123") is not part of it
                    count -= run.remove(0).digits();
                } else {
                    run.clear();
                    count = 0;
                }
                first = run.isEmpty() ? t.firstDigit() : run.get(0).firstDigit();
                limit = first == '1' ? 11 : 10;
            }
            run.add(t);
            count += t.digits();
            if (count == limit) {
                if (emit(run, where, found)) {
                    run.clear();
                    count = 0;
                }
            }
        }
        emit(run, where, found);
        return found;
    }

    private static boolean emit(List<Token> run, Where where, List<Found> found) {
        if (run.isEmpty()) {
            return false;
        }
        int total = 0;
        How how = How.PLAIN;
        StringBuilder b = new StringBuilder();
        for (Token t : run) {
            total += t.digits();
            how = t.how().ordinal() > how.ordinal() ? t.how() : how;
            b.append(t.text()).append(' ');
        }
        if (total < 10 || total > 11) {
            return false;
        }
        String n = PHONES.normalize(b.toString());
        if (n == null || !NANP.matcher(n).matches()) {
            return false;
        }
        found.add(new Found(EntityKind.PHONE, n, n, where, how));
        return true;
    }

    /**
     * A whitespace-separated piece of text read as part of a phone number, or null when it cannot be one: letter
     * runs must be digit words, or O, l and I touching a digit; other characters are digits or separators.
     */
    private static Token token(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        int digits = 0;
        char first = 0;
        How how = How.PLAIN;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                int end = i;
                while (end < s.length() && Character.isLetter(s.charAt(end))) {
                    end++;
                }
                String spelled = spelled(s.substring(i, end));
                if (spelled == null) {
                    boolean touches = i > 0 && Character.isDigit(s.charAt(i - 1))
                            || end < s.length() && Character.isDigit(s.charAt(end));
                    if (!touches || !disguised(s, i, end)) {
                        return null;
                    }
                    spelled = s.substring(i, end)
                            .replace('o', '0')
                            .replace('l', '1')
                            .replace('i', '1');
                    how = How.OBFUSCATED.ordinal() > how.ordinal() ? How.OBFUSCATED : how;
                } else {
                    how = How.SPELLED;
                }
                if (first == 0) {
                    first = spelled.charAt(0);
                }
                digits += spelled.length();
                i = end;
                continue;
            }
            int d = Character.digit(c, 10);
            if (d >= 0) {
                if (first == 0) {
                    first = (char) ('0' + d);
                }
                digits++;
                if (c > '9' && how == How.PLAIN) {
                    how = How.OBFUSCATED;
                }
            } else if (Character.isLetterOrDigit(c)) {
                return null;
            } else if (PLAIN_SEPARATORS.indexOf(c) < 0 && how == How.PLAIN) {
                how = How.OBFUSCATED;
            }
            i++;
        }
        return new Token(raw, digits, first, how);
    }

    /** Whether the letters from {@code from} up to {@code to} are only O, l and I, which stand for digits. */
    private static boolean disguised(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != 'o' && c != 'l' && c != 'i') {
                return false;
            }
        }
        return true;
    }

    /** The digits a run of letters spells when it is wholly digit words (fourone is 41), else null. */
    private static String spelled(String run) {
        if (DIGIT_WORD_STARTS.indexOf(run.charAt(0)) < 0) {
            return null;
        }
        String[] reachable = new String[run.length() + 1];
        reachable[0] = "";
        for (int k = 0; k < run.length(); k++) {
            if (reachable[k] == null) {
                continue;
            }
            for (Map.Entry<String, Integer> w : DIGIT_WORDS.entrySet()) {
                int end = k + w.getKey().length();
                if (run.startsWith(w.getKey(), k) && reachable[end] == null) {
                    reachable[end] = reachable[k] + w.getValue();
                }
            }
        }
        return reachable[run.length()];
    }
}
