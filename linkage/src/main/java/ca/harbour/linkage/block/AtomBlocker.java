package ca.harbour.linkage.block;

import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The default blocker. Each blocking field yields an atom: a phonetic key for names and cities, the full
 * date, the postcode, the street name's phonetic key. Identifiers, phones and e-mails are strong: their
 * exact value is a key on its own. Weak atoms are combined two at a time, so a pair is found when any two
 * weak fields agree (or one strong field does): robust to errors in any single field, small blocks.
 */
public final class AtomBlocker implements Blocker {
    private final int[] weak;
    private final int[] strong;

    public AtomBlocker(List<FieldSpec> fields) {
        List<Integer> w = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            FieldSpec spec = fields.get(f);
            if (!spec.blocks() || spec.kind() == FieldKind.TEXT) {
                continue;
            }
            FieldKind k = spec.kind();
            if (k == FieldKind.IDENTIFIER || k == FieldKind.PHONE || k == FieldKind.EMAIL) {
                s.add(f);
            } else {
                w.add(f);
            }
        }
        this.weak = w.stream().mapToInt(Integer::intValue).toArray();
        this.strong = s.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void keys(String[] values, String[] alt, LongConsumer out) {
        for (int f : strong) {
            if (values[f] != null) {
                out.accept(Hashing.hash(1000L + f, values[f]));
            }
        }
        if (weak.length == 1 && atom(values, alt, weak[0]) != null) {
            out.accept(Hashing.hash(2000L + weak[0], atom(values, alt, weak[0])));
        }
        for (int a = 0; a < weak.length; a++) {
            String x = atom(values, alt, weak[a]);
            if (x == null) {
                continue;
            }
            long ha = Hashing.hash(3000L + weak[a], x);
            for (int b = a + 1; b < weak.length; b++) {
                String y = atom(values, alt, weak[b]);
                if (y != null) {
                    out.accept(Hashing.hash(ha * 31 + weak[b], y));
                }
            }
        }
    }

    /** The blocking atom of a field: its phonetic or alternative form when it has one, else its value. */
    private static String atom(String[] values, String[] alt, int f) {
        return alt[f] != null ? alt[f] : values[f];
    }
}
