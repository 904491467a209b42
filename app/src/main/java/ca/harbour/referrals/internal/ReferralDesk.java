package ca.harbour.referrals.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseDisclosure;
import ca.harbour.cases.CaseDisclosures;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseSummary;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.referrals.ReferralSide;
import ca.harbour.referrals.ReferralStatus;
import ca.harbour.referrals.internal.Referrals.Referral;
import ca.harbour.referrals.internal.Referrals.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one access decision for referrals and what each side sees. The sending agency reads the referrals it sent;
 * the receiving agency reads the ones sent to it (never a draft), and sees the case's information only in the
 * categories shared, only while the consent covers them (checked at every read) and nothing once revoked. Lists
 * use the same decision as SQL. Every read and list is audited.
 */
@Service
public class ReferralDesk {

    static final int LIST_LIMIT = 200;
    public static final int PAGE_SIZE = 25;

    /** One page of an inbox and how many referrals it holds in all. */
    public record Page(List<Row> rows, int page, int pages, long total) {}

    /** What the receiving agency may see of the case right now, and why not when it may not. */
    public enum DisclosureState {
        SHOWN,
        CONSENT_WITHDRAWN,
        CONSENT_EXPIRED,
        REVOKED,
        /** Shared under an exception, which ends once the receiving agency declined or completed the referral. */
        EXCEPTION_ENDED
    }

    /** The state, and what is shown when it is {@link DisclosureState#SHOWN}: only the referral's categories. */
    public record Disclosure(
            DisclosureState state, @Nullable CaseDisclosure shown) {}

    /** A referral as the viewer may see it. {@code sendingCase} is set for the sending side only. */
    public record ReferralView(
            Referral referral,
            Set<ReferralSide> sides,
            boolean overdue,
            @Nullable CaseSummary sendingCase,
            @Nullable Disclosure disclosure,
            List<Transition> history) {}

    /** One row of a list, with its overdue flag. */
    public record Row(Referral referral, boolean overdue, boolean incoming) {}

    private final Referrals referrals;
    private final CaseFiles cases;
    private final CaseConsents consents;
    private final CaseDisclosures disclosures;
    private final Audit audit;
    private final Clock clock;

    ReferralDesk(
            Referrals referrals,
            CaseFiles cases,
            CaseConsents consents,
            CaseDisclosures disclosures,
            Audit audit,
            Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.consents = consents;
        this.disclosures = disclosures;
        this.audit = audit;
        this.clock = clock;
    }

    /** The sides of the referral the viewer reads it as; empty when they may not see it at all. */
    static Set<ReferralSide> sides(StaffPrincipal viewer, Referral r) {
        Set<ReferralSide> sides = EnumSet.noneOf(ReferralSide.class);
        if (AccessPolicy.permits(
                viewer, ReferralsContributions.REFERRAL_READ, Ownership.of(r.senderOrganizationId()))) {
            sides.add(ReferralSide.SENDER);
        }
        if (r.status() != ReferralStatus.DRAFT
                && r.receivingOrganizationId() != null
                && AccessPolicy.permits(
                        viewer, ReferralsContributions.REFERRAL_READ, Ownership.of(r.receivingOrganizationId()))) {
            sides.add(ReferralSide.RECEIVER);
        }
        return sides;
    }

    /** The referral when the viewer may see it; otherwise 404, audited as denied when it exists. */
    Referral visible(StaffPrincipal viewer, UUID id, boolean forUpdate) {
        Referral r = referrals.find(id, forUpdate).orElseThrow(NotFoundException::new);
        if (sides(viewer, r).isEmpty()) {
            throw NotFoundException.refused("referral", id);
        }
        return r;
    }

    @Transactional
    public ReferralView read(StaffPrincipal viewer, UUID id) {
        Referral r = visible(viewer, id, false);
        audit.record(AuditAction.READ, "referral", id);
        Set<ReferralSide> sides = sides(viewer, r);
        CaseSummary sendingCase = sides.contains(ReferralSide.SENDER)
                ? cases.visible(viewer, r.caseId()).orElse(null)
                : null;
        Disclosure disclosure = sides.contains(ReferralSide.RECEIVER) ? disclose(r) : null;
        List<Transition> history = referrals.history(id);
        if (sendingCase == null && disclosure != null && disclosure.state() != DisclosureState.SHOWN) {
            history = history.stream().map(ReferralDesk::withoutSendersNote).toList();
        }
        return new ReferralView(r, sides, overdue(r), sendingCase, disclosure, history);
    }

