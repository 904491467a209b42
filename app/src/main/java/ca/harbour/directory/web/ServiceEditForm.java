package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.DirectoryService.Language;
import ca.harbour.directory.internal.ServiceRules;
import ca.harbour.directory.internal.Term;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.util.MultiValueMap;

/**
 * The full service editor as typed: every value a string (so no input can fail to bind), rows of
 * phones and locations as parallel request parameters in document order, hours per weekday. Read
 * straight from the request parameters, because Spring would split a single value at its commas.
 * {@code confidentialLocation}: the locations' addresses are for staff only (a checkbox, "true" when ticked).
 */
record ServiceEditForm(
        Map<String, String> texts,
        List<String> languages,
        List<String> terms,
        boolean open247,
        Map<String, String> opens,
        Map<String, String> closes,
        List<PhoneRow> phones,
        List<SiteRow> sites,
        boolean confidentialLocation) {

    /** The free-text fields and the most characters each may hold ({@link ServiceRules}, as for an import). */
    static final Map<String, Integer> TEXTS = limits(
            "name",
            ServiceRules.NAME,
            "nameFr",
            ServiceRules.NAME,
            "description",
            ServiceRules.DESCRIPTION,
            "descriptionFr",
            ServiceRules.DESCRIPTION,
            "applicationProcess",
            ServiceRules.APPLICATION_PROCESS,
            "applicationProcessFr",
            ServiceRules.APPLICATION_PROCESS,
            "eligibilityDescription",
            ServiceRules.ELIGIBILITY,
            "email",
            ServiceRules.EMAIL,
            "url",
            ServiceRules.URL);
    /** Every single-valued field: the texts, and those checked by their own rule. */
    static final List<String> FIELDS = Stream.concat(
                    TEXTS.keySet().stream(), Stream.of("minimumAge", "maximumAge", "gender"))
            .toList();

    static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    /** HSDS 3.0's kinds of phone. */
    static final List<String> PHONE_TYPES = List.of("voice", "text", "cell", "fax", "textphone", "video", "pager");

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    /** More rows than this is not a form a person filled in. */
    static final int MAX_ROWS = 10;

    record PhoneRow(String id, String number, String extension, String type, String description, boolean remove) {

        boolean blank() {
            return isBlank(number) && isBlank(extension) && isBlank(description);
        }
    }

    record SiteRow(String id, String address, String city, String postalCode, String accessibility, boolean remove) {

        boolean blank() {
            return isBlank(address) && isBlank(city) && isBlank(postalCode) && isBlank(accessibility);
        }
    }

    public String text(String field) {
        return texts.getOrDefault(field, "");
    }

    /** The most characters a free-text field may hold (the page's maxlength). */
    public int max(String field) {
        return TEXTS.get(field);
    }

    /** The form showing the service as it is, with one empty phone and one empty location to add. */
    static ServiceEditForm of(DirectoryService s) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", s.name());
        texts.put("nameFr", s.nameFr());
        texts.put("description", s.description());
        texts.put("descriptionFr", s.descriptionFr());
        texts.put("applicationProcess", s.applicationProcess());
        texts.put("applicationProcessFr", s.applicationProcessFr());
        texts.put("eligibilityDescription", s.eligibilityDescription());
        texts.put("minimumAge", s.minimumAge() == null ? "" : s.minimumAge().toString());
        texts.put("maximumAge", s.maximumAge() == null ? "" : s.maximumAge().toString());
        texts.put("gender", s.gender() == null ? "any" : s.gender());
        texts.put("email", s.email());
        texts.put("url", s.url());
        texts.replaceAll((k, v) -> v == null ? "" : v);
        Map<String, String> opens = new LinkedHashMap<>();
        Map<String, String> closes = new LinkedHashMap<>();
        for (String day : DAYS) {
            s.hours().stream()
                    .filter(h -> List.of(h.byday().split(",")).contains(day))
                    .findFirst()
                    .ifPresent(h -> {
                        opens.put(day, HH_MM.format(h.opensAt()));
                        closes.put(day, HH_MM.format(h.closesAt()));
                    });
        }
        List<PhoneRow> phones = s.phones().stream()
                .map(p -> new PhoneRow(
                        p.id().toString(),
                        p.number(),
                        Objects.toString(p.extension(), ""),
                        p.type(),
                        Objects.toString(p.description(), ""),
                        false))
                .toList();
        List<SiteRow> sites = s.sites().stream()
                .map(x -> new SiteRow(
                        x.serviceAtLocationId().toString(),
                        Objects.toString(x.address1(), ""),
                        Objects.toString(x.city(), ""),
                        Objects.toString(x.postalCode(), ""),
                        Objects.toString(x.accessibility(), ""),
                        false))
                .toList();
        return new ServiceEditForm(
                        texts,
                        s.languages().stream().map(Language::code).toList(),
                        s.terms().stream().map(Term::id).map(Object::toString).toList(),
                        s.open247(),
                        opens,
                        closes,
                        phones,
                        sites,
                        s.confidentialLocation())
                .withEmptyRows();
    }

    /** The form as posted; missing parameters are empty, rows are as long as the longest of their columns. */
    static ServiceEditForm read(MultiValueMap<String, String> p) {
        Map<String, String> texts = new LinkedHashMap<>();
        FIELDS.forEach(field -> texts.put(field, first(p, field)));
        Map<String, String> opens = new LinkedHashMap<>();
        Map<String, String> closes = new LinkedHashMap<>();
        for (String day : DAYS) {
            opens.put(day, first(p, "opens-" + day));
            closes.put(day, first(p, "closes-" + day));
        }
        List<String> removedPhones = all(p, "phoneRemove");
        List<PhoneRow> phones = new ArrayList<>();
        for (int i = 0; i < rows(p, "phoneId", "phoneNumber", "phoneExtension", "phoneType", "phoneDescription"); i++) {
            phones.add(new PhoneRow(
                    at(p, "phoneId", i),
                    at(p, "phoneNumber", i),
                    at(p, "phoneExtension", i),
                    at(p, "phoneType", i),
                    at(p, "phoneDescription", i),
                    removedPhones.contains(String.valueOf(i))));
        }
        List<String> removedSites = all(p, "siteRemove");
        List<SiteRow> sites = new ArrayList<>();
        for (int i = 0; i < rows(p, "siteId", "siteAddress", "siteCity", "sitePostalCode", "siteAccessibility"); i++) {
            sites.add(new SiteRow(
                    at(p, "siteId", i),
                    at(p, "siteAddress", i),
                    at(p, "siteCity", i),
                    at(p, "sitePostalCode", i),
                    at(p, "siteAccessibility", i),
                    removedSites.contains(String.valueOf(i))));
        }
        return new ServiceEditForm(
                texts,
                all(p, "languages"),
                all(p, "terms"),
                "true".equals(first(p, "open247")),
                opens,
                closes,
                phones,
                sites,
                "true".equals(first(p, "confidentialLocation")));
    }

    /** The same form with an empty phone and an empty location at the end, unless one is there already. */
    ServiceEditForm withEmptyRows() {
        List<PhoneRow> p = new ArrayList<>(phones);
        if (p.size() < MAX_ROWS && p.stream().noneMatch(PhoneRow::blank)) {
            p.add(new PhoneRow("", "", "", "voice", "", false));
        }
        List<SiteRow> l = new ArrayList<>(sites);
        if (l.size() < MAX_ROWS && l.stream().noneMatch(SiteRow::blank)) {
            l.add(new SiteRow("", "", "", "", "", false));
        }
        return new ServiceEditForm(texts, languages, terms, open247, opens, closes, p, l, confidentialLocation);
    }

    private static Map<String, Integer> limits(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    private static String first(MultiValueMap<String, String> p, String name) {
        return at(p, name, 0);
    }

    private static String at(MultiValueMap<String, String> p, String name, int i) {
        List<String> values = p.get(name);
        String v = values == null || i >= values.size() ? null : values.get(i);
        return v == null ? "" : v;
    }

    private static List<String> all(MultiValueMap<String, String> p, String name) {
        return p.getOrDefault(name, List.of()).stream().filter(Objects::nonNull).toList();
    }

    /** How many rows the columns make, at most one more than allowed (so the check can refuse them). */
    private static int rows(MultiValueMap<String, String> p, String... columns) {
        int n = 0;
        for (String c : columns) {
            n = Math.max(n, p.getOrDefault(c, List.of()).size());
        }
        return Math.min(n, MAX_ROWS + 1);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
