package ca.harbour.linkage.engine;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import ca.harbour.linkage.normalize.HtmlEntities;
import ca.harbour.linkage.normalize.Normalizer;
import ca.harbour.linkage.normalize.Normalizers;
import ca.harbour.linkage.normalize.Placeholders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a first look at the input says about its description, before a run: which values of each field are
 * placeholders ({@link Placeholders}: the structural ones seen, and values far more frequent than a value
 * of that kind can be), whether dates pile up on 1 January or on the first of the month, which fields have
 * no value at all, and which fields repeat others ({@link RedundancyCheck}). It reads at most
 * {@link #SAMPLE} records of each input. {@link #apply} adds the placeholders it found to the description.
 */
public final class InputProfile {
    /** Records read from each input. */
    public static final int SAMPLE = 20_000;

    /**
     * Distinct values counted per field whose values should be rare (dates, phones, e-mails, identifiers,
     * numbers; beyond that many, only values already counted are), so the look stays small beside a run
     * given a small heap. Other fields count only their structural placeholders.
     */
    private static final int DISTINCT = 20_000;

    /**
     * A value of a date, phone, e-mail or identifier field is a placeholder when at least this many records
     * of the sample have it, and at least {@link #OVER_MEAN} times as many as the field's values have on
     * average (a person's several records share theirs; a form's default is shared by strangers).
     */
    static final int MIN_COUNT = 10;

    static final int OVER_MEAN = 20;

    /** A day is a placeholder day when this many times more dates fall on it than chance would put there. */
    static final double DAY_EXCESS = 8;

    /**
     * What the profile found in one field.
     *
     * @param field        the field's name
     * @param placeholders each placeholder value found (as first written in the input) and how many
     *                     records of the sample have it
     * @param missing      the normalised values to treat as missing (see {@link FieldSpec#missing})
     * @param dayPattern   {@link Placeholders#JANUARY_FIRST} or {@link Placeholders#FIRST_OF_MONTH} when
     *                     dates pile up on that day, else null
     * @param dayShare     the share of the full dates that fall on that day
     * @param values       records of the sample with a usable value (placeholders aside)
     */
    public record FieldReport(
            String field,
            Map<String, Integer> placeholders,
            List<String> missing,
            String dayPattern,
            double dayShare,
            long values) {}

    private final List<FieldReport> fields;
    private final List<RedundancyCheck.Redundancy> redundancies;
    private final long records;

    private InputProfile(List<FieldReport> fields, List<RedundancyCheck.Redundancy> redundancies, long records) {
        this.fields = fields;
        this.redundancies = redundancies;
        this.records = records;
    }

    /** Reads up to {@link #SAMPLE} records of each input (laid out by {@code d}'s fields) and profiles them. */
    public static InputProfile scan(DatasetDescription d, List<? extends Iterator<Record>> inputs) {
        List<FieldSpec> specs = d.fields();
        int n = specs.size();
        Normalizer[] norm = new Normalizer[n];
        Placeholders[] known = new Placeholders[n];
        List<Map<String, int[]>> counts = new ArrayList<>();
        List<Map<String, String>> firstRaw = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            norm[f] = Normalizers.forField(specs.get(f));
            known[f] = Placeholders.of(specs.get(f));
            counts.add(new HashMap<>());
            firstRaw.add(new HashMap<>());
        }
        boolean[] frequent = new boolean[n];
        for (int f = 0; f < n; f++) {
            frequent[f] = countsValues(specs.get(f).kind());
        }
        RedundancyCheck redundancy = new RedundancyCheck(specs);
        long records = 0;
        long[] usable = new long[n];
        for (Iterator<Record> in : inputs) {
            for (int k = 0; k < SAMPLE && in.hasNext(); k++) {
                Record r = in.next();
                records++;
                String[] decoded = new String[n];
                for (int f = 0; f < n && f < r.values().length; f++) {
                    String raw = r.values()[f];
                    if (raw == null || raw.isBlank()) {
                        continue;
                    }
                    decoded[f] = HtmlEntities.decode(raw);
                    if (!frequent[f] && !Placeholders.maybe(decoded[f])) {
                        // a name, an address, a city: only a placeholder word or a bare number needs a closer look
                        usable[f]++;
                        continue;
                    }
                    String v = norm[f].normalize(decoded[f]);
                    if (v == null) {
                        continue;
                    }
                    Map<String, int[]> c = counts.get(f);
                    int[] count = c.get(v);
                    if (count == null && (frequent[f] ? c.size() < DISTINCT : known[f].isPlaceholder(v))) {
                        c.put(v, count = new int[1]);
                        firstRaw.get(f).put(v, raw.trim());
                    }
                    if (count != null) {
                        count[0]++;
                    }
                    usable[f]++;
                }
                redundancy.add(decoded);
            }
        }
        List<FieldReport> reports = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            reports.add(report(specs.get(f), known[f], counts.get(f), firstRaw.get(f), usable[f]));
        }
        return new InputProfile(reports, redundancy.redundancies(), records);
    }

    private static FieldReport report(
            FieldSpec spec, Placeholders known, Map<String, int[]> counts, Map<String, String> firstRaw, long usable) {
        long total = 0;
        for (int[] c : counts.values()) {
            total += c[0];
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        // the structural and declared ones seen, then those far more frequent than the kind allows
        long placeheld = 0;
        double mean = counts.isEmpty() ? 0 : (double) total / counts.size();
        for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
            String v = e.getKey();
            int c = e.getValue()[0];
            boolean structural = known.isPlaceholder(v);
            if (structural || overFrequent(spec.kind(), v, c, mean, usable)) {
                found.put(firstRaw.get(v), c);
                placeheld += c;
                if (!structural) {
                    missing.add(v);
                }
            }
        }
        String day = null;
        double share = 0;
        if (spec.kind() == FieldKind.DATE) {
            long full = 0;
            long janFirst = 0;
            long firsts = 0;
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                String v = e.getKey();
                if (v.length() != 8 || v.startsWith("00", 4) || v.startsWith("00", 6) || missing.contains(v)) {
                    continue;
                }
                if (known.isPlaceholder(v)) {
                    continue;
                }
                int c = e.getValue()[0];
                full += c;
                if (v.startsWith("01", 6)) {
                    firsts += c;
                    janFirst += v.startsWith("01", 4) ? c : 0;
                }
            }
            if (janFirst >= MIN_COUNT && janFirst > DAY_EXCESS * full / 365.25) {
                day = Placeholders.JANUARY_FIRST;
                share = (double) janFirst / full;
            } else if (firsts >= MIN_COUNT && firsts > DAY_EXCESS / 2 * full / 30.44) {
                day = Placeholders.FIRST_OF_MONTH;
                share = (double) firsts / full;
            }
            if (day != null) {
                missing.add(day);
            }
        }
        return new FieldReport(spec.name(), found, missing, day, share, usable - placeheld);
    }

    /** Whether a field of this kind has its values counted: those that should be rare, and numbers. */
    static boolean countsValues(FieldKind kind) {
        switch (kind) {
            case DATE:
            case PHONE:
            case EMAIL:
            case IDENTIFIER:
            case NUMERIC:
                return true;
            default:
                return false;
        }
    }

    /** Whether {@code count} records sharing value {@code v} is more than a value of this kind can be. */
    static boolean overFrequent(FieldKind kind, String v, int count, double mean, long total) {
        switch (kind) {
            case DATE:
            case PHONE:
            case EMAIL:
            case IDENTIFIER:
                return count >= MIN_COUNT && count >= OVER_MEAN * mean;
            case NUMERIC:
                // a price, a year or a house number of 0 is a form's default
                return v.equals("0") && count >= MIN_COUNT && count >= 0.01 * total;
            default:
                return false;
        }
    }

    /** The description with the placeholders found treated as missing. */
    public DatasetDescription apply(DatasetDescription d) {
        DatasetDescription out = d;
        for (int f = 0; f < fields.size(); f++) {
            if (!fields.get(f).missing().isEmpty()) {
                out = out.withMissing(f, fields.get(f).missing());
            }
        }
        return out;
    }

    /** What was found in each field, in the description's order. */
    public List<FieldReport> fields() {
        return fields;
    }

    /** Fields that repeat others. */
    public List<RedundancyCheck.Redundancy> redundancies() {
        return redundancies;
    }

    /** Records read. */
    public long records() {
        return records;
    }
}
