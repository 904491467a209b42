package ca.harbour.directory.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the CSV files of an HSDS datapackage back into nested service records, reporting by file,
 * row and column what cannot be read (malformed CSV, a number or boolean that is not one, a row
 * whose service or location is not in the package). Not thread-safe: one reader per import.
 */
final class HsdsPackageReader {

    private final Map<String, String> files;
    private final List<ImportProblem> problems;

    HsdsPackageReader(Map<String, String> files, List<ImportProblem> problems) {
        this.files = files;
        this.problems = problems;
    }

    /** Nested records in the order of services.csv, or an empty list when a required file is missing. */
    List<Map<String, Object>> records() {
        for (String required : HsdsPackage.REQUIRED) {
            if (!files.containsKey(required)) {
                problems.add(new ImportProblem(required, 0, "", "directory.import.missingFile", List.of(required)));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> orgs = byId(rows("organizations.csv"));
        List<Row> services = rows("services.csv");
        Map<String, Map<String, Object>> locations = byId(rows("locations.csv"));
        Map<String, List<Map<String, Object>>> addresses =
                group(rows("addresses.csv"), "location_id", locations.keySet());
        Map<String, List<Map<String, Object>>> access =
                group(rows("accessibility.csv"), "location_id", locations.keySet());
        Set<String> serviceIds = new HashSet<>();
        services.forEach(r -> serviceIds.add(String.valueOf(r.values().get("id"))));
        Map<String, List<Map<String, Object>>> sals = group(rows("service_at_location.csv"), "service_id", serviceIds);
        Map<String, Map<String, List<Map<String, Object>>>> children = new LinkedHashMap<>();
        for (String child : List.of("phones", "schedules", "languages", "service_areas", "contacts")) {
            children.put(child, group(rows(child + ".csv"), "service_id", serviceIds));
        }
        Map<String, List<Map<String, Object>>> attributes = group(rows("attributes.csv"), "link_id", serviceIds);
        Map<String, List<Map<String, Object>>> capacity =
                group(rows("x_service_capacities.csv"), "service_id", serviceIds);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row row : services) {
            Map<String, Object> s = nest(row.values());
            String id = String.valueOf(s.get("id"));
            Map<String, Object> org = orgs.get(String.valueOf(s.get("organization_id")));
            if (org != null) {
                s.put("organization", nest(org));
            }
            List<Map<String, Object>> sites = new ArrayList<>();
            for (Map<String, Object> sal : sals.getOrDefault(id, List.of())) {
                Map<String, Object> site = new LinkedHashMap<>(sal);
                Map<String, Object> loc = locations.get(String.valueOf(sal.get("location_id")));
                if (loc == null) {
                    problems.add(new ImportProblem(
                            "service_at_location.csv",
                            0,
                            "location_id",
                            "directory.import.unknownService",
                            List.of(String.valueOf(sal.get("location_id")))));
                    continue;
                }
                Map<String, Object> location = new LinkedHashMap<>(loc);
                location.put("addresses", addresses.getOrDefault(String.valueOf(loc.get("id")), List.of()));
                location.put("accessibility", access.getOrDefault(String.valueOf(loc.get("id")), List.of()));
                site.put("location", location);
                sites.add(site);
            }
            s.put("service_at_locations", sites);
            children.forEach((name, map) -> s.put(name, map.getOrDefault(id, List.of())));
            s.put("attributes", attributes.getOrDefault(id, List.of()));
            @SuppressWarnings("unchecked")
            Map<String, Object> x = (Map<String, Object>) s.computeIfAbsent("x_harbour", k -> new LinkedHashMap<>());
            x.put("capacity", capacity.getOrDefault(id, List.of()));
            out.add(s);
        }
        return out;
    }

    private record Row(int number, Map<String, Object> values) {}

    /** A row's x_ columns move under x_harbour, as in the JSON format. */
    private static Map<String, Object> nest(Map<String, Object> flat) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> x = new LinkedHashMap<>();
        flat.forEach((k, v) -> {
            if (k.startsWith("x_")) {
                x.put(k.substring(2), v);
            } else {
                out.put(k, v);
            }
        });
        out.put("x_harbour", x);
        return out;
    }

    private List<Row> rows(String file) {
        String text = files.get(file);
        if (text == null) {
            return List.of();
        }
        List<List<String>> lines;
        try {
            lines = Csv.parse(text);
        } catch (Csv.MalformedCsvException e) {
            problems.add(new ImportProblem(file, e.row(), "", "directory.import.notCsv", List.of()));
            return List.of();
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = lines.get(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            if (cells.size() != header.size()) {
                problems.add(new ImportProblem(
                        file, i + 1, "", "directory.import.columns", List.of(header.size(), cells.size())));
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                Object v = typed(file, i + 1, header.get(c), cells.get(c));
                if (v != null) {
                    values.put(header.get(c), v);
                }
            }
            rows.add(new Row(i + 1, values));
        }
        return rows;
    }

    private Object typed(String file, int row, String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        if (HsdsPackage.NUMBERS.contains(column)) {
            try {
                return Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(file, row, column, "directory.import.notNumber", List.of()));
                return null;
            }
        }
        if (HsdsPackage.BOOLEANS.contains(column)) {
            if (!cell.equals("true") && !cell.equals("false")) {
                problems.add(new ImportProblem(file, row, column, "directory.import.notBoolean", List.of()));
                return null;
            }
            return Boolean.valueOf(cell);
        }
        return cell;
    }

    private static Map<String, Map<String, Object>> byId(List<Row> rows) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.putIfAbsent(String.valueOf(r.values().get("id")), r.values()));
        return out;
    }

    private Map<String, List<Map<String, Object>>> group(List<Row> rows, String key, Set<String> known) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            String k = String.valueOf(r.values().get(key));
            if (!known.contains(k)) {
                problems.add(
                        new ImportProblem(fileOf(key), r.number(), key, "directory.import.unknownService", List.of(k)));
                continue;
            }
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(r.values());
        }
        return out;
    }

    private static String fileOf(String key) {
        return key.equals("location_id") ? "addresses.csv / accessibility.csv" : "";
    }
}
