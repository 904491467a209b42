package ca.harbour.directory.internal;

import ca.harbour.identity.Region;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Ontario places a person can search near ("near Thunder Bay", "near M5V 2T6"), loaded once from
 * the bundled extracts (towns, and postal code areas: see {@link PostalCodes}); name lookups ignore
 * case, accents and punctuation. Thread-safe (read-only after start).
 */
@Component
public class Places {

    private final List<Place> all;
    private final Map<String, Place> byKey = new LinkedHashMap<>();
    private final Map<String, Place> postalAreas;

    /** What a "where?" field named: a place, or why none ({@code place} is null unless {@code FOUND}). */
    public record Near(Place place, Outcome outcome) {}

    public enum Outcome {
        FOUND,
        UNKNOWN_PLACE,
        MALFORMED_POSTAL_CODE,
        UNKNOWN_POSTAL_AREA
    }

    public Places() {
        List<Place> places = new ArrayList<>();
        try (InputStream in = Places.class.getResourceAsStream("/directory/ontario-places.csv")) {
            List<List<String>> rows = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (List<String> row : rows.subList(1, rows.size())) {
                double lat = Double.parseDouble(row.get(1));
                double lon = Double.parseDouble(row.get(2));
                places.add(new Place(row.get(0), lat, lon, regionOf(lat, lon)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the bundled Ontario places cannot be read", e);
        }
        this.all = Collections.unmodifiableList(places);
        all.forEach(p -> byKey.putIfAbsent(key(p.name()), p));
        this.postalAreas = PostalCodes.areas();
    }

    /**
     * Where {@code text} is: a town by name, or (when it has a digit) a postal code ("M5V 2T6",
     * "m5v2t6") or its first three characters ("M5V"), placed at the centroid of its area. Blank
     * text is {@code UNKNOWN_PLACE}; callers check for blank first.
     */
    public Near near(String text) {
        if (text != null && text.chars().anyMatch(Character::isDigit)) {
            String fsa = PostalCodes.area(text);
            if (fsa == null) {
                return new Near(null, Outcome.MALFORMED_POSTAL_CODE);
            }
            Place area = postalAreas.get(fsa);
            return area == null ? new Near(null, Outcome.UNKNOWN_POSTAL_AREA) : new Near(area, Outcome.FOUND);
        }
        return find(text).map(p -> new Near(p, Outcome.FOUND)).orElse(new Near(null, Outcome.UNKNOWN_PLACE));
    }

    public List<Place> all() {
        return all;
    }

    /** The place named {@code name}, or (if none) the first whose name starts with it. */
    public Optional<Place> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = key(name);
        Place exact = byKey.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        return byKey.entrySet().stream()
                .filter(e -> e.getKey().startsWith(key))
                .map(Map.Entry::getValue)
                .findFirst()
                .or(() -> byKey.entrySet().stream()
                        .filter(e -> e.getKey().endsWith(" " + key))
                        .map(Map.Entry::getValue)
                        .findFirst());
    }

    /** Ontario's service regions, roughly by coordinates (as the ministry draws them). */
    public static Region regionOf(double lat, double lon) {
        if (lon < -85.5) {
            return Region.NORTHWEST;
        }
        if (lat > 45.9 || (lat > 45.3 && lon < -79.5)) {
            return Region.NORTHEAST;
        }
        if (lat > 43.58 && lat < 43.86 && lon > -79.64 && lon < -79.11) {
            return Region.TORONTO;
        }
        if (lon > -77.6) {
            return Region.EAST;
        }
        if (lon < -80.1) {
            return Region.WEST;
        }
        return Region.CENTRAL;
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
