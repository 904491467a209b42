package ca.harbour.linkage.normalize;

import java.util.Set;

/**
 * Person names: folds case, accents and punctuation, drops titles and suffixes, writes "St", "Ste" and
 * "Sainte" before another name as "saint" (St-Pierre = Saint-Pierre), and turns "Family, Given" into
 * "given family" when {@code full} is set.
 */
public final class NameNormalizer implements Normalizer {
    private static final Set<String> NOISE = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "mme", "mlle", "m", "jr", "sr", "ii", "iii", "iv", "phd",
            "md");
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
        for (String t : f.split(" ")) {
            if (NOISE.contains(t)) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t);
        }
        // St-Pierre, Ste-Marie, Saint-Onge: one spelling of the saint in family names
        return b.length() == 0 ? null : Text.saints(b.toString());
    }
}
