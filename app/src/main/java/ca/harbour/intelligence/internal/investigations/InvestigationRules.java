package ca.harbour.intelligence.internal.investigations;

import ca.harbour.platform.domain.Rejection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The limits on what an analyst types into an investigation, used by the pages and the API alike. */
public final class InvestigationRules {

    /** The longest name, in characters. */
    public static final int NAME_MAX = 120;

    /** The longest note, in characters. */
    public static final int NOTE_MAX = 4000;

    /** The most entities one investigation pins (the evidence package stays readable and bounded). */
    public static final int PINS_MAX = 500;

    private InvestigationRules() {}

    /** Why a name cannot be used, if it cannot. */
    public static Optional<Rejection> name(@Nullable String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            return Optional.of(Rejection.field("name", "intelligence.investigations.error.nameNeeded"));
        }
        if (text.length() > NAME_MAX) {
            return Optional.of(Rejection.field("name", "intelligence.investigations.error.nameTooLong"));
        }
        return Optional.empty();
    }

    /** Why a note cannot be added, if it cannot. */
    public static Optional<Rejection> note(@Nullable String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            return Optional.of(Rejection.field("body", "intelligence.investigations.error.noteNeeded"));
        }
        if (text.length() > NOTE_MAX) {
            return Optional.of(Rejection.field("body", "intelligence.investigations.error.noteTooLong"));
        }
        return Optional.empty();
    }
}
