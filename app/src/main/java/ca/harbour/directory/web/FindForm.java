package ca.harbour.directory.web;

import ca.harbour.directory.internal.Place;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.SearchQuery;
import ca.harbour.directory.internal.ServiceRules;
import ca.harbour.directory.internal.Taxonomy;
import ca.harbour.identity.Region;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "find supports" form as typed (all strings, so nothing typed makes binding fail), checked
 * into a {@link SearchQuery} or field → message-key errors.
 */
public record FindForm(
        String q,
        String near,
        String within,
        String need,
        String language,
        String age,
        String gender,
        String open247,
        String indigenous,
        String accepting,
        String region,
        String page) {

    static final int MAX_TEXT = 200;

    record Checked(SearchQuery query, Map<String, String> errors, boolean placeUnknown) {}

    Checked check(Places places, Taxonomy taxonomy, boolean activeOnly, int size) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (q != null && q.length() > MAX_TEXT) {
            errors.put("q", "directory.error.tooLong");
        }
        Integer ageValue = null;
        if (notBlank(age)) {
            try {
                ageValue = Integer.parseInt(age.strip());
                if (!ServiceRules.age(ageValue)) {
                    errors.put("age", "directory.error.age");
                }
            } catch (NumberFormatException e) {
                errors.put("age", "directory.error.age");
            }
        }
        Double withinKm = null;
        if (notBlank(within)) {
            try {
                withinKm = Double.parseDouble(within.strip());
                if (!(withinKm > 0 && withinKm <= 2000)) {
                    errors.put("within", "directory.error.within");
                }
            } catch (NumberFormatException e) {
                errors.put("within", "directory.error.within");
            }
        }
        if (notBlank(need) && taxonomy.byCode(need).isEmpty()) {
            errors.put("need", "directory.error.need");
        }
        if (notBlank(language) && !language.matches("[a-z]{2,3}")) {
            errors.put("language", "directory.error.language");
        }
        if (notBlank(gender) && !ServiceRules.gender(gender)) {
            errors.put("gender", "directory.error.gender");
        }
        Region regionValue = null;
        if (notBlank(region)) {
            try {
                regionValue = Region.valueOf(region);
            } catch (IllegalArgumentException e) {
                errors.put("region", "directory.error.region");
            }
        }
        if (notBlank(near) && near.length() > MAX_TEXT) {
            errors.put("near", "directory.error.tooLong");
        }
        int pageValue = 0;
        if (notBlank(page)) {
            try {
                pageValue = Math.max(0, Math.min(Integer.parseInt(page.strip()), 1000));
            } catch (NumberFormatException e) {
                errors.put("page", "directory.error.page");
            }
        }
        Place place = null;
        boolean unknown = false;
        if (notBlank(near) && !errors.containsKey("near")) {
            Places.Near where = places.near(near);
            place = where.place();
            unknown = where.outcome() == Places.Outcome.UNKNOWN_PLACE;
            if (where.outcome() == Places.Outcome.MALFORMED_POSTAL_CODE) {
                errors.put("near", "directory.error.postalCode");
            } else if (where.outcome() == Places.Outcome.UNKNOWN_POSTAL_AREA) {
                errors.put("near", "directory.error.postalArea");
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors, unknown);
        }
        SearchQuery query = new SearchQuery(
                q,
                place,
                withinKm,
                blankToNull(need),
                blankToNull(language),
                ageValue,
                blankToNull(gender),
                on(open247),
                on(indigenous),
                on(accepting),
                regionValue,
                activeOnly,
                pageValue,
                size);
        return new Checked(query, errors, unknown);
    }

    boolean searched() {
        return notBlank(q)
                || notBlank(near)
                || notBlank(need)
                || notBlank(language)
                || notBlank(age)
                || on(open247)
                || on(indigenous)
                || on(accepting)
                || notBlank(region)
                || (notBlank(gender) && !"any".equals(gender));
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.strip() : null;
    }

    private static boolean on(String s) {
        return "true".equals(s) || "on".equals(s);
    }
}
