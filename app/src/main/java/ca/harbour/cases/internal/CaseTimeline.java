package ca.harbour.cases.internal;

import ca.harbour.cases.internal.CaseRecords.TimelineEntry;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A case's timeline and its other parts the case page shows, for a case already read through
 * {@link CaseDesk#read} (which decided access and audited the read).
 */
@Component
public class CaseTimeline {

    /** The most entries the page shows at once; the filter by kind reaches older ones. */
    public static final int SHOWN = 200;

    private final CaseRecords cases;

    CaseTimeline(CaseRecords cases) {
        this.cases = cases;
    }

    public List<TimelineEntry> entries(UUID caseId, List<String> kinds) {
        return cases.timeline(caseId, kinds, SHOWN);
    }

    public List<String> kinds(UUID caseId) {
        return cases.timelineKinds(caseId);
    }

    public List<String> recruitment(UUID caseId) {
        return cases.recruitment(caseId);
    }
}
