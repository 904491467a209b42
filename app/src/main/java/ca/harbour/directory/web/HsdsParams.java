package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.HsdsMapper;
import ca.harbour.platform.domain.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The HSDS API's common query parameters, as typed; {@link #check()} turns them into values or
 * refuses with a translated 400 naming the parameter.
 */
record HsdsParams(
        String search,
        String page,
        String per_page,
        String taxonomy_term_id,
        String taxonomy_id,
        String organization_id,
        String modified_after,
        String full,
        String format,
        String minimal,
        String full_service,
        String top_only,
        String parent_id) {

    static final int MAX_PER_PAGE = 100;

    /** {@code ndjson}: every match, one JSON document a line, without the page wrapper. */
    record Checked(
            String search,
            int page,
            int perPage,
            UUID termId,
            UUID taxonomyId,
            UUID organizationId,
            Instant modifiedAfter,
            boolean full,
            boolean ndjson,
            boolean minimal,
            boolean fullService,
            boolean topOnly,
            UUID parentId) {

        /** The same request for another page and page size (to stream every page as NDJSON). */
        Checked at(int otherPage, int otherPerPage) {
            return new Checked(
                    search,
                    otherPage,
                    otherPerPage,
                    termId,
                    taxonomyId,
                    organizationId,
                    modifiedAfter,
                    full,
                    ndjson,
                    minimal,
                    fullService,
                    topOnly,
                    parentId);
        }

        /** True when {@code text} contains the search words, ignoring case (short lists search names this way). */
        boolean matches(String text) {
            return search == null
                    || (text != null && text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT)));
        }
    }

    Checked check() {
        Map<String, String> errors = new LinkedHashMap<>();
        int pageNumber = integer("page", page, 1, 1, 1_000_000, errors);
        int perPage = integer("per_page", per_page, 20, 1, MAX_PER_PAGE, errors);
        UUID term = uuid("taxonomy_term_id", taxonomy_term_id, errors);
        UUID taxonomy = uuid("taxonomy_id", taxonomy_id, errors);
        UUID org = uuid("organization_id", organization_id, errors);
        Instant after = null;
        if (modified_after != null && !modified_after.isBlank()) {
            try {
                after = OffsetDateTime.parse(modified_after.strip()).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    after = LocalDate.parse(modified_after.strip())
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
                } catch (DateTimeParseException e2) {
                    errors.put("modified_after", "directory.error.datetime");
                }
            }
        }
        if (search != null && search.length() > 200) {
            errors.put("search", "directory.error.tooLong");
        }
        boolean fullValue = bool("full", full, errors);
        boolean minimalValue = bool("minimal", minimal, errors);
        boolean fullServiceValue = bool("full_service", full_service, errors);
        boolean topOnlyValue = bool("top_only", top_only, errors);
        UUID parent = uuid("parent_id", parent_id, errors);
        if (format != null && !format.isBlank() && !format.equals("json") && !format.equals("ndjson")) {
            errors.put("format", "directory.error.format");
        }
        if (!errors.isEmpty()) {
            throw Rejection.of("directory.error.parameters", errors).exception();
        }
        String text = search == null || search.isBlank() ? null : search.strip();
        return new Checked(
                text,
                pageNumber,
                perPage,
                term,
                taxonomy,
                org,
                after,
                fullValue,
                "ndjson".equals(format),
                minimalValue,
                fullServiceValue,
                topOnlyValue,
                parent);
    }

    private static boolean bool(String name, String value, Map<String, String> errors) {
        if (value != null && !value.isBlank() && !value.equals("true") && !value.equals("false")) {
            errors.put(name, "directory.error.boolean");
        }
        return "true".equals(value);
    }

    static Double proximityKm(String metres) {
        if (metres == null || metres.isBlank()) {
            return null;
        }
        try {
            double m = Double.parseDouble(metres.strip());
            if (m > 0 && m <= 2_000_000) {
                return m / 1000d;
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal
        }
        throw Rejection.of("directory.error.parameters", Map.of("proximity", "directory.error.proximity"))
                .exception();
    }

    private static int integer(String name, String value, int fallback, int min, int max, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(name, "per_page".equals(name) ? "directory.error.perPage" : "directory.error.page");
        return fallback;
    }

    private static UUID uuid(String name, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(name, "directory.error.uuid");
            return null;
        }
    }

    /** HSDS's page wrapper around one page of {@code contents}. */
    static Map<String, Object> page(List<Object> contents, long total, int page, int perPage) {
        Map<String, Object> m = new LinkedHashMap<>();
        long pages = Math.max(1, (total + perPage - 1) / perPage);
        m.put("total_items", total);
        m.put("total_pages", pages);
        m.put("page_number", page);
        m.put("size", contents.size());
        m.put("first_page", page == 1);
        m.put("last_page", page >= pages);
        m.put("empty", contents.isEmpty());
        m.put("contents", contents);
        return m;
    }

    static Map<String, Object> slice(List<Object> all, int page, int perPage) {
        int from = (int) Math.min(all.size(), (long) (page - 1) * perPage);
        int to = Math.min(all.size(), from + perPage);
        return page(List.copyOf(all.subList(from, to)), all.size(), page, perPage);
    }

    /**
     * A service at a location for the public: a confidential site gives its town only; {@code full}
     * nests the whole service rather than its one-to-one fields.
     */
    static Map<String, Object> sal(DirectoryService s, DirectoryService.Site site, Double distanceKm, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", site.serviceAtLocationId().toString());
        m.put("service_id", s.id().toString());
        m.put("location_id", site.locationId().toString());
        m.put("location", HsdsMapper.location(s, site, false));
        m.put("service", full ? HsdsMapper.service(s, false) : HsdsMapper.serviceList(s));
        if (distanceKm != null) {
            m.put("x_harbour", Map.of("distance_km", Math.round(distanceKm * 10) / 10d));
        }
        return m;
    }
}
