package ca.harbour.linkage.block;

import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The default blocker. Each blocking field yields an atom: a phonetic key for names and cities, the full
 * date, the postcode, the street name's (or a free text's longest word's) phonetic key. Identifiers, phones
 * and e-mails are strong: their exact value is a key on its own, and so is an e-mail's local part. Weak
 * atoms are keys alone and combined two at a time, so a pair is found when any two weak fields agree (or
 * one strong field does): robust to errors in any single field; the key of two name fields ignores their
 * order, so swapped given and family names still meet. Each key carries its type (field or field pair); on
 * large inputs the costly types (single atoms, pairs of common values) are dropped by the index's
 * comparison budget, so blocks stay small as data grows.
 */
public final class AtomBlocker implements Blocker {
    /** Bits of a key holding the hash; the key type sits above them. */
    public static final int HASH_BITS = 31;
    /** Number of distinct key types. */
    public static final int TYPES = 128;

    private static final int TYPE_MASK = TYPES - 1;
    private final int[] weak;
    private final int[] strong;
    private final boolean[] nameField;
    private final int[] email;

    public AtomBlocker(List<FieldSpec> fields) {
        List<Integer> w = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            FieldSpec spec = fields.get(f);
            if (!spec.blocks()) {
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
        this.nameField = new boolean[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            FieldKind k = fields.get(f).kind();
            nameField[f] = k == FieldKind.GIVEN_NAME || k == FieldKind.FAMILY_NAME;
        }
        this.strong = s.stream().mapToInt(Integer::intValue).toArray();
        this.email = s.stream()
                .filter(f -> fields.get(f).kind() == FieldKind.EMAIL)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    @Override
    public void keys(String[] values, String[] alt, LongConsumer out) {
        int type = 0;
        for (int f : strong) {
            if (values[f] != null) {
                out.accept(typed(type, Hashing.hash(1000L + f, values[f])));
            }
            type++;
        }
        for (int f : email) {
            String local = localPart(values[f]);
            if (local != null) {
                out.accept(typed(type, Hashing.hash(6000L + f, local)));
            }
            type++;
        }
        for (int f : weak) {
            String x = atom(values, alt, f);
            if (x != null) {
                out.accept(typed(type, Hashing.hash(2000L + f, x)));
            }
            type++;
        }
        type--;
        for (int a = 0; a < weak.length; a++) {
            String x = atom(values, alt, weak[a]);
            long ha = x == null ? 0 : Hashing.hash(3000L + weak[a], x);
            for (int b = a + 1; b < weak.length; b++) {
                type++;
                String y = x == null ? null : atom(values, alt, weak[b]);
                if (y != null && nameField[weak[a]] && nameField[weak[b]]) {
                    String lo = x.compareTo(y) <= 0 ? x : y;
                    out.accept(typed(type, Hashing.hash(Hashing.hash(4000L, lo), lo == x ? y : x)));
                } else if (y != null) {
                    out.accept(typed(type, Hashing.hash(ha * 31 + weak[b], y)));
                }
            }
        }
    }

    /**
     * A key carrying its key type (which field or field pair made it) in bits 31..37, so that whole key
     * types can be judged by the comparisons they cost.
     */
    public static long typed(int type, long hash) {
        return ((long) (type & TYPE_MASK) << HASH_BITS) | (hash & ((1L << HASH_BITS) - 1));
    }

    /** Key type of a key made by {@link #typed}. */
    public static int typeOf(long key) {
        return (int) (key >>> HASH_BITS) & TYPE_MASK;
    }

    /**
     * The part of an e-mail address before the {@code @}, when it has at least three characters: people keep
     * their user name across providers, and a typo in the domain should not hide two records from each other.
     * Common local parts ("info") make large blocks, which the index turns into stop keys.
     */
    static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at >= 3 ? email.substring(0, at) : null;
    }

    /** The blocking atom of a field: its phonetic or alternative form when it has one, else its value. */
    private static String atom(String[] values, String[] alt, int f) {
        return alt[f] != null ? alt[f] : values[f];
    }
}
