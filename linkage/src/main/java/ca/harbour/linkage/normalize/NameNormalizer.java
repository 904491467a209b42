package ca.harbour.linkage.normalize;

import java.util.Set;

/**
 * Person names: folds case, accents and punctuation, drops titles and suffixes, writes "St", "Ste" and
 * "Sainte" before another name as "saint" (St-Pierre = Saint-Pierre), and turns "Family, Given" into
 * "given family" when {@code full} is set.
 */
public final class NameNormalizer implements Normalizer {
    private static final Set<String> NOISE = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "mme", "mlle",
            "m", "jr", "sr", "ii", "iii", "iv", "phd", "md");
    private static final Set<String> SAINT = Set.of("st", "ste", "saint", "sainte");
    private final boolean full;

    /** @param full whether values are full names (given and family together) */
    public NameNormalizer(boolean full) {
        this.full = full;
    }

    @Override
    public String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw;
        int comma = s.indexOf(',');
        if (full && comma > 0) {
            s = s.substring(comma + 1) + " " + s.substring(0, comma);
        }
        String f = Text.fold(s);
        if (f == null || f.indexOf(' ') < 0) {
            return f;
        }
        StringBuilder b = new StringBuilder(f.length());
        String[] tokens = f.split(" ");
        for (int k = 0; k < tokens.length; k++) {
            String t = tokens[k];
            if (NOISE.contains(t)) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            // St-Pierre, Ste-Marie, Saint-Onge: one spelling of the saint in family names
            b.append(SAINT.contains(t) && k + 1 < tokens.length ? "saint" : t);
        }
        return b.length() == 0 ? null : b.toString();
    }
}
