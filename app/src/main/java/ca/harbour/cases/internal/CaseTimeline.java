package ca.harbour.cases.internal;

import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.CaseRecords.IntakeDetail;
import ca.harbour.cases.internal.CaseRecords.TimelineEntry;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.ContactTrace;
import ca.harbour.intake.ContactTraces;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A case's timeline and its other parts the case page shows, for a case already read through
 * {@link CaseDesk#read} (which decided access and audited the read). A case opened from a hotline contact also
 * shows that contact ({@code CONTACT}) and the screenings done on it ({@code SCREENING}), in time order with the
 * rest and filtered like the other kinds; intake decides what of them the viewer sees ({@link ContactTraces}).
 */
@Component
public class CaseTimeline {

    /** The most entries the page shows at once; the filter by kind reaches older ones. */
    public static final int SHOWN = 200;

    static final String CONTACT = "CONTACT";
    static final String SCREENING = "SCREENING";

    private final CaseRecords cases;
    private final ContactTraces contacts;

    CaseTimeline(CaseRecords cases, ContactTraces contacts) {
        this.cases = cases;
        this.contacts = contacts;
    }

    /** The entries shown, newest first, and every kind the case's timeline holds (for its filter). */
    public record Shown(List<TimelineEntry> entries, List<String> kinds) {}

    /** The timeline of the kinds asked (every kind when none is), instrument names in {@code language}. */
    public Shown shown(StaffPrincipal viewer, CaseRow row, List<String> kinds, String language) {
        List<TimelineEntry> entries = new ArrayList<>(cases.timeline(row.id(), kinds, SHOWN));
        TreeSet<String> all = new TreeSet<>(cases.timelineKinds(row.id()));
        Optional<ContactTrace> trace = trace(viewer, row);
        trace.ifPresent(t -> {
            all.add(CONTACT);
            if (kinds.isEmpty() || kinds.contains(CONTACT)) {
                entries.add(contactEntry(t));
            }
            if (!t.screenings().isEmpty()) {
                all.add(SCREENING);
            }
            if (kinds.isEmpty() || kinds.contains(SCREENING)) {
                t.screenings().forEach(s -> entries.add(screeningEntry(t, s, language)));
            }
        });
        if (trace.isPresent()) {
            entries.sort(Comparator.comparing(TimelineEntry::at).reversed().thenComparing(TimelineEntry::id));
        }
        List<TimelineEntry> newest = entries.size() > SHOWN ? entries.subList(0, SHOWN) : entries;
        return new Shown(List.copyOf(newest), List.copyOf(all));
    }

    public List<TimelineEntry> entries(StaffPrincipal viewer, CaseRow row, List<String> kinds, String language) {
        return shown(viewer, row, kinds, language).entries();
    }

    private Optional<ContactTrace> trace(StaffPrincipal viewer, CaseRow row) {
        UUID source = row.sourceId();
        if (row.origin() != CaseOrigin.CONTACT || source == null) {
            return Optional.empty();
        }
        return contacts.forCase(viewer, source);
    }

    private static TimelineEntry contactEntry(ContactTrace t) {
        return new TimelineEntry(
                t.contactId(),
                CONTACT,
                t.contactId(),
                null,
                t.startedAt(),
                new IntakeDetail(t.outcomes(), null, null, null, link(t)));
    }

    private static TimelineEntry screeningEntry(ContactTrace t, ContactTrace.Screening s, String language) {
        return new TimelineEntry(
                s.id(),
                SCREENING,
                t.contactId(),
                null,
                s.answeredAt(),
                new IntakeDetail(List.of(), s.instrumentCode(), s.name(language), s.level(), link(t)));
    }

    private static @Nullable String link(ContactTrace t) {
        return t.mayOpen() ? "/contacts/" + t.contactId() : null;
    }

    public List<String> recruitment(UUID caseId) {
        return cases.recruitment(caseId);
    }
}
