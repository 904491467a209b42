package ca.harbour.linkage.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Street addresses: folded, with street types, directions, unit words and ordinals ("fifth" = "5th") in one
 * short canonical form, in English and French ("boulevard" and "boul" are "blvd", "rue" is "st"), and
 * "St"/"Ste" before a name read as Saint/Sainte ("St-Denis" = "Saint-Denis").
 */
public final class AddressNormalizer implements Normalizer {
    private static final Map<String, String> CANON = new HashMap<>();

    static {
        put("st", "street", "str", "rue");
        put("rd", "road");
        put("ave", "avenue", "av", "avn");
        put("blvd", "boulevard", "boul", "bd");
        put("dr", "drive", "drv");
        put("ct", "court", "crt");
        put("pl", "place", "plc");
        put("cres", "crescent", "cr", "cresc");
        put("ln", "lane");
        put("tce", "terrace", "terr");
        put("cct", "circuit", "cir", "circle");
        put("hwy", "highway");
        put("pkwy", "parkway");
        put("sq", "square");
        put("ch", "chemin");
        put("apt", "apartment", "unit", "suite", "ste", "app", "appartement");
        put("n", "north", "nord");
        put("s", "south", "sud");
        put("e", "east", "est");
        put("w", "west", "o", "ouest");
        String[] ordinals = {
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"
        };
        for (int i = 0; i < ordinals.length; i++) {
            int n = i + 1;
            put(n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th"), ordinals[i]);
        }
    }

    private static void put(String canon, String... forms) {
        CANON.put(canon, canon);
        for (String f : forms) {
            CANON.put(f, canon);
        }
    }

    /** Short words of street names that say nothing of which street it is. */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "la", "le", "les", "aux", "the", "of");

    @Override
    public String normalize(String raw) {
        String f = Text.fold(raw);
        if (f == null) {
            return null;
        }
        String[] t = f.split(" ");
        StringBuilder b = new StringBuilder(f.length());
        for (int k = 0; k < t.length; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            // "st" and "ste" that begin a name are Saint and Sainte ("rue St-Denis", "Ste-Catherine", "45 St
            // Clair Ave"); after a name, or before a number or a street word, street and suite ("Main St W",
            // "Main St Toronto", "Ste 200")
            if (Text.SAINT.contains(t[k])
                    && k + 1 < t.length
                    && namesStreetHere(t[k + 1])
                    && (k == 0 || !namesStreetHere(t[k - 1]))) {
                b.append("saint");
            } else {
                b.append(CANON.getOrDefault(t[k], t[k]));
            }
        }
        return b.toString();
    }

    /** Whether a folded word, once normalised, is part of a name (not a number, street word or particle). */
    private static boolean namesStreetHere(String folded) {
        return !Character.isDigit(folded.charAt(0))
                && !Text.SAINT.contains(folded)
                && namesStreet(CANON.getOrDefault(folded, folded));
    }

    /**
     * Whether a word of a normalised address can tell streets apart: not a street type, unit word or
     * direction ("blvd", "apt", "w"), not "saint", and not a particle ("des", "the").
     */
    public static boolean namesStreet(String word) {
        return !CANON.containsKey(word) && !word.equals("saint") && !PARTICLES.contains(word);
    }
}
