package ca.harbour.screening.web;

import ca.harbour.screening.Instrument;
import ca.harbour.screening.InstrumentItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instrument editor's form exactly as typed (every value a string, so a wrong number is shown
 * back with a message rather than refused by binding). Questions come as {@code items[N].field}.
 */
record InstrumentForm(
        String nameEn, String nameFr, String audience, String possibleAt, String clearAt, List<Item> items) {

    /** One question as typed. */
    record Item(String code, String domain, String textEn, String textFr, String scale, String weight) {

        static Item blank() {
            return new Item("", "", "", "", "YES_NO", "1");
        }
    }

    private static final Pattern ITEM_PARAM =
            Pattern.compile("items\\[(\\d{1,4})]\\.(code|domain|textEn|textFr|scale|weight)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}([.,]\\d{1,2})?");
    private static final Pattern CODE = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);
    private static final int MAX_NAME = 200;
    private static final int MAX_DOMAIN = 40;
    private static final int MAX_TEXT = 500;

    static InstrumentForm of(Instrument i) {
        return new InstrumentForm(
                i.nameEn(),
                i.nameFr(),
                i.audience(),
                i.possibleAt().toPlainString(),
                i.clearAt().toPlainString(),
                i.items().stream()
                        .map(q -> new Item(
                                q.code(),
                                q.domain(),
                                q.textEn(),
                                q.textFr(),
                                q.scale().name(),
                                q.weight().toPlainString()))
                        .toList());
    }

    /**
     * Reads the posted fields. Question indexes may have gaps (a removed row); they are kept in
     * order and renumbered. At most a little over {@link Instrument#MAX_ITEMS} rows are read, so a
     * huge post cannot make a huge form; {@link #problems()} reports the excess.
     */
    static InstrumentForm read(Map<String, String> params) {
        TreeMap<Integer, Map<String, String>> rows = new TreeMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            Matcher m = ITEM_PARAM.matcher(p.getKey());
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                if (rows.containsKey(index) || rows.size() <= Instrument.MAX_ITEMS) {
                    rows.computeIfAbsent(index, k -> new LinkedHashMap<>()).put(m.group(2), p.getValue());
                }
            }
        }
        List<Item> items = rows.values().stream()
                .map(r -> new Item(
                        r.get("code"),
                        r.get("domain"),
                        r.get("textEn"),
                        r.get("textFr"),
                        r.get("scale"),
                        r.get("weight")))
                .toList();
        return new InstrumentForm(
                params.get("nameEn"),
                params.get("nameFr"),
                params.get("audience"),
                params.get("possibleAt"),
                params.get("clearAt"),
                items);
    }

    InstrumentForm withItems(List<Item> changed) {
        return new InstrumentForm(nameEn, nameFr, audience, possibleAt, clearAt, changed);
    }

    InstrumentForm addItem() {
        List<Item> more = new ArrayList<>(items);
        more.add(Item.blank());
        return withItems(more);
    }

    InstrumentForm removeItem(int index) {
        List<Item> fewer = new ArrayList<>(items);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return withItems(fewer);
    }

    /**
     * Field id → message key for every problem, typed fields first, then the instrument's own
     * rules ({@link Instrument#definitionProblems()}) once the fields are readable. Empty when valid.
     */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "nameEn", nameEn, MAX_NAME, "screening.error.nameEn");
        text(problems, "nameFr", nameFr, MAX_NAME, "screening.error.nameFr");
        if (audience == null || !audience.matches("ADULT|YOUTH")) {
            problems.put("audience", "screening.error.choice");
        }
        number(problems, "possibleAt", possibleAt, null);
        number(problems, "clearAt", clearAt, null);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String id = "items-" + i + "-";
            if (item.code() == null || !CODE.matcher(item.code()).matches()) {
                problems.put(id + "code", "screening.error.itemCode");
            }
            text(problems, id + "domain", item.domain(), MAX_DOMAIN, "screening.error.domain");
            text(problems, id + "textEn", item.textEn(), MAX_TEXT, "screening.error.textEn");
            text(problems, id + "textFr", item.textFr(), MAX_TEXT, "screening.error.textFr");
            if (item.scale() == null || !item.scale().matches("YES_NO|FREQUENCY")) {
                problems.put(id + "scale", "screening.error.choice");
            }
            number(problems, id + "weight", item.weight(), MAX_WEIGHT);
        }
        if (items.isEmpty()) {
            problems.put("items", "screening.error.noItems");
        } else if (items.size() > Instrument.MAX_ITEMS) {
            problems.put("items", "screening.error.tooManyItems");
        }
        if (problems.isEmpty()) {
            problems.putAll(toInstrument("CHECK", 0).definitionProblems());
        }
        return problems;
    }

    /** The form as an unsaved instrument; only call when {@link #problems()} is empty. */
    Instrument toInstrument(String code, int version) {
        List<InstrumentItem> parsed = items.stream()
                .map(i -> new InstrumentItem(
                        i.code(),
                        i.domain().strip(),
                        i.textEn().strip(),
                        i.textFr().strip(),
                        InstrumentItem.Scale.valueOf(i.scale()),
                        parse(i.weight())))
                .toList();
        return new Instrument(
                null, code, version, strip(nameEn), strip(nameFr), audience, parse(possibleAt), parse(clearAt), parsed);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static BigDecimal parse(String number) {
        return number == null || !NUMBER.matcher(number.strip()).matches()
                ? null
                : new BigDecimal(number.strip().replace(',', '.'));
    }

    private static void text(Map<String, String> problems, String field, String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            problems.put(field, missingKey);
        } else if (value.strip().length() > max) {
            problems.put(field, "screening.error.tooLong");
        }
    }

    private static void number(Map<String, String> problems, String field, String value, BigDecimal max) {
        BigDecimal n = parse(value);
        if (n == null) {
            problems.put(field, "screening.error.number");
        } else if (max != null && n.compareTo(max) > 0) {
            problems.put(field, "screening.error.weightTooBig");
        }
    }
}
