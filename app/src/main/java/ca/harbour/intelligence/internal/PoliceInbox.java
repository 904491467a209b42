package ca.harbour.intelligence.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.Permission;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.PoliceTipContents;
import ca.harbour.intake.PoliceTipPrepared;
import ca.harbour.intelligence.TipStatus;
import ca.harbour.intelligence.internal.PoliceTips.PoliceTip;
import ca.harbour.intelligence.internal.graph.TipGraph;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives the tips advocates prepare for police (in the transaction that records them, so a tip is never
 * recorded as sent without arriving), and lets the police service's analysts read and work them and the sending
 * organization follow them. Every read and change is audited; lists are filtered like the detail pages.
 */
@Service
public class PoliceInbox {

    static final int LIST_LIMIT = 200;

    private final PoliceTips tips;
    private final PoliceTipContents contents;
    private final Audit audit;
    private final Clock clock;
    private final TipGraph graph;

    PoliceInbox(PoliceTips tips, PoliceTipContents contents, Audit audit, Clock clock, TipGraph graph) {
        this.tips = tips;
        this.contents = contents;
        this.audit = audit;
        this.clock = clock;
        this.graph = graph;
    }

    @EventListener
    @Transactional
    public void on(PoliceTipPrepared prepared) {
        // the content is read back through intake's consent rule: what the event names is all that is carried
        contents.consented(prepared.actionId()).ifPresent(content -> {
            UUID id = UUID.randomUUID();
            Instant at = clock.instant();
            tips.insert(
                    id,
                    prepared.actionId(),
                    prepared.contactId(),
                    prepared.senderOrganizationId(),
                    prepared.policeOrganizationId(),
                    prepared.basis(),
                    content,
                    at,
                    false);
            graph.record(id, prepared.policeOrganizationId(), content, at, false);
            audit.record(AuditAction.CREATE, "police_tip", id, "received from hotline");
        });
    }

    /** The viewer's police inbox, newest first. */
    @Transactional
    public List<PoliceTip> inbox(StaffPrincipal viewer) {
        List<PoliceTip> list = tips.list(received(viewer, IntelligenceContributions.TIP_READ), LIST_LIMIT);
        audit.recordList(AuditAction.SEARCH, "police_tip", "police inbox", ids(list));
        return list;
    }

    @Transactional
    public PoliceTip read(StaffPrincipal viewer, UUID id) {
        PoliceTip tip = visible(viewer, id, false);
        audit.record(AuditAction.READ, "police_tip", id);
        return tip;
    }

    /** Moves a tip on (or adds feedback); a refused move changes nothing and says why. */
    @Transactional
    public PoliceTip update(StaffPrincipal viewer, UUID id, @Nullable TipStatus next, @Nullable String feedback) {
        PoliceTip tip = visible(viewer, id, true);
        if (!AccessPolicy.permits(
                viewer, IntelligenceContributions.TIP_UPDATE, Ownership.of(tip.policeOrganizationId()))) {
            throw NotFoundException.refused("police_tip", id);
        }
        if (next == null) {
            throw Rejection.field("status", "intelligence.error.transition").exception();
        }
        String text = feedback == null || feedback.isBlank() ? tip.feedback() : feedback.strip();
        tip.status().refuse(next, text).ifPresent(r -> {
            throw r.exception();
        });
        tips.update(id, next, text, viewer.userId(), clock.instant());
        audit.record(AuditAction.UPDATE, "police_tip", id, tip.status() + " to " + next);
        return tips.find(id, false).orElseThrow();
    }

    /** The tips the viewer's organization sent, with their status and feedback. */
    @Transactional
    public List<PoliceTip> sent(StaffPrincipal viewer) {
        List<PoliceTip> list = tips.list(sentBy(viewer), LIST_LIMIT);
        audit.recordList(AuditAction.SEARCH, "police_tip", "tips sent to police", ids(list));
        return list;
    }

    /** The tips sent from one contact that the viewer's organization may follow. */
    @Transactional
    public List<PoliceTip> sentFrom(StaffPrincipal viewer, UUID contactId) {
        List<PoliceTip> list = tips.forContact(contactId, sentBy(viewer));
        audit.recordList(AuditAction.SEARCH, "police_tip", "tips sent from a contact", ids(list));
        return list;
    }

    private PoliceTip visible(StaffPrincipal viewer, UUID id, boolean forUpdate) {
        PoliceTip tip = tips.find(id, forUpdate).orElseThrow(NotFoundException::new);
        if (!AccessPolicy.permits(
                viewer, IntelligenceContributions.TIP_READ, Ownership.of(tip.policeOrganizationId()))) {
            throw NotFoundException.refused("police_tip", id);
        }
        return tip;
    }

    private static SqlPredicate received(StaffPrincipal viewer, Permission permission) {
        return AccessPolicy.predicate(viewer, permission, "t.police_org_id", null);
    }

    private static SqlPredicate sentBy(StaffPrincipal viewer) {
        return AccessPolicy.predicate(viewer, IntelligenceContributions.SENT_READ, "t.sender_org_id", null);
    }

    private static List<UUID> ids(List<PoliceTip> list) {
        return list.stream().map(PoliceTip::id).toList();
    }
}
