package ca.harbour.linkage.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of person names, such as an authors column, in any of the usual forms: "J. Smith, A. Jones",
 * "Smith J; Jones A", "Smith, J., Jones, A.", "John Smith and Anne Jones". The canonical form is each person as
 * {@code family/given} (folded, the given names as written: full or initials, space separated), sorted and
 * joined by {@code ;}: {@code jones/a;smith/j}. Order of authors is not compared; see
 * {@code ca.harbour.linkage.compare.NameLists}.
 */
public final class NameListNormalizer implements Normalizer {
    private static final Pattern PARTS =
            Pattern.compile("\\s*(?:;|\\||\\s+and\\s+|\\s+&\\s+|\\s+et\\s+|&)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PARTICLES =
            Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ter", "ten");
    /** "et al.", "and others" at the end: the list goes on, unnamed. */
    private static final Pattern OTHERS =
            Pattern.compile("[,;]?\\s*(?:et\\s+al\\.?|and\\s+others|et\\s+autres)\\s*$", Pattern.CASE_INSENSITIVE);

    @Override
    public String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        List<String> people = new ArrayList<>();
        for (String part : PARTS.split(OTHERS.matcher(raw.trim()).replaceFirst(""))) {
            String[] chunks = part.split(",");
            List<String> c = new ArrayList<>();
            for (String x : chunks) {
                if (!x.isBlank()) {
                    c.add(x.trim());
                }
            }
            if (c.size() >= 2 && c.size() % 2 == 0 && familyGivenPairs(c)) {
                for (int i = 0; i < c.size(); i += 2) {
                    add(people, Text.fold(c.get(i)), given(c.get(i + 1)));
                }
            } else {
                for (String name : c) {
                    person(people, name);
                }
            }
        }
        if (people.isEmpty()) {
            return null;
        }
        people.sort(null);
        return String.join(";", people);
    }

    /**
     * Whether chunks split at commas are family names each followed by its given names ("Smith, J., Jones,
     * A." or "Smith, John"): every second chunk is initials, or there are two chunks of one word each.
     */
    private static boolean familyGivenPairs(List<String> c) {
        if (c.size() == 2 && !c.get(0).contains(" ") && !c.get(1).contains(" ")) {
            return true;
        }
        for (int i = 1; i < c.size(); i += 2) {
            if (!initials(c.get(i)) || initials(c.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a chunk is only initials: "J.", "J. P.", "JP", "J-P". */
    private static boolean initials(String s) {
        String t = s.trim();
        if (t.length() <= 3 && t.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')) {
            return true;
        }
        for (String w : t.split("[\\s.\\-]+")) {
            if (w.length() > 1) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    /** One name written as one string: "J. Smith", "John Smith", "Smith J", "Smith JA", "van der Berg A". */
    private static void person(List<String> people, String name) {
        String[] raw = name.trim().split("\\s+");
        if (raw.length == 1) {
            add(people, Text.fold(raw[0]), "");
            return;
        }
        String last = raw[raw.length - 1];
        boolean familyFirst = !initials(raw[0]) && initials(last);
        if (familyFirst) {
            StringBuilder family = new StringBuilder();
            for (int i = 0; i < raw.length - 1; i++) {
                family.append(i > 0 ? " " : "").append(raw[i]);
            }
            add(people, Text.fold(family.toString()), given(last));
            return;
        }
        int start = raw.length - 1;
        while (start > 1 && PARTICLES.contains(raw[start - 1].toLowerCase(java.util.Locale.ROOT))) {
            start--;
        }
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < start; i++) {
            given.append(i > 0 ? " " : "").append(raw[i]);
        }
        StringBuilder family = new StringBuilder();
        for (int i = start; i < raw.length; i++) {
            family.append(i > start ? " " : "").append(raw[i]);
        }
        add(people, Text.fold(family.toString()), given(given.toString()));
    }

    /** Given names folded; initials written together ("JA", "J.-P.") become separate letters. */
    private static String given(String raw) {
        String t = raw.trim();
        if (t.length() <= 3 && t.length() > 1 && t.chars().allMatch(Character::isUpperCase)) {
            return String.join(" ", t.toLowerCase(java.util.Locale.ROOT).split(""));
        }
        String f = Text.fold(t);
        return f == null ? "" : f;
    }

    private static void add(List<String> people, String family, String given) {
        if (family == null || family.isEmpty()) {
            return;
        }
        people.add(family + "/" + given);
    }
}
