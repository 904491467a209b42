package ca.harbour.cases;

import ca.harbour.identity.StaffPrincipal;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may ask of cases. Each method decides access exactly as the case page does and audits
 * what it reads or changes; a case the viewer may not see is reported as absent (callers answer 404).
 */
public interface CaseFiles {

    /**
     * The case, when the viewer may see it (the read is audited); empty otherwise, quietly, for a page that shows a
     * case only to those who may see it (a referral's receiving agency does not see the sending case).
     */
    Optional<CaseSummary> visible(StaffPrincipal viewer, UUID caseId);

    /**
     * The case the viewer asked for by its id (the read is audited), or a 404: a case of another agency is refused
     * by scope, and the web layer audits the attempt as denied after the request's transaction has rolled back.
     */
    CaseSummary require(StaffPrincipal viewer, UUID caseId);

    /** True when the viewer may change the case (its plans, notes, tasks, documents, referrals). */
    boolean mayUpdate(StaffPrincipal viewer, CaseSummary summary);

    /**
     * Opens a case at the viewer's organization, assigned to the viewer, and returns its id. The caller has
     * already cut {@code opening} down to what the person's consent allows.
     */
    UUID open(StaffPrincipal viewer, NewCase opening);

    /**
     * Adds an entry to the case's timeline: {@code kind} is a code of the module that writes it (such as
     * {@code REFERRAL_SENT}, shown through the message key {@code cases.timeline.<kind>}), {@code recordId} the
     * record it concerns.
     */
    void recordOnTimeline(UUID caseId, String kind, @Nullable UUID recordId, @Nullable UUID actorId);
}
