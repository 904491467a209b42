package ca.harbour.intake.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.Permission;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.platform.workitem.WorkItemCommand;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advocates' queue of tips: most urgent first, then longest waiting. Claiming is atomic, so two
 * advocates never work the same tip unknowingly; the list and the detail share one access rule. What
 * each command may do is {@code WorkItem}'s to decide.
 */
@Service
public class TipQueue {

    static final Permission READ = IntakeContributions.TIP_READ;
    static final Permission UPDATE = IntakeContributions.TIP_UPDATE;
    public static final int MAX_SHOWN = 200;

    private final Tips tips;
    private final QueueActions actions;
    private final Audit audit;

    TipQueue(Tips tips, QueueActions actions, Audit audit) {
        this.tips = tips;
        this.actions = actions;
        this.audit = audit;
    }

    /** The open tips the viewer may see, most urgent first; the ids shown are audited. */
    @Transactional
    public List<Tips.Tip> open(StaffPrincipal viewer) {
        List<Tips.Tip> list = unaudited(viewer);
        audit.recordList(
                AuditAction.SEARCH,
                "tip",
                "tip queue",
                list.stream().map(Tips.Tip::id).toList());
        return list;
    }

    /** {@link #open} for a caller that audits what it finally shows (the live queue merges and cuts). */
    List<Tips.Tip> unaudited(StaffPrincipal viewer) {
        return tips.queue(scope(viewer), MAX_SHOWN);
    }

    /** The list filter matching {@link #read}'s rule, for any query over {@code tip t}. */
    static SqlPredicate scope(StaffPrincipal viewer) {
        return AccessPolicy.predicate(viewer, READ, "t.organization_id", "t.claimed_by = :scope_user");
    }

    @Transactional
    public Tips.Tip read(StaffPrincipal viewer, UUID id) {
        Tips.Tip tip = visible(viewer, id, READ);
        audit.record(AuditAction.READ, "tip", id);
        return tip;
    }

    @Transactional
    public void claim(StaffPrincipal viewer, UUID id) {
        act(viewer, id, WorkItemCommand.CLAIM);
    }

    @Transactional
    public void release(StaffPrincipal viewer, UUID id) {
        act(viewer, id, WorkItemCommand.RELEASE);
    }

    @Transactional
    public void close(StaffPrincipal viewer, UUID id) {
        act(viewer, id, WorkItemCommand.CLOSE);
    }

    /**
     * Claims, releases or closes a tip, or ends its flood review, as {@code WorkItem}
     * decides; a refusal is thrown as its rejection and changes nothing.
     */
    @Transactional
    public void act(StaffPrincipal viewer, UUID id, WorkItemCommand command) {
        Tips.Tip tip = visible(viewer, id, UPDATE);
        actions.apply(viewer, QueueItem.Kind.TIP, id, tip.organizationId(), command);
    }

    /** How many "danger now" tips the viewer could see are held as a possible flood; a count, so not audited. */
    @Transactional(readOnly = true)
    public Tips.Held heldForReview(StaffPrincipal viewer) {
        return tips.held(scope(viewer));
    }

    /** The tips held as a possible flood that the viewer may see, in the order they arrived. */
    @Transactional
    public List<Tips.Tip> held(StaffPrincipal viewer) {
        List<Tips.Tip> list = tips.heldList(scope(viewer), MAX_SHOWN);
        audit.recordList(
                AuditAction.SEARCH,
                "tip",
                "held for flood review",
                list.stream().map(Tips.Tip::id).toList());
        return list;
    }

    /**
     * Ends the flood review of a held tip: {@code admit} puts it in the queue where its urgency and
     * receipt time place it (a danger-now tip at the top), otherwise it is dismissed (kept, out of every list).
     */
    @Transactional
    public void review(StaffPrincipal viewer, UUID id, boolean admit) {
        act(viewer, id, admit ? WorkItemCommand.ADMIT : WorkItemCommand.DISMISS);
    }

    private Tips.Tip visible(StaffPrincipal viewer, UUID id, Permission permission) {
        Tips.Tip tip = tips.find(id).orElseThrow(NotFoundException::new);
        Ownership owner = tip.claimedBy() == null
                ? Ownership.of(tip.organizationId())
                : Ownership.of(tip.organizationId(), tip.claimedBy());
        if (tip.organizationId() == null || !AccessPolicy.permits(viewer, permission, owner)) {
            throw NotFoundException.refused("tip", id);
        }
        return tip;
    }
}
