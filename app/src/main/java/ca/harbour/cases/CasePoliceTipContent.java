package ca.harbour.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a tip to police from a case carries, already cut to its basis: each part outside {@code shared} is empty
 * or null. The suspected traffickers recorded on the case and the case's free text never travel in it; the note
 * is what the worker wrote for police.
 *
 * @param shared the consent categories carried ({@link ConsentCategory#IDENTITY}, CONTACT or CASE_SUMMARY)
 * @param personName the survivor's name, with IDENTITY only
 * @param ageBand an age band code (as the hotline's), with CASE_SUMMARY only; UNKNOWN otherwise
 * @param safeContacts how to reach the person through someone safe, with CONTACT only
 * @param safeTimes when it is safe to reach the person, with CONTACT only
 */
public record CasePoliceTipContent(
        List<ConsentCategory> shared,
        List<String> exploitationTypes,
        List<String> meansOfControl,
        String ageBand,
        @Nullable String personName,
        List<CaseDisclosure.SafeContact> safeContacts,
        @Nullable String safeTimes,
        @Nullable String note) {

    public CasePoliceTipContent {
        shared = List.copyOf(shared);
        exploitationTypes = List.copyOf(exploitationTypes);
        meansOfControl = List.copyOf(meansOfControl);
        safeContacts = List.copyOf(safeContacts);
    }

    public boolean shows(ConsentCategory category) {
        return shared.contains(category);
    }

    /** The same, by the category's code (for pages). */
    public boolean carries(String category) {
        return shared.stream().anyMatch(c -> c.name().equals(category));
    }
}
