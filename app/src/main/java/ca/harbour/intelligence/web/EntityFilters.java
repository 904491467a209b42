package ca.harbour.intelligence.web;

import ca.harbour.intelligence.internal.explore.Connections.Filter;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.platform.domain.Rejection;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The filters of the entity page, the network page and their API, read from the query string or refused. */
final class EntityFilters {

    private EntityFilters() {}

    /**
     * The filter of these parameters: kinds by name (repeated or comma separated), a city, and dates (yyyy-mm-dd,
     * the end date included) in Ontario time; anything else is a rejection naming the field.
     */
    static Filter of(@Nullable List<String> types, @Nullable String city, @Nullable String from, @Nullable String to) {
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        for (String t : types == null ? List.<String>of() : types) {
            for (String part : t.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                kinds.add(kind(part.strip()));
            }
        }
        if (city != null && city.length() > 200) {
            throw Rejection.of("intelligence.explore.error.city", Map.of("city", "intelligence.explore.error.city"))
                    .exception();
        }
        Instant start = date(from, "from", 0);
        Instant end = date(to, "to", 1);
        if (start != null && end != null && !start.isBefore(end)) {
            throw Rejection.of("intelligence.explore.error.period", Map.of("to", "intelligence.explore.error.period"))
                    .exception();
        }
        return new Filter(kinds, city, start, end);
    }

    private static EntityKind kind(String name) {
        for (EntityKind k : EntityKind.values()) {
            if (k.name().equals(name.toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        throw Rejection.of("intelligence.explore.error.type", Map.of("types", "intelligence.explore.error.type"))
                .exception();
    }

    /** The years a filter date may fall in; outside them a date is a typing mistake the database cannot hold. */
    private static final int FIRST_YEAR = 1900;

    private static final int LAST_YEAR = 2100;

    private static @Nullable Instant date(@Nullable String value, String field, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
                throw new DateTimeException("year out of range");
            }
            return day.plusDays(plusDays).atStartOfDay(EntityWords.ZONE).toInstant();
        } catch (DateTimeException e) {
            throw Rejection.of("intelligence.explore.error.date", Map.of(field, "intelligence.explore.error.date"))
                    .exception();
        }
    }
}
