package ca.harbour.cases;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a case is opened with: how it came (and the contact or referral it came from), the name or pseudonym it
 * is known by, what the person agreed may be carried into it, and the HTCDS codes of what happened.
 */
public record NewCase(
        CaseOrigin origin,
        @Nullable UUID sourceId,
        String label,
        @Nullable String summary,
        List<String> exploitationTypes,
        List<String> meansOfControl) {

    public NewCase {
        exploitationTypes = List.copyOf(exploitationTypes);
        meansOfControl = List.copyOf(meansOfControl);
    }
}