    /** The sender's notes go with the case's content: once it is hidden from the receiver, so are they. */
    private static Transition withoutSendersNote(Transition t) {
        boolean senders =
                t.to() == ReferralStatus.DRAFT || t.to() == ReferralStatus.SENT || t.to() == ReferralStatus.REVOKED;
        return senders ? new Transition(t.from(), t.to(), t.actorId(), null, t.at()) : t;
    }

    /** What the receiving agency sees of the case now: consent is checked here, at every read. */
    Disclosure disclose(Referral r) {
        Optional<DisclosureState> refused = refusal(r);
        if (refused.isPresent()) {
            return new Disclosure(refused.get(), null);
        }
        Optional<CaseDisclosure> shown = disclosures.disclose(r.caseId(), basis(r), r.categories());
        return shown.map(s -> new Disclosure(DisclosureState.SHOWN, s))
                .orElseGet(() -> new Disclosure(
                        r.basis().exception() ? DisclosureState.SHOWN : DisclosureState.CONSENT_EXPIRED, null));
    }

    /**
     * A document of the referral's case, for the receiving agency only, while the referral shares the case's
     * documents and its consent covers them; otherwise 404 (audited as denied when the referral exists).
     */
    @Transactional
    public CaseDisclosure.File document(StaffPrincipal viewer, UUID id, UUID documentId) {
        Referral r = visible(viewer, id, false);
        if (!sides(viewer, r).contains(ReferralSide.RECEIVER)
                || !r.categories().contains(ConsentCategory.DOCUMENTS)
                || refusal(r).isPresent()) {
            throw NotFoundException.refused("referral", id);
        }
        CaseDisclosure.File file = disclosures
                .document(r.caseId(), basis(r), r.categories(), documentId)
                .orElseThrow(() -> NotFoundException.refused("referral", id));
        audit.record(AuditAction.EXPORT, "referral", id, "document download");
        return file;
    }

    /** Why the receiving agency may see nothing at all, before any consent's dates are read. */
    private Optional<DisclosureState> refusal(Referral r) {
        if (r.status() == ReferralStatus.REVOKED) {
            return Optional.of(DisclosureState.REVOKED);
        }
        if (r.basis().exception()) {
            // an exception lets the case be shared for the referral's work, not after the agency said no or finished
            return r.status() == ReferralStatus.DECLINED || r.status() == ReferralStatus.COMPLETED
                    ? Optional.of(DisclosureState.EXCEPTION_ENDED)
                    : Optional.empty();
        }
        Optional<Consent> consent = r.consentId() == null ? Optional.empty() : consents.find(r.consentId());
        Instant now = clock.instant();
        if (r.consentEnded()
                || r.receivingOrganizationId() == null
                || consent.isEmpty()
                || (consent.get().withdrawnAt() != null
                        && !consent.get().withdrawnAt().isAfter(now))) {
            return Optional.of(DisclosureState.CONSENT_WITHDRAWN);
        }
        return Optional.empty();
    }

    private static CaseDisclosures.Basis basis(Referral r) {
        if (r.basis().exception()) {
            return new CaseDisclosures.Basis.UnderException(r.basis().name());
        }
        return new CaseDisclosures.Basis.UnderConsent(
                Objects.requireNonNull(r.consentId()),
                Objects.requireNonNull(r.receivingOrganizationId()),
                r.serviceId());
    }

    /**
     * Whether a consent of the case lets {@code categories} go to the receiving organization today, and, when the
     * consent names one of its services, to that service.
     */
    boolean consentCovers(
            UUID caseId,
            @Nullable UUID consentId,
            @Nullable UUID receiver,
            UUID serviceId,
            Set<ConsentCategory> categories,
            LocalDate day,
            Instant now) {
        return receiver != null
                && consentId != null
                && consents.find(consentId)
                        .filter(c -> c.caseId().equals(caseId))
                        .filter(c -> c.covers(receiver, serviceId, categories, day, now))
                        .isPresent();
    }

