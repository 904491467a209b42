package ca.harbour.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Canadian postal codes as a place to search near: the forward sortation area (FSA, the first three
 * characters) placed at its centroid from the bundled GeoNames extract of Ontario's FSAs (CC BY 4.0,
 * see {@code directory/ontario-postal-areas.NOTICE.txt}).
 */
final class PostalCodes {

    /** Canada Post's letters: no D, F, I, O, Q or U anywhere, no W or Z first. */
    private static final Pattern CODE =
            Pattern.compile("[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]([0-9][ABCEGHJ-NPRSTV-Z][0-9])?");

    private PostalCodes() {}

    /** The FSA of a postal code or FSA as typed ("M5V 2T6", "m5v2t6", "M5V"), or null if it is not one. */
    static String area(String typed) {
        String compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "");
        return CODE.matcher(compact).matches() ? compact.substring(0, 3) : null;
    }

    /** Ontario's FSAs, each a {@link Place} named by its FSA. */
    static Map<String, Place> areas() {
        Map<String, Place> areas = new HashMap<>();
        try (InputStream in = PostalCodes.class.getResourceAsStream("/directory/ontario-postal-areas.csv")) {
            List<List<String>> rows = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (List<String> row : rows.subList(1, rows.size())) {
                double lat = Double.parseDouble(row.get(1));
                double lon = Double.parseDouble(row.get(2));
                areas.put(row.get(0), new Place(row.get(0), lat, lon, Places.regionOf(lat, lon)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the bundled Ontario postal code areas cannot be read", e);
        }
        return Map.copyOf(areas);
    }
}
