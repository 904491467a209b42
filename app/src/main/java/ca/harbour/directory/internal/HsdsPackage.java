package ca.harbour.directory.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS 3.0 CSV datapackage: one CSV per table (named as the standard's {@code path}s) and a
 * {@code datapackage.json}. Harbour's fields are {@code x_} columns and {@code x_service_capacities.csv};
 * {@code x_confidential_location} marks a service whose addresses (present, as in every admin export)
 * must never be published.
 * Written from, and read back into, the same nested records as the JSON format.
 */
final class HsdsPackage {

    static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put(
                "organizations.csv",
                List.of(
                        "id",
                        "name",
                        "alternate_name",
                        "description",
                        "email",
                        "website",
                        "x_indigenous_led",
                        "x_owner_organization_id",
                        "x_demo",
                        "x_last_modified"));
        TABLES.put(
                "services.csv",
                List.of(
                        "id",
                        "organization_id",
                        "name",
                        "description",
                        "url",
                        "email",
                        "status",
                        "application_process",
                        "eligibility_description",
                        "minimum_age",
                        "maximum_age",
                        "assured_date",
                        "last_modified",
                        "x_name_fr",
                        "x_description_fr",
                        "x_application_process_fr",
                        "x_gender",
                        "x_open_24_7",
                        "x_accepting_new_clients",
                        "x_last_verified",
                        "x_demo",
                        "x_intake_notes",
                        "x_referral_contact",
                        "x_confidential_location"));
        TABLES.put("locations.csv", List.of("id", "location_type", "organization_id", "name", "latitude", "longitude"));
        TABLES.put(
                "addresses.csv",
                List.of(
                        "id",
                        "location_id",
                        "address_1",
                        "city",
                        "state_province",
                        "postal_code",
                        "country",
                        "address_type"));
        TABLES.put("accessibility.csv", List.of("id", "location_id", "description"));
        TABLES.put("service_at_location.csv", List.of("id", "service_id", "location_id"));
        TABLES.put("phones.csv", List.of("id", "service_id", "number", "extension", "type", "description"));
        TABLES.put(
                "schedules.csv", List.of("id", "service_id", "freq", "byday", "opens_at", "closes_at", "description"));
        TABLES.put("languages.csv", List.of("id", "service_id", "name", "code"));
        TABLES.put("service_areas.csv", List.of("id", "service_id", "name"));
        TABLES.put("contacts.csv", List.of("id", "service_id", "name", "title", "email"));
        TABLES.put("attributes.csv", List.of("id", "link_id", "link_type", "link_entity", "taxonomy_term_id"));
        TABLES.put(
                "x_service_capacities.csv",
                List.of("id", "service_id", "unit_id", "unit", "available", "maximum", "updated"));
        TABLES.put("taxonomies.csv", List.of("id", "name", "description", "uri", "version"));
        TABLES.put("taxonomy_terms.csv", List.of("id", "code", "name", "description", "taxonomy_id", "language"));
    }

    static final Set<String> NUMBERS =
            Set.of("minimum_age", "maximum_age", "latitude", "longitude", "available", "maximum", "extension");
    static final Set<String> BOOLEANS =
            Set.of("x_open_24_7", "x_accepting_new_clients", "x_demo", "x_indigenous_led", "x_confidential_location");
    /** Files an import needs; the others may be absent. */
    static final Set<String> REQUIRED = Set.of("organizations.csv", "services.csv");

    static final long MAX_UNZIPPED = 50L * 1024 * 1024;

    private HsdsPackage() {}

    /** Nested service records (as {@link HsdsMapper#service} writes them) and the taxonomy, as a zip. */
    @SuppressWarnings("unchecked")
    static byte[] write(
            List<Map<String, Object>> services, List<Map<String, Object>> taxonomies, List<Map<String, Object>> terms) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        TABLES.keySet().forEach(t -> rows.put(t, new ArrayList<>()));
        Map<Object, Boolean> orgsSeen = new LinkedHashMap<>();
        for (Map<String, Object> s : services) {
            Map<String, Object> org = (Map<String, Object>) s.get("organization");
            if (orgsSeen.put(org.get("id"), true) == null) {
                rows.get("organizations.csv").add(flat(org));
            }
            rows.get("services.csv").add(flat(s));
            for (Map<String, Object> sal : (List<Map<String, Object>>) s.get("service_at_locations")) {
                Map<String, Object> loc = (Map<String, Object>) sal.get("location");
                rows.get("service_at_location.csv").add(sal);
                rows.get("locations.csv").add(loc);
                rows.get("addresses.csv").addAll((List<Map<String, Object>>) loc.get("addresses"));
                rows.get("accessibility.csv").addAll((List<Map<String, Object>>) loc.get("accessibility"));
            }
            for (String child :
                    List.of("phones", "schedules", "languages", "service_areas", "contacts", "attributes")) {
                rows.get(child + ".csv").addAll((List<Map<String, Object>>) s.get(child));
            }
            Map<String, Object> x = (Map<String, Object>) s.get("x_harbour");
            for (Map<String, Object> c : (List<Map<String, Object>>) x.getOrDefault("capacity", List.of())) {
                Map<String, Object> row = new LinkedHashMap<>(c);
                row.put("service_id", s.get("id"));
                rows.get("x_service_capacities.csv").add(row);
            }
        }
        rows.get("taxonomies.csv").addAll(taxonomies);
        rows.get("taxonomy_terms.csv").addAll(terms);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(descriptor());
            for (var table : TABLES.entrySet()) {
                zip.putNextEntry(new ZipEntry(table.getKey()));
                StringBuilder csv = new StringBuilder(Csv.line(table.getValue()));
                for (Map<String, Object> row : rows.get(table.getKey())) {
                    csv.append(Csv.line(table.getValue().stream()
                            .map(c -> row.get(c) == null ? "" : String.valueOf(row.get(c)))
                            .toList()));
                }
                zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Scalars of a record, with its {@code x_harbour} scalars as {@code x_} columns. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> flat(Map<String, Object> record) {
        Map<String, Object> out = new LinkedHashMap<>(record);
        if (record.get("x_harbour") instanceof Map<?, ?> x) {
            ((Map<String, Object>) x).forEach((k, v) -> out.put("x_" + k, v));
        }
        return out;
    }

    private static byte[] descriptor() {
        List<Object> resources = new ArrayList<>();
        TABLES.forEach((path, columns) -> resources.add(Map.of(
                "name",
                path.replace(".csv", ""),
                "path",
                path,
                "profile",
                "tabular-data-resource",
                "schema",
                Map.of(
                        "fields",
                        columns.stream()
                                .map(c -> Map.of(
                                        "name",
                                        c,
                                        "type",
                                        NUMBERS.contains(c) ? "number" : BOOLEANS.contains(c) ? "boolean" : "string"))
                                .toList()))));
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("name", "harbour-directory");
        pkg.put("profile", "tabular-data-package");
        pkg.put("x_hsds_version", HsdsMapper.HSDS_VERSION);
        pkg.put("resources", resources);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(pkg);
    }

    /** The CSV files of a zip, by name; throws {@link IOException} when it is not a readable zip or too big. */
    static Map<String, String> unzip(byte[] zipBytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName().replace('\\', '/');
                name = name.substring(name.lastIndexOf('/') + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_UNZIPPED) {
                        throw new IOException("datapackage expands beyond the limit");
                    }
                    out.write(buf, 0, n);
                }
                if (!e.isDirectory() && (name.endsWith(".csv") || name.equals("datapackage.json"))) {
                    files.put(name, out.toString(StandardCharsets.UTF_8));
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no files in the archive");
        }
        return files;
    }
}
