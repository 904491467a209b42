package ca.harbour.care.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.care.internal.CareYouthRecords.Youth;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one decision point for CARE: every read of a youth goes through {@link #readable}, every change through
 * {@link #changeable}, and every list through {@link #listScope}, the same permission as SQL. A youth is "assigned"
 * to the current members of its team, read from the database on each call, so a removed member loses access at
 * once. Nobody holds the read permission with organization scope; if someone did, it would reach the youth their
 * organization referred, in the page and the list alike. A youth the viewer may not see answers 404, and the web
 * layer audits the attempt.
 */
@Service
public class CareDesk {

    private final CareYouthRecords youth;
    private final CareTeams teams;
    private final Audit audit;

    CareDesk(CareYouthRecords youth, CareTeams teams, Audit audit) {
        this.youth = youth;
        this.teams = teams;
        this.audit = audit;
    }

    /** The youth, read by the viewer (audited), or 404. */
    @Transactional
    public Youth read(StaffPrincipal viewer, UUID youthId) {
        Youth row = readable(viewer, youthId);
        audit.record(AuditAction.READ, "care_youth", youthId);
        return row;
    }

    /** The youth when the viewer may read it; otherwise 404, refused (audited as denied) when it exists. */
    public Youth readable(StaffPrincipal viewer, UUID youthId) {
        Youth row = youth.find(youthId).orElseThrow(NotFoundException::new);
        if (!AccessPolicy.permits(viewer, CareContributions.CARE_YOUTH_READ, ownership(row))) {
            throw NotFoundException.refused("care_youth", youthId);
        }
        return row;
    }

    /** The youth when the viewer may work on it; one they may read but not change is refused with a reason. */
    public Youth changeable(StaffPrincipal viewer, UUID youthId) {
        Youth row = readable(viewer, youthId);
        if (!AccessPolicy.permits(viewer, CareContributions.CARE_YOUTH_UPDATE, ownership(row))) {
            throw Rejection.of("care.error.notYours").exception();
        }
        return row;
    }

    /** The function the viewer has in the youth's team (what they may see of information kept apart). */
    public MemberFunction functionFor(StaffPrincipal viewer, Youth row) {
        return teams.functionOf(row.teamId(), viewer.userId()).orElse(MemberFunction.OTHER);
    }

    /** The list filter, for a youth aliased {@code y}: the same rule as {@link #readable}. */
    public static SqlPredicate listScope(StaffPrincipal viewer) {
        return AccessPolicy.predicate(viewer, CareContributions.CARE_YOUTH_READ, "y.referred_by_org", CareTeams.MEMBER);
    }

    private Ownership ownership(Youth row) {
        return new Ownership(row.referredByOrganization(), teams.currentMemberIds(row.teamId()));
    }
}
