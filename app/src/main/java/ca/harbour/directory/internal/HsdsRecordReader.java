package ca.harbour.directory.internal;

import ca.harbour.directory.internal.DirectoryService.Area;
import ca.harbour.directory.internal.DirectoryService.Capacity;
import ca.harbour.directory.internal.DirectoryService.Contact;
import ca.harbour.directory.internal.DirectoryService.Hours;
import ca.harbour.directory.internal.DirectoryService.Language;
import ca.harbour.directory.internal.DirectoryService.Org;
import ca.harbour.directory.internal.DirectoryService.Phone;
import ca.harbour.directory.internal.DirectoryService.Site;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads one fully nested HSDS 3.0 service (as parsed JSON: maps, lists, strings, numbers,
 * booleans) into a {@link DirectoryService}, reporting every problem instead of stopping at the
 * first. Not thread-safe: one reader per record.
 */
final class HsdsRecordReader {

    private final String file;
    private final int row;
    private final Function<UUID, Term> terms;
    private final List<ImportProblem> problems;

    HsdsRecordReader(String file, int row, Function<UUID, Term> terms, List<ImportProblem> problems) {
        this.file = file;
        this.row = row;
        this.terms = terms;
        this.problems = problems;
    }

    DirectoryService service(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            problem("service", "directory.import.notObject");
            return null;
        }
        UUID id = uuid(m, "id", true);
        String name = text(m, "name", true, ServiceRules.NAME);
        String status = text(m, "status", true, 40);
        if (status != null && !ServiceRules.status(status)) {
            problem("status", "directory.import.badValue", status);
        }
        Org org = organization(m.get("organization"));
        Map<?, ?> x = m.get("x_harbour") instanceof Map<?, ?> xm ? xm : Map.of();
        Integer min = age(m, "minimum_age");
        Integer max = age(m, "maximum_age");
        if (min != null && max != null && min > max) {
            problem("minimum_age", "directory.import.ageOrder");
        }
        String gender = x.containsKey("gender") ? text(x, "gender", false, 20) : "any";
        if (gender != null && !ServiceRules.gender(gender)) {
            problem("x_harbour.gender", "directory.import.badValue", gender);
        }
        List<Term> needs = list(m, "attributes", a -> {
            UUID termId = uuid(a, "taxonomy_term_id", true);
            if (termId == null) {
                return null;
            }
            Term t = terms.apply(termId);
            if (t == null) {
                problem("attributes.taxonomy_term_id", "directory.import.unknownTerm", termId);
            }
            return t;
        });
        List<Language> languages = list(m, "languages", l -> {
            String code = text(l, "code", true, 3);
            if (code != null && !code.matches("[a-z]{2,3}")) {
                problem("languages.code", "directory.import.badValue", code);
            }
            return new Language(uuid(l, "id", true), code, orElse(text(l, "name", false, 100), code));
        });
        List<Site> sites = list(m, "service_at_locations", this::site);
        List<Phone> phones = list(
                m,
                "phones",
                p -> new Phone(
                        uuid(p, "id", true),
                        text(p, "number", true, 40),
                        extension(p),
                        text(p, "type", false, 20),
                        text(p, "description", false, ServiceRules.PHONE_DESCRIPTION)));
        List<Hours> hours = list(m, "schedules", h -> {
            String byday = text(h, "byday", true, 40);
            if (byday != null && !byday.matches("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*")) {
                problem("schedules.byday", "directory.import.badValue", byday);
            }
            return new Hours(
                    uuid(h, "id", true),
                    byday,
                    time(h, "opens_at"),
                    time(h, "closes_at"),
                    text(h, "description", false, 500));
        });
        List<Area> areas = list(m, "service_areas", a -> new Area(uuid(a, "id", true), text(a, "name", true, 200)));
        List<Contact> contacts = list(
                m,
                "contacts",
                c -> new Contact(
                        uuid(c, "id", true),
                        text(c, "name", true, 200),
                        text(c, "title", false, 200),
                        text(c, "email", false, 200)));
        List<Capacity> capacity = x.get("capacity") == null
                ? List.of()
                : list(x, "capacity", c -> {
                    Integer available = integer(c, "available", true, 0, 100_000);
                    return new Capacity(
                            uuid(c, "id", true),
                            Taxonomy.BED,
                            "bed",
                            available == null ? 0 : available,
                            integer(c, "maximum", false, 0, 100_000),
                            instant(c, "updated"));
                });
        return new DirectoryService(
                id,
                org,
                name,
                text(x, "name_fr", false, ServiceRules.NAME),
                orElse(text(m, "description", false, ServiceRules.DESCRIPTION), ""),
                text(x, "description_fr", false, ServiceRules.DESCRIPTION),
                text(m, "url", false, ServiceRules.URL),
                text(m, "email", false, ServiceRules.EMAIL),
                status,
                text(m, "application_process", false, ServiceRules.APPLICATION_PROCESS),
                text(x, "application_process_fr", false, ServiceRules.APPLICATION_PROCESS),
                text(m, "eligibility_description", false, ServiceRules.ELIGIBILITY),
                min,
                max,
                gender == null ? "any" : gender,
                bool(x, "open_24_7"),
                x.containsKey("accepting_new_clients") ? bool(x, "accepting_new_clients") : true,
                bool(x, "confidential_location"),
                text(x, "intake_notes", false, ServiceRules.INTAKE_NOTES),
                text(x, "referral_contact", false, ServiceRules.REFERRAL_CONTACT),
                bool(x, "demo"),
                instant(x, "last_verified"),
                instant(m, "last_modified"),
                needs,
                languages,
                sites,
                phones,
                hours,
                areas,
                contacts,
                capacity);
    }

    private Org organization(Object value) {
        if (!(value instanceof Map<?, ?> o)) {
            problem("organization", "directory.import.required");
            return null;
        }
        Map<?, ?> x = o.get("x_harbour") instanceof Map<?, ?> xm ? xm : Map.of();
        return new Org(
                uuid(o, "id", true),
                text(o, "name", true, 300),
                text(o, "alternate_name", false, 300),
                orElse(text(o, "description", false, 10_000), ""),
                text(o, "email", false, 200),
                text(o, "website", false, 500),
                bool(x, "indigenous_led"),
                uuid(x, "owner_organization_id", false),
                bool(x, "demo"),
                instant(x, "last_modified"));
    }

    private Site site(Map<?, ?> sal) {
        Map<?, ?> loc = sal.get("location") instanceof Map<?, ?> l ? l : null;
        if (loc == null) {
            problem("service_at_locations.location", "directory.import.required");
            return null;
        }
        Double lat = number(loc, "latitude", -90, 90);
        Double lon = number(loc, "longitude", -180, 180);
        Map<?, ?> address = first(loc, "addresses");
        Map<?, ?> access = first(loc, "accessibility");
        return new Site(
                uuid(sal, "id", true),
                uuid(loc, "id", true),
                text(loc, "name", false, 300),
                lat,
                lon,
                address == null ? null : uuid(address, "id", true),
                address == null ? null : text(address, "address_1", true, ServiceRules.ADDRESS),
                address == null ? null : text(address, "city", true, ServiceRules.CITY),
                address == null ? null : text(address, "postal_code", false, 20),
                access == null ? null : uuid(access, "id", true),
                access == null ? null : text(access, "description", false, ServiceRules.ACCESSIBILITY));
    }

    private Map<?, ?> first(Map<?, ?> m, String field) {
        Object v = m.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> l)) {
            problem(field, "directory.import.notList");
            return null;
        }
        return l.isEmpty() ? null : l.get(0) instanceof Map<?, ?> first ? first : null;
    }

    private <T> List<T> list(Map<?, ?> m, String field, Function<Map<?, ?>, T> item) {
        Object v = m.get(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            problem(field, "directory.import.notList");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Map<?, ?> om) {
                T t = item.apply(om);
                if (t != null) {
                    out.add(t);
                }
            } else {
                problem(field, "directory.import.notObject");
            }
        }
        return out;
    }

    private UUID uuid(Map<?, ?> m, String field, boolean required) {
        String s = text(m, field, required, 36);
        if (s == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(s);
            if (id.toString().equals(s.toLowerCase(Locale.ROOT))) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problem(field, "directory.import.uuid", s);
        return null;
    }

    private String text(Map<?, ?> m, String field, boolean required, int max) {
        Object v = m.get(field);
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) {
                problem(field, "directory.import.required");
            }
            return null;
        }
        if (!(v instanceof String s)) {
            problem(field, "directory.import.notText");
            return null;
        }
        if (s.length() > max) {
            problem(field, "directory.import.tooLong", max);
            return null;
        }
        return s;
    }

    private Integer age(Map<?, ?> m, String field) {
        return integer(m, field, false, ServiceRules.MIN_AGE, ServiceRules.MAX_AGE);
    }

    /** HSDS gives a phone's extension as a number; Harbour keeps its digits. */
    private String extension(Map<?, ?> m) {
        Integer x = integer(m, "extension", false, 0, 999_999_999);
        return x == null ? null : String.valueOf(x);
    }

    private Integer integer(Map<?, ?> m, String field, boolean required, int min, int max) {
        Double d = number(m, field, min, max);
        if (d == null) {
            if (required && m.get(field) == null) {
                problem(field, "directory.import.required");
            }
            return null;
        }
        if (d != Math.rint(d)) {
            problem(field, "directory.import.notWhole");
            return null;
        }
        return d.intValue();
    }

    private Double number(Map<?, ?> m, String field, double min, double max) {
        Object v = m.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n)) {
            problem(field, "directory.import.notNumber");
            return null;
        }
        double d = n.doubleValue();
        if (!(d >= min && d <= max)) {
            problem(field, "directory.import.range", min, max);
            return null;
        }
        return d;
    }

    private boolean bool(Map<?, ?> m, String field) {
        Object v = m.get(field);
        if (v != null && !(v instanceof Boolean)) {
            problem(field, "directory.import.notBoolean");
        }
        return Boolean.TRUE.equals(v);
    }

    private LocalTime time(Map<?, ?> m, String field) {
        String s = text(m, field, true, 20);
        try {
            return s == null ? null : LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            problem(field, "directory.import.time", s);
            return null;
        }
    }

    private Instant instant(Map<?, ?> m, String field) {
        String s = text(m, field, false, 40);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                problem(field, "directory.import.datetime", s);
                return null;
            }
        }
    }

    private static String orElse(String s, String fallback) {
        return s == null ? fallback : s;
    }

    private void problem(String field, String key, Object... args) {
        problems.add(new ImportProblem(file, row, field, key, List.of(args)));
    }
}
