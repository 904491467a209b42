package ca.harbour.directory.internal;

import ca.harbour.identity.Region;

/**
 * What a person asks the directory: free text in either language, an optional place to measure
 * distance from, and filters; every filter is optional (null or false = not filtered).
 * {@code withinKm} limits results to that distance of {@code near}. Pages start at 0.
 */
public record SearchQuery(
        String text,
        Place near,
        Double withinKm,
        String termCode,
        String language,
        Integer age,
        String gender,
        boolean open247,
        boolean indigenousLed,
        boolean accepting,
        Region region,
        boolean activeOnly,
        int page,
        int size) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        page = Math.max(0, page);
        size = Math.max(1, Math.min(size, 10_000));
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, false, false, false, null, true, 0, 10);
    }

    public SearchQuery near(Place place) {
        return new SearchQuery(
                text,
                place,
                withinKm,
                termCode,
                language,
                age,
                gender,
                open247,
                indigenousLed,
                accepting,
                region,
                activeOnly,
                page,
                size);
    }
}
