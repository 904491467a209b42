package ca.harbour.linkage.engine;

import ca.harbour.linkage.block.AtomBlocker;
import ca.harbour.linkage.block.Blocker;
import ca.harbour.linkage.block.MinHashBlocker;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.normalize.AddressNormalizer;
import ca.harbour.linkage.normalize.HtmlEntities;
import ca.harbour.linkage.normalize.Nicknames;
import ca.harbour.linkage.normalize.Normalizer;
import ca.harbour.linkage.normalize.Normalizers;
import ca.harbour.linkage.normalize.Placeholders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Normalises records and computes their alternative forms (phonetic keys, nickname-canonical names)
 * and blocking keys. Thread-safe.
 */
public final class RecordPreparer {
    /** Bits of a blocking key kept (the rest of a 64-bit word holds the record index while sorting). */
    public static final int KEY_BITS = 38;

    private static final long KEY_MASK = (1L << KEY_BITS) - 1;
    private final List<FieldSpec> fields;
    private final Normalizer[] normalizers;
    private final Placeholders[] placeholders;
    private final List<Blocker> blockers = new ArrayList<>();
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    /**
     * Cache sizes: at most 100,000 values per field and 200,000 phonetic keys, and at most one entry per
     * 64 KB of maximum heap per cache (an entry holds two strings, about 150 bytes): with eight fields at
     * 512 MB that is 8,192 entries each, about a tenth of the heap in all, not a quarter.
     */
    private static final int PHONETIC_CACHE =
            (int) Math.min(200_000, 2 * (Runtime.getRuntime().maxMemory() >> 16));

    private static final ThreadLocal<KeyBuffer> KEY_BUFFER = ThreadLocal.withInitial(KeyBuffer::new);

    /** Per-thread scratch space for a record's keys (at most 64 are kept). */
    private static final class KeyBuffer implements LongConsumer {
        private final long[] keys = new long[64];
        private int size;

        @Override
        public void accept(long k) {
            if (size < keys.length) {
                keys[size++] = k & KEY_MASK;
            }
        }
    }

    private static final int VALUE_CACHE =
            (int) Math.min(100_000, Runtime.getRuntime().maxMemory() >> 16);
    private static final String NONE = new String("");
    private final StringCache[] valueCache;
    private final StringCache phoneticCache = new StringCache(PHONETIC_CACHE);

    public RecordPreparer(DatasetDescription d) {
        this.fields = d.fields();
        this.normalizers = fields.stream().map(Normalizers::forField).toArray(Normalizer[]::new);
        this.placeholders = fields.stream().map(Placeholders::of).toArray(Placeholders[]::new);
        this.valueCache = new StringCache[fields.size()];
        for (int f = 0; f < valueCache.length; f++) {
            valueCache[f] = new StringCache(VALUE_CACHE);
        }
        blockers.add(new AtomBlocker(fields));
        for (int f = 0; f < fields.size(); f++) {
            if (fields.get(f).kind() == FieldKind.TEXT && fields.get(f).blocks()) {
                blockers.add(new MinHashBlocker(f, 6, 2, d.seed()));
            }
        }
    }

    /** Adds a custom blocker (keys are unioned with the default ones). */
    public RecordPreparer withBlocker(Blocker b) {
        blockers.add(b);
        return this;
    }

    /** Prepares one record. */
    public PreparedRecord prepare(int index, int source, Record r) {
        int n = fields.size();
        String[] values = new String[n];
        String[] alt = new String[n];
        for (int f = 0; f < n; f++) {
            String raw = f < r.values().length ? r.values()[f] : null;
            values[f] = raw == null ? null : normalized(f, raw);
            alt[f] = values[f] == null ? null : alternative(fields.get(f).kind(), values[f]);
        }
        return new PreparedRecord(index, r.id(), source, values, alt, keys(values, alt));
    }

    /** The distinct blocking keys, ascending, of a record's normalised values and alternative forms. */
    long[] keys(String[] values, String[] alt) {
        KeyBuffer buf = KEY_BUFFER.get();
        buf.size = 0;
        for (Blocker b : blockers) {
            b.keys(values, alt, buf);
        }
        long[] keys = buf.keys;
        Arrays.sort(keys, 0, buf.size);
        int m = 0;
        for (int i = 0; i < buf.size; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[m++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, m);
    }

    /**
     * Normalised value through a bounded per-field cache: repeated raw values (common names, cities, dates)
     * are normalised once and share one canonical string, which saves time and keeps fewer live objects.
     * On a field whose values are nearly all distinct the cache turns itself off ({@link StringCache}).
     * HTML character references are decoded first ({@code G&#252;nther}), and a placeholder value
     * ({@link Placeholders}) becomes null.
     */
    private String normalized(int f, String raw) {
        StringCache cache = valueCache[f];
        String v = cache.get(raw);
        if (v != null) {
            return v == NONE ? null : v;
        }
        v = placeholders[f].apply(normalizers[f].normalize(HtmlEntities.decode(raw)));
        if (!cache.off()) {
            String shared = v == null ? null : cache.peek(v);
            if (shared != null && shared.equals(v)) {
                v = shared;
            }
            cache.put(raw, v == null ? NONE : v);
        }
        return v;
    }

    private String alternative(FieldKind kind, String v) {
        switch (kind) {
            case GIVEN_NAME:
                return phonetic(Nicknames.canonical(v));
            case FAMILY_NAME:
            case CITY:
                return phonetic(v);
            case FULL_NAME: {
                String[] t = v.split(" ");
                String a = phonetic(Nicknames.canonical(t[0]));
                String b = phonetic(t[t.length - 1]);
                return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
            }
            case ADDRESS: {
                // the first word of more than two characters with a letter that is not a street type, unit,
                // direction, "saint" or particle: the street's name ("45 blvd rene levesque w": rene)
                for (int from = 0, to; from < v.length(); from = to + 1) {
                    to = wordEnd(v, from);
                    if (to - from > 2 && hasLetter(v, from, to)) {
                        String word = v.substring(from, to);
                        if (AddressNormalizer.namesStreet(word)) {
                            return phonetic(word);
                        }
                    }
                }
                return null;
            }
            case PERSON_NAMES: {
                // the family names, sorted: two lists of the same people meet however their given names are written
                StringBuilder families = new StringBuilder();
                for (String person : v.split(";")) {
                    families.append(families.length() > 0 ? " " : "").append(person, 0, person.indexOf('/'));
                }
                return families.toString();
            }
            case TEXT: {
                int best = 0;
                int bestLength = 0;
                for (int from = 0, to; from < v.length(); from = to + 1) {
                    to = wordEnd(v, from);
                    if (to - from > bestLength) {
                        best = from;
                        bestLength = to - from;
                    }
                }
                return phonetic(v.substring(best, best + bestLength));
            }
            default:
                return null;
        }
    }

    /** End of the word (space-separated) starting at {@code from}. */
    private static int wordEnd(String v, int from) {
        int e = v.indexOf(' ', from);
        return e < 0 ? v.length() : e;
    }

    private static boolean hasLetter(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private String phonetic(String v) {
        String cached = phoneticCache.get(v);
        if (cached != null) {
            return cached;
        }
        String s = v.replace(" ", "");
        String code = metaphone.doubleMetaphone(s);
        String result = code == null || code.isEmpty() ? s : code;
        phoneticCache.put(v, result);
        return result;
    }
}
