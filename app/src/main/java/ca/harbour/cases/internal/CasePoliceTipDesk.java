package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseDisclosure;
import ca.harbour.cases.CaseDisclosures;
import ca.harbour.cases.CasePoliceTipContent;
import ca.harbour.cases.CasePoliceTipPrepared;
import ca.harbour.cases.CasePoliceTips;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.internal.CasePoliceTipRecords.SentTip;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends tips to police from a case: the worker or supervisor who may change the case chooses the police service
 * and what to share, which goes only under a consent in force for that service or a recorded exception
 * ({@link CasePoliceTipRule}); the content is cut here, on the server, and read again at delivery.
 */
@Service
public class CasePoliceTipDesk implements CasePoliceTips {

    /** The timeline kind of a tip sent to police. */
    static final String TIMELINE = "POLICE_TIP";

    static final int LIST_LIMIT = 200;

    /** The categories a tip may carry from a case, in the form's order. */
    public static final List<ConsentCategory> OFFERED = List.copyOf(CasePoliceTipRule.OFFERED);

    /** The exceptions a tip may be sent under without consent. */
    public static final List<String> EXCEPTIONS = CasePoliceTipRule.EXCEPTIONS;

    /** A tip to send, as the form typed it (nothing trusted). */
    public record Request(
            @Nullable String police,
            List<String> categories,
            @Nullable String basis,
            @Nullable String reason,
            @Nullable String note) {

        public Request {
            // kept as typed, a missing element too, for the rule to refuse with its own words
            categories = categories == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(categories));
        }
    }

    private final CaseDesk desk;
    private final CaseRecords cases;
    private final ConsentRecords consents;
    private final PersonRecords people;
    private final CaseDisclosures disclosures;
    private final CasePoliceTipRecords tips;
    private final OrganizationLookup organizations;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CasePoliceTipDesk(
            CaseDesk desk,
            CaseRecords cases,
            ConsentRecords consents,
            PersonRecords people,
            CaseDisclosures disclosures,
            CasePoliceTipRecords tips,
            OrganizationLookup organizations,
            Audit audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.desk = desk;
        this.cases = cases;
        this.consents = consents;
        this.people = people;
        this.disclosures = disclosures;
        this.tips = tips;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The police services a tip can go to. */
    public List<Organization> policeServices() {
        return organizations.active(EnumSet.of(OrganizationType.POLICE_SERVICE));
    }

    /** The consents of a case in force today that let something go to a police service as a whole. */
    public List<Consent> policeConsents(UUID caseId) {
        Set<UUID> police = policeServices().stream().map(Organization::id).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return consents.forCase(caseId).stream()
                .filter(c -> police.contains(c.recipientOrganizationId()))
                .filter(c -> c.covers(c.recipientOrganizationId(), null, Set.of(), today, now))
                .toList();
    }

    /**
     * Sends the tip from a case the viewer may change; a refusal (no consent in force for that service and those
     * categories, an exception without its reason, bad input) changes nothing and says why.
     */
    @Transactional
    public UUID send(StaffPrincipal viewer, UUID caseId, Request request) {
        CaseRow row = desk.changeable(viewer, caseId);
        UUID police = policeService(request.police())
                .orElseThrow(() -> Rejection.field("police", "cases.policeTip.error.police")
                        .exception());
        String note = blankToNull(request.note());
        Instant now = clock.instant();
        // a withdrawal waits for this tip, or this tip sees the withdrawal: never both at once
        tips.lockConsents(caseId);
        CasePoliceTipRule.Decision decision = CasePoliceTipRule.decide(
                police,
                request.categories(),
                request.basis(),
                request.reason(),
                note,
                consents.forCase(caseId),
                LocalDate.now(clock),
                now);
        boolean exception = decision.consentId() == null;
        SentTip tip = new SentTip(
                UUID.randomUUID(),
                caseId,
                row.organizationId(),
                police,
                List.copyOf(decision.categories()),
                decision.basis(),
                decision.consentId(),
                note,
                exception ? Objects.requireNonNull(request.reason()).strip() : null,
                viewer.userId(),
                now);
        tips.insert(tip);
        cases.addEvent(caseId, TIMELINE, tip.id(), viewer.userId(), now);
        // the audit row names the basis and the categories, never the reason or the note
        audit.record(
                exception ? AuditAction.EXCEPTION_GRANTED : AuditAction.CREATE,
                "case_police_tip",
                tip.id(),
                (exception ? "police tip without consent " + decision.basis() : "police tip under consent") + " "
                        + names(tip.categories()));
        events.publishEvent(new CasePoliceTipPrepared(
                tip.id(),
                caseId,
                row.organizationId(),
                police,
                tip.categories().stream().map(Enum::name).toList(),
                decision.basis()));
        return tip.id();
    }

    @Override
    @Transactional
    public Optional<CasePoliceTipContent> consented(UUID tipId) {
        Optional<SentTip> found = tips.find(tipId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SentTip tip = found.get();
        CaseDisclosures.Basis basis = tip.exception()
                ? new CaseDisclosures.Basis.UnderException(tip.basis())
                : new CaseDisclosures.Basis.UnderConsent(
                        Objects.requireNonNull(tip.consentId()), tip.policeOrganizationId(), null);
        Set<ConsentCategory> wanted =
                tip.categories().isEmpty() ? EnumSet.noneOf(ConsentCategory.class) : EnumSet.copyOf(tip.categories());
        return disclosures
                .disclose(tip.caseId(), basis, wanted)
                .flatMap(shown -> cases.find(tip.caseId()).map(row -> content(tip, row, shown)));
    }

    /** Only the parts the disclosure shares; the case's free text and its suspected traffickers never. */
    private CasePoliceTipContent content(SentTip tip, CaseRow row, CaseDisclosure shown) {
        boolean identity = shown.shows(ConsentCategory.IDENTITY);
        boolean summary = shown.shows(ConsentCategory.CASE_SUMMARY);
        CaseDisclosure.Contact contact = shown.shows(ConsentCategory.CONTACT) ? shown.contact() : null;
        // suspected traffickers are left out by the query itself, whatever the categories
        List<CasePerson> survivors = people.forCase(row.id(), false).stream()
                .filter(p -> p.role() == PersonRole.SURVIVOR)
                .toList();
        String name = survivors.isEmpty() ? row.label() : survivors.get(0).name();
        Integer age = survivors.isEmpty()
                ? null
                : UnderSixteen.ageOn(survivors.get(0), LocalDate.now(clock), clock.getZone());
        return new CasePoliceTipContent(
                List.copyOf(shown.shared()).stream().sorted().toList(),
                summary ? row.exploitationTypes() : List.of(),
                summary ? row.meansOfControl() : List.of(),
                summary ? CasePoliceTipRule.ageBand(age) : "UNKNOWN",
                identity ? name : null,
                contact == null ? List.of() : contact.safeContacts(),
                contact == null ? null : blankToNull(contact.safeTimes()),
                tip.note());
    }

    @Override
    @Transactional
    public List<UUID> sentFrom(StaffPrincipal viewer, UUID caseId) {
        return cases.find(caseId)
                .filter(c -> AccessPolicy.permits(viewer, CasesContributions.CASE_READ, c.ownership()))
                .map(c -> tips.idsForCase(caseId, LIST_LIMIT))
                .orElse(List.of());
    }

    /**
     * The tips sent from a case the viewer may read, as the case recorded them, oldest first, at most
     * {@link #LIST_LIMIT} (audited).
     */
    @Transactional
    public List<SentTip> sent(StaffPrincipal viewer, UUID caseId) {
        desk.readable(viewer, caseId);
        List<SentTip> list = tips.forCase(caseId, LIST_LIMIT);
        audit.recordList(
                AuditAction.SEARCH,
                "case_police_tip",
                "police tips of a case",
                list.stream().map(SentTip::id).toList());
        return list;
    }

    /** The tips the viewer's organization sent without consent, for its supervisors (audited as a list). */
    @Transactional
    public List<SentTip> exceptions(StaffPrincipal viewer) {
        SqlPredicate scope = AccessPolicy.predicate(viewer, CasesContributions.CASE_MANAGE, "t.organization_id", null);
        List<SentTip> list = tips.exceptions(scope, LIST_LIMIT);
        audit.recordList(
                AuditAction.SEARCH,
                "case_police_tip",
                "police tips without consent",
                list.stream().map(SentTip::id).toList());
        return list;
    }

    /** How many tips the viewer's organization sent without consent in the last 30 days (a count: no one's data). */
    public long recentExceptions(StaffPrincipal viewer) {
        return tips.exceptionsSince(exceptionScope(viewer), clock.instant().minus(Duration.ofDays(30)));
    }

    private static SqlPredicate exceptionScope(StaffPrincipal viewer) {
        return AccessPolicy.predicate(viewer, CasesContributions.CASE_MANAGE, "t.organization_id", null);
    }

    private Optional<UUID> policeService(@Nullable String typed) {
        return policeServices().stream()
                .map(Organization::id)
                .filter(id -> id.toString().equals(typed))
                .findFirst();
    }

    private static String names(List<ConsentCategory> categories) {
        return String.join(",", categories.stream().map(Enum::name).sorted().toList());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
