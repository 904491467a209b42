package ca.harbour.directory.internal;

import java.util.List;
import java.util.UUID;

/** One page of search results, best first, out of {@code total} matches. */
public record SearchResult(long total, List<Hit> hits, int page, int size) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /**
     * A matching service: its score, its nearest location's distance in km (null without a place
     * or location) and why it matched: {@code field:term} pairs, such as {@code needs_en:shelter}.
     */
    public record Hit(UUID serviceId, float score, Double distanceKm, List<String> matched) {
        public Hit {
            matched = List.copyOf(matched);
        }
    }
}
