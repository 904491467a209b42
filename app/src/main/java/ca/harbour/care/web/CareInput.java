package ca.harbour.care.web;

import ca.harbour.platform.PlatformSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reading what CARE's forms send (ids, dates, date-times in the service's time zone, whole numbers) without ever
 * failing: a value that cannot be read is reported by the caller as a field error.
 */
@Component
public class CareInput {

    private final PlatformSettings settings;

    CareInput(PlatformSettings settings) {
        this.settings = settings;
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
}
