package ca.harbour.cases.web.work;

import ca.harbour.platform.domain.Rejection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reading what a form sent: a blank field is nothing, an unreadable one is refused on its field. */
final class Typed {

    private Typed() {}

    static @Nullable LocalDate date(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Rejection.field(field, "cases.work.error.date").exception();
        }
    }

    static @Nullable UUID id(String field, String messageKey, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw Rejection.field(field, messageKey).exception();
        }
    }

    static String text(@Nullable String text) {
        return text == null ? "" : text;
    }
}