    /** A page of the referrals sent to the viewer's agency, newest first (past the last page: the last page). */
    @Transactional
    public Page incoming(StaffPrincipal viewer, int page) {
        return page(viewer, incomingScope(viewer), page, "incoming referrals");
    }

    /** A page of the referrals the viewer's agency sent, newest first. */
    @Transactional
    public Page outgoing(StaffPrincipal viewer, int page) {
        return page(viewer, outgoingScope(viewer), page, "outgoing referrals");
    }

    private Page page(StaffPrincipal viewer, SqlPredicate scope, int wanted, String name) {
        long total = referrals.count(scope);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.min(Math.max(wanted, 1), pages);
        List<Row> rows = rows(viewer, referrals.list(scope, null, PAGE_SIZE, (at - 1) * PAGE_SIZE), name);
        return new Page(rows, at, pages, total);
    }

    /** A case's referrals, for a viewer who may see the case; otherwise 404. */
    @Transactional
    public List<Row> forCase(StaffPrincipal viewer, UUID caseId) {
        cases.require(viewer, caseId);
        SqlPredicate in = incomingScope(viewer);
        SqlPredicate out = outgoingScope(viewer);
        Map<String, Object> params = new HashMap<>(in.params());
        params.putAll(out.params());
        return list(
                viewer, new SqlPredicate("(" + in.sql() + " or " + out.sql() + ")", params), caseId, "case referrals");
    }

    /** The referrals the viewer's agency sent without consent, under an exception, for its supervisors. */
    @Transactional
    public List<Row> exceptions(StaffPrincipal viewer) {
        SqlPredicate scope =
                AccessPolicy.predicate(viewer, ReferralsContributions.REFERRAL_MANAGE, "r.sender_org_id", null);
        return list(
                viewer,
                new SqlPredicate(scope.sql() + " and r.basis <> 'CONSENT'", scope.params()),
                null,
                "referral exceptions");
    }

    /** How many referrals the viewer's agency sent without consent in the last 30 days (a count: no one's data). */
    public int recentExceptions(StaffPrincipal viewer) {
        return referrals.exceptionsSince(exceptionScope(viewer), clock.instant().minus(Duration.ofDays(30)));
    }

    private static SqlPredicate exceptionScope(StaffPrincipal viewer) {
        return AccessPolicy.predicate(viewer, ReferralsContributions.REFERRAL_MANAGE, "r.sender_org_id", null);
    }

    private List<Row> list(StaffPrincipal viewer, SqlPredicate scope, @Nullable UUID caseId, String name) {
        return rows(viewer, referrals.list(scope, caseId, LIST_LIMIT, 0), name);
    }

    private List<Row> rows(StaffPrincipal viewer, List<Referral> found, String name) {
        audit.recordList(
                AuditAction.SEARCH,
                "referral",
                name,
                found.stream().map(Referral::id).toList());
        return found.stream()
                .map(r -> new Row(r, overdue(r), sides(viewer, r).contains(ReferralSide.RECEIVER)))
                .toList();
    }

    private boolean overdue(Referral r) {
        return ResponseTargets.overdue(r.status(), r.dueAt(), clock.instant());
    }

    /** Incoming: sent to the viewer's agency and no longer a draft (the same rule as {@link #sides}). */
    static SqlPredicate incomingScope(StaffPrincipal viewer) {
        SqlPredicate p =
                AccessPolicy.predicate(viewer, ReferralsContributions.REFERRAL_READ, "r.receiving_org_id", null);
        return new SqlPredicate("(" + p.sql() + " and r.status <> 'DRAFT')", p.params());
    }

    static SqlPredicate outgoingScope(StaffPrincipal viewer) {
        return AccessPolicy.predicate(viewer, ReferralsContributions.REFERRAL_READ, "r.sender_org_id", null);
    }
}
