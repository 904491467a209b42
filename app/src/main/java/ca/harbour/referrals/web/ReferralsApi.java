package ca.harbour.referrals.web;

import ca.harbour.cases.CaseDisclosure;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.referrals.ReferralBasis;
import ca.harbour.referrals.ReferralSide;
import ca.harbour.referrals.ReferralStatus;
import ca.harbour.referrals.Urgency;
import ca.harbour.referrals.internal.ReferralActions;
import ca.harbour.referrals.internal.ReferralDesk;
import ca.harbour.referrals.internal.ReferralDesk.Disclosure;
import ca.harbour.referrals.internal.ReferralDesk.DisclosureState;
import ca.harbour.referrals.internal.ReferralDesk.ReferralView;
import ca.harbour.referrals.internal.ReferralDesk.Row;
import ca.harbour.referrals.internal.ReferralRequest;
import ca.harbour.referrals.internal.Referrals.Referral;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals for machines, under the same rules as the pages: the caller's agency's incoming or outgoing
 * referrals (or one case's), one referral (the receiving agency gets the case's shared content only while the
 * consent covers it), sending one, and moving one on.
 */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralsApi {

    private final ReferralDesk desk;
    private final ReferralActions actions;

    ReferralsApi(ReferralDesk desk, ReferralActions actions) {
        this.desk = desk;
        this.actions = actions;
    }

    /** A referral in a list. {@code overdue}: sent, not answered, past its response target. */
    record ReferralItem(
            UUID id,
            UUID caseId,
            UUID senderOrganizationId,
            @Nullable UUID receivingOrganizationId,
            UUID serviceId,
            ReferralBasis basis,
            Set<ConsentCategory> categories,
            Urgency urgency,
            ReferralStatus status,
            @Nullable Instant dueAt,
            boolean overdue,
            Instant createdAt,
            Instant updatedAt) {

        static ReferralItem of(Referral r, boolean overdue) {
            return new ReferralItem(
                    r.id(),
                    r.caseId(),
                    r.senderOrganizationId(),
                    r.receivingOrganizationId(),
                    r.serviceId(),
                    r.basis(),
                    r.categories(),
                    r.urgency(),
                    r.status(),
                    r.dueAt(),
                    overdue,
                    r.createdAt(),
                    r.updatedAt());
        }
    }

    /**
     * What the receiving agency may see of the case now: {@code state} says whether it is shown or why not; the
     * label only when identity is shared, status and stage only when the case summary is, the safe contacts and
     * safe times only when contact is, the safety plan only when it is shared, and the documents (each downloaded
     * by its id from this referral's documents) only when they are.
     */
    record Disclosed(
            DisclosureState state,
            @Nullable String label,
            @Nullable String caseStatus,
            @Nullable String caseStage,
            CaseDisclosure.@Nullable Contact contact,
            CaseDisclosure.@Nullable Plan safetyPlan,
            @Nullable List<CaseDisclosure.Document> documents) {

        static Disclosed of(Disclosure disclosure) {
            CaseDisclosure shown = disclosure.shown();
            if (shown == null) {
                return new Disclosed(disclosure.state(), null, null, null, null, null, null);
            }
            boolean summary = shown.shows(ConsentCategory.CASE_SUMMARY);
            return new Disclosed(
                    disclosure.state(),
                    shown.shows(ConsentCategory.IDENTITY) ? shown.summary().label() : null,
                    summary ? shown.summary().status().name() : null,
                    summary ? shown.summary().stage().name() : null,
                    shown.contact(),
                    shown.safetyPlan(),
                    shown.documents());
        }
    }

    /** One page of referrals: {@code page} of {@code pages}, {@code total} in all. */
    record ReferralPage(List<ReferralItem> items, int page, int pages, long total) {

        static ReferralPage of(List<Row> rows, int page, int pages, long total) {
            return new ReferralPage(
                    rows.stream()
                            .map(r -> ReferralItem.of(r.referral(), r.overdue()))
                            .toList(),
                    page,
                    pages,
                    total);
        }
    }

    /** One referral: the sending side gets the case reference; the receiving side what is disclosed. */
    record ReferralDetail(
            ReferralItem referral,
            Set<ReferralSide> sides,
            @Nullable String caseReference,
            @Nullable Disclosed disclosed,
            @Nullable UUID linkedCaseId) {}

    record NewReferral(
            @NotNull UUID caseId,
            @NotNull UUID serviceId,
            @NotNull Urgency urgency,
            @NotNull Set<ConsentCategory> categories,
            @NotNull ReferralBasis basis,
            @Nullable UUID consentId,
            @Nullable @Size(max = 2000) String exceptionReason,
            @Nullable @Size(max = 2000) String note,
            @Nullable Boolean draft) {}

    record Move(
            @NotNull ReferralStatus status,
            @Nullable @Size(max = 2000) String note,
            @Nullable Boolean openCase) {}

    /**
     * {@code direction}: {@code incoming} (default) or {@code outgoing}, {@code page} from 1 (25 a page; past the
     * last, the last); {@code caseId} lists one case's, on one page.
     */
    @GetMapping
    @PreAuthorize("hasAuthority('REFERRAL:READ')")
    ReferralPage list(
            @RequestParam(defaultValue = "incoming") String direction,
            @RequestParam(required = false) @Nullable UUID caseId,
            @RequestParam(defaultValue = "1") String page) {
        if (caseId != null) {
            List<Row> rows = desk.forCase(CurrentStaff.require(), caseId);
            return ReferralPage.of(rows, 1, 1, rows.size());
        }
        ReferralDesk.Page result;
        if ("outgoing".equals(direction)) {
            result = desk.outgoing(CurrentStaff.require(), ReferralsController.pageNumber(page));
        } else if ("incoming".equals(direction)) {
            result = desk.incoming(CurrentStaff.require(), ReferralsController.pageNumber(page));
        } else {
            throw new NotFoundException();
        }
        return ReferralPage.of(result.rows(), result.page(), result.pages(), result.total());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('REFERRAL:READ')")
    ReferralDetail one(@PathVariable UUID id) {
        return detail(desk.read(CurrentStaff.require(), id));
    }

    /**
     * A document of the referred case, for the receiving agency while the referral shares the documents under a
     * consent in force: always an attachment, never shown inline; the download is audited with the case.
     */
    @GetMapping("/{id}/documents/{documentId}")
    @PreAuthorize("hasAuthority('REFERRAL:READ')")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        return Attachments.of(desk.document(CurrentStaff.require(), id, documentId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('REFERRAL:CREATE')")
    ReferralDetail create(@Valid @RequestBody NewReferral body) {
        UUID id = actions.create(
                CurrentStaff.require(),
                new ReferralRequest(
                        body.caseId(),
                        body.serviceId(),
                        body.urgency(),
                        body.categories(),
                        body.basis(),
                        body.consentId(),
                        body.exceptionReason(),
                        body.note(),
                        !Boolean.TRUE.equals(body.draft())));
        return detail(desk.read(CurrentStaff.require(), id));
    }

    /** Moves a referral on: the receiving agency answers it, the sending agency sends a draft or revokes. */
    @PostMapping("/{id}/transitions")
    @PreAuthorize("hasAuthority('REFERRAL:READ')")
    ReferralDetail move(@PathVariable UUID id, @Valid @RequestBody Move body) {
        actions.move(CurrentStaff.require(), id, body.status(), body.note(), Boolean.TRUE.equals(body.openCase()));
        return detail(desk.read(CurrentStaff.require(), id));
    }

    private static ReferralDetail detail(ReferralView v) {
        Referral r = v.referral();
        Disclosed disclosed = v.disclosure() == null ? null : Disclosed.of(v.disclosure());
        return new ReferralDetail(
                ReferralItem.of(r, v.overdue()),
                v.sides(),
                v.sendingCase() == null ? null : v.sendingCase().reference(),
                disclosed,
                v.sides().contains(ReferralSide.RECEIVER) ? r.linkedCaseId() : null);
    }
}
