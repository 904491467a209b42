package ca.harbour.linkage.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * Street addresses: folded, with street types, directions, unit words and ordinals ("fifth" = "5th") in one
 * short canonical form.
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
        String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth"};
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

    @Override
    public String normalize(String raw) {
        String f = Text.fold(raw);
        if (f == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(f.length());
        for (String t : f.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(CANON.getOrDefault(t, t));
        }
        return b.toString();
    }
}
