package ca.harbour.cases.web;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.Consent;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.internal.CaseChanges;
import ca.harbour.cases.internal.CaseCodes;
import ca.harbour.cases.internal.CaseDesk;
import ca.harbour.cases.internal.CaseExport;
import ca.harbour.cases.internal.CaseList;
import ca.harbour.cases.internal.CasePeople;
import ca.harbour.cases.internal.CasePerson;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.CaseRecords.TimelineEntry;
import ca.harbour.cases.internal.CaseTimeline;
import ca.harbour.cases.internal.ConsentForm;
import ca.harbour.cases.internal.PersonForm;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases for machines, under the very access decisions of the case pages: the list ({@code view=mine} or
 * {@code organization}, {@code status}, {@code q}, {@code page}), one case, opening one, its people, consents and
 * timeline (adding, changing and removing people), and moving it through its workflow. A case the caller may not see answers 404 (audited as denied);
 * bad input answers 400 Problem Details naming the fields at fault.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CasesApi {

    private final CaseDesk desk;
    private final CaseList list;
    private final CasePeople people;
    private final CaseChanges changes;
    private final CaseConsents consents;
    private final CaseTimeline timeline;
    private final CasePage casePage;
    private final CaseExport export;

    CasesApi(
            CaseDesk desk,
            CaseList list,
            CasePeople people,
            CaseChanges changes,
            CaseConsents consents,
            CaseTimeline timeline,
            CasePage casePage,
            CaseExport export) {
        this.desk = desk;
        this.list = list;
        this.people = people;
        this.changes = changes;
        this.consents = consents;
        this.timeline = timeline;
        this.casePage = casePage;
        this.export = export;
    }

    /** A case in a list. */
    record CaseItem(
            UUID id,
            String reference,
            String label,
            CaseStatus status,
            CaseStage stage,
            UUID organizationId,
            Set<UUID> assignedWorkerIds,
            Instant updatedAt) {

        static CaseItem of(CaseRow c) {
            return new CaseItem(
                    c.id(),
                    c.reference(),
                    c.label(),
                    c.status(),
                    c.stage(),
                    c.organizationId(),
                    c.workers(),
                    c.updatedAt());
        }
    }

    /** One page of cases. */
    record CasePageView(List<CaseItem> items, int page, int pages, long total) {}

    /** A case with what it says. */
    record CaseView(
            UUID id,
            String reference,
            String label,
            @Nullable String summary,
            CaseStatus status,
            CaseStage stage,
            CaseOrigin origin,
            UUID organizationId,
            Set<UUID> assignedWorkerIds,
            List<String> exploitationTypes,
            List<String> meansOfControl,
            List<String> recruitment,
            Instant openedAt,
            Instant updatedAt) {}

    /** A case to open: its name or pseudonym, summary, and HTCDS codes. */
    record OpenCase(
            @Nullable String label,
            @Nullable String summary,
            @Nullable List<String> exploitationTypes,
            @Nullable List<String> meansOfControl) {}

    /** A stage, a status or an organization to move to. */
    record Move(
            @Nullable String stage,
            @Nullable String status,
            @Nullable String organizationId) {}

    @GetMapping
    @PreAuthorize("hasAuthority('CASE:READ')")
    CasePageView list(
            @RequestParam(defaultValue = "mine") String view,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") String page) {
        CaseList.Page result = list.list(
                CurrentStaff.require(),
                new CaseList.Filter(
                        !"organization".equals(view),
                        CaseCodes.statusOrAny(status),
                        q,
                        CasesController.pageNumber(page)));
        return new CasePageView(
                result.rows().stream().map(CaseItem::of).toList(), result.page(), result.pages(), result.total());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('CASE:READ')")
    CaseView one(@PathVariable UUID id) {
        CaseRow c = desk.read(CurrentStaff.require(), id);
        return new CaseView(
                c.id(),
                c.reference(),
                c.label(),
                c.summary(),
                c.status(),
                c.stage(),
                c.origin(),
                c.organizationId(),
                c.workers(),
                c.exploitationTypes(),
                c.meansOfControl(),
                timeline.recruitment(id),
                c.openedAt(),
                c.updatedAt());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CASE:CREATE') and hasAuthority('CASE:READ')")
    ResponseEntity<CaseView> open(@RequestBody OpenCase opening) {
        UUID id = changes.openDirectly(
                CurrentStaff.require(),
                new NewCase(
                        CaseOrigin.DIRECT,
                        null,
                        opening.label() == null ? "" : opening.label(),
                        opening.summary(),
                        opening.exploitationTypes() == null ? List.of() : opening.exploitationTypes(),
                        opening.meansOfControl() == null ? List.of() : opening.meansOfControl()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(one(id));
    }

    /** The whole case in one piece; needs the right to export it (assigned workers, the agency's supervisors). */
    @GetMapping("/{id}/export")
    @PreAuthorize("hasAuthority('CASE:EXPORT')")
    CaseExport.Exported export(@PathVariable UUID id) {
        return export.export(CurrentStaff.require(), id);
    }

    @GetMapping("/{id}/people")
    @PreAuthorize("hasAuthority('CASE:READ')")
    List<CasePerson> people(@PathVariable UUID id) {
        StaffPrincipal me = CurrentStaff.require();
        return people.of(me, desk.read(me, id));
    }

    @PostMapping("/{id}/people")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    IdView addPerson(@PathVariable UUID id, @RequestBody PersonForm person) {
        return new IdView(people.add(CurrentStaff.require(), id, person));
    }

    /** Changes a person of the case, under the rules that add one; a suspect the caller may not see is 404. */
    @PutMapping("/{id}/people/{personId}")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePerson(@PathVariable UUID id, @PathVariable UUID personId, @RequestBody PersonForm person) {
        people.change(CurrentStaff.require(), id, personId, person);
    }

    /** Removes a person from the case; the case's last survivor stays. */
    @DeleteMapping("/{id}/people/{personId}")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePerson(@PathVariable UUID id, @PathVariable UUID personId) {
        people.remove(CurrentStaff.require(), id, personId);
    }

    /** The id of what was created. */
    record IdView(UUID id) {}

    @GetMapping("/{id}/consents")
    @PreAuthorize("hasAuthority('CASE:READ')")
    List<Consent> consents(@PathVariable UUID id) {
        desk.read(CurrentStaff.require(), id);
        return consents.forCase(id);
    }

    @PostMapping("/{id}/consents")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    IdView recordConsent(@PathVariable UUID id, @RequestBody ConsentForm consent) {
        return new IdView(consents.record(CurrentStaff.require(), id, casePage.consent(consent)));
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable UUID id, @PathVariable UUID consentId) {
        changes.withdraw(CurrentStaff.require(), id, consentId);
    }

    /**
     * The case's timeline, newest first, of the kinds asked; a case opened from a hotline contact also has that
     * contact ({@code CONTACT}) and its screenings ({@code SCREENING}), as much of them as intake lets the caller see.
     */
    @GetMapping("/{id}/timeline")
    @PreAuthorize("hasAuthority('CASE:READ')")
    List<TimelineEntry> timeline(@PathVariable UUID id, @RequestParam(required = false) List<String> kind) {
        StaffPrincipal me = CurrentStaff.require();
        CaseRow row = desk.read(me, id);
        List<String> kinds = kind == null
                ? List.of()
                : kind.stream().filter(k -> k.matches("[A-Z][A-Z_]{1,63}")).toList();
        return timeline.entries(me, row, kinds, LocaleContextHolder.getLocale().getLanguage());
    }

    @PutMapping("/{id}/stage")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    CaseView stage(@PathVariable UUID id, @RequestBody Move move) {
        changes.moveStage(CurrentStaff.require(), id, move.stage());
        return one(id);
    }

    @PutMapping("/{id}/status")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    CaseView status(@PathVariable UUID id, @RequestBody Move move) {
        changes.changeStatus(CurrentStaff.require(), id, move.status());
        return one(id);
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('CASE:READ')")
    CaseView reopen(@PathVariable UUID id) {
        changes.reopen(CurrentStaff.require(), id);
        return one(id);
    }

    @PutMapping("/{id}/workers/{userId}")
    @PreAuthorize("hasAuthority('CASE:MANAGE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable UUID id, @PathVariable UUID userId) {
        changes.assign(CurrentStaff.require(), id, userId);
    }

    @DeleteMapping("/{id}/workers/{userId}")
    @PreAuthorize("hasAuthority('CASE:MANAGE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unassign(@PathVariable UUID id, @PathVariable UUID userId) {
        changes.unassign(CurrentStaff.require(), id, userId);
    }

    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasAuthority('CASE:MANAGE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transfer(@PathVariable UUID id, @RequestBody Move move) {
        changes.transfer(CurrentStaff.require(), id, CasesController.uuidOrNull(move.organizationId()));
    }
}
