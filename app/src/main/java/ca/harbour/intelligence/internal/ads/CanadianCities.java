package ca.harbour.intelligence.internal.ads;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A gazetteer of Canadian cities: the largest population centres of Statistics Canada's 2021 Census (names typed by
 * us from the census's list of population centres, a public government table), with the common short forms and
 * French names. Finds them in folded text by whole words and answers each city's display name.
 */
public final class CanadianCities {

    private static final String[] NAMES = {
        "Toronto",
        "Montréal|Montreal|MTL",
        "Vancouver",
        "Calgary",
        "Edmonton",
        "Ottawa",
        "Winnipeg",
        "Québec|Quebec City|Ville de Québec",
        "Hamilton",
        "Kitchener",
        "London",
        "Victoria",
        "Halifax",
        "Oshawa",
        "Windsor",
        "Saskatoon",
        "St. Catharines|St Catharines|Saint Catharines",
        "Regina",
        "St. John's|St Johns|Saint John's",
        "Kelowna",
        "Barrie",
        "Sherbrooke",
        "Guelph",
        "Kanata",
        "Abbotsford",
        "Trois-Rivières|Trois Rivieres",
        "Kingston",
        "Milton",
        "Moncton",
        "White Rock",
        "Nanaimo",
        "Brantford",
        "Chicoutimi|Saguenay",
        "Saint-Jérôme|Saint Jerome",
        "Red Deer",
        "Thunder Bay",
        "Lethbridge",
        "Kamloops",
        "Sudbury|Grand Sudbury|Greater Sudbury",
        "Saint-Jean-sur-Richelieu",
        "Peterborough",
        "Chilliwack",
        "Belleville",
        "Fredericton",
        "Sarnia",
        "Saint John",
        "Sault Ste. Marie|Sault Ste Marie|the Soo",
        "Mississauga",
        "Brampton",
        "Markham",
        "Vaughan",
        "Richmond Hill",
        "Oakville",
        "Burlington",
        "Surrey",
        "Burnaby",
        "Richmond",
        "Laval",
        "Longueuil",
        "Gatineau",
        "Lévis|Levis",
        "Terrebonne",
        "Waterloo",
        "Cambridge",
        "Whitby",
        "Ajax",
        "Pickering",
        "Niagara Falls",
        "Welland",
        "North Bay",
        "Cornwall",
        "Timmins",
        "Orillia",
        "Woodstock",
        "Stratford",
        "Chatham",
        "Leamington",
        "Owen Sound",
        "Brockville",
        "Pembroke",
        "Kenora",
        "Newmarket",
        "Aurora",
        "Cobourg",
        "Prince George",
        "Nanaimo",
        "Drummondville",
        "Granby",
        "Rimouski",
        "Rouyn-Noranda",
        "Val-d'Or|Val d'Or",
        "Charlottetown",
        "Sydney",
        "Truro",
        "Brandon",
        "Prince Albert",
        "Moose Jaw",
        "Medicine Hat",
        "Grande Prairie",
        "Fort McMurray",
        "Airdrie",
        "Whitehorse",
        "Yellowknife",
        "Iqaluit"
    };

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, String> BY_FOLDED = new HashMap<>();
    private static final Set<String> FIRST_WORDS = new HashSet<>();
    private static final int MAX_WORDS;

    static {
        int max = 1;
        for (String entry : NAMES) {
            String[] forms = entry.split("\\|");
            for (String form : forms) {
                String folded = fold(form);
                BY_FOLDED.putIfAbsent(folded, forms[0]);
                max = Math.max(max, folded.split(" ").length);
                FIRST_WORDS.add(folded.split(" ")[0]);
            }
        }
        MAX_WORDS = max;
    }

    private CanadianCities() {}

    /** Lower case without accents, punctuation as spaces (apostrophes dropped), single spaces. */
    public static String fold(String text) {
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                        .replaceAll("");
                break;
            }
        }
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (c == '\'' || c == '’') {
                continue;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') {
            b.setLength(end - 1);
        }
        return b.toString();
    }

    /** The display name of a city name in any known form, or null when the gazetteer does not know it. */
    public static String canonical(String name) {
        return BY_FOLDED.get(fold(name));
    }

    /** The cities named in a text already {@link #fold folded}, by display name, longest names first. */
    public static Set<String> in(String folded) {
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (!FIRST_WORDS.contains(words[i])) {
                continue;
            }
            for (int n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
                String candidate = String.join(" ", List.of(words).subList(i, i + n));
                String city = BY_FOLDED.get(candidate);
                if (city != null) {
                    found.add(city);
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** Every display name, for the ads list's filter. */
    public static List<String> names() {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(BY_FOLDED.values()));
        out.sort(String::compareTo);
        return out;
    }
}
