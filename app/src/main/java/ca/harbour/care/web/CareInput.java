package ca.harbour.care.web;

import ca.harbour.platform.PlatformSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reading what CARE's forms send (ids, dates, date-times in the service's time zone, whole numbers) without ever
 * failing: a value that cannot be read is reported by the caller as a field error. Also what date-time fields
 * show, asked by the templates as {@code @careInput}.
 */
@Component("careInput")
public class CareInput {

    private final PlatformSettings settings;
    private final Clock clock;

    CareInput(PlatformSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable Integer number(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text.strip())) {
                return e;
            }
        }
        return null;
    }

    /** True when the text is there but unreadable (so "missing" and "unreadable" get their own messages). */
    static boolean unreadable(@Nullable String text, @Nullable Object read) {
        return read == null && text != null && !text.isBlank();
    }

    /** A date and time as a browser's date-time field sends it, in the service's time zone. */
    @Nullable
    Instant instant(@Nullable String text) {
        try {
            return text == null || text.isBlank()
                    ? null
                    : LocalDateTime.parse(text.strip()).atZone(settings.zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An instant as a date-time field shows it (local time of the service, to the minute). */
    public String input(Instant instant) {
        return LocalDateTime.ofInstant(instant, settings.zone())
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    /** The latest a date-time field accepts: now. */
    public String now() {
        return input(clock.instant());
    }

    /** Today, the latest a date of birth may be. */
    public String today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone()).toString();
    }

    /** The value typed into a field, from a flash map that may be absent. */
    public String typed(@Nullable Map<String, String> typed, String field) {
        return typed == null ? "" : typed.getOrDefault(field, "");
    }
}
