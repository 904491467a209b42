package ca.harbour.care.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reading typed text into values, answering null for anything that does not read. */
final class FormParts {

    private FormParts() {}

    static @Nullable LocalDate date(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable UUID uuid(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static <E extends Enum<E>> @Nullable E code(Class<E> type, @Nullable String typed) {
        if (typed == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(typed.strip())) {
                return e;
            }
        }
        return null;
    }

    /** The text stripped, or null when blank. */
    static @Nullable String text(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
