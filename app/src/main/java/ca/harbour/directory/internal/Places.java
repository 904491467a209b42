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
 * The Ontario places a person can search near ("near Thunder Bay"), loaded once from the bundled
 * extract; lookups ignore case, accents and punctuation. Thread-safe (read-only after start).
 */
@Component
public class Places {

    private final List<Place> all;
    private final Map<String, Place> byKey = new LinkedHashMap<>();

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
        return byKey.entrySet().stream().filter(e -> e.getKey().startsWith(key)).map(Map.Entry::getValue).findFirst()
                .or(() -> byKey.entrySet().stream().filter(e -> e.getKey().endsWith(" " + key))
                        .map(Map.Entry::getValue).findFirst());
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
