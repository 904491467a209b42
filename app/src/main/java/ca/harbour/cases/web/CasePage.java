package ca.harbour.cases.web;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewConsent;
import ca.harbour.cases.internal.CaseChanges;
import ca.harbour.cases.internal.CaseDesk;
import ca.harbour.cases.internal.CaseDutyDesk;
import ca.harbour.cases.internal.CasePeople;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.cases.internal.CaseRecords.TimelineEntry;
import ca.harbour.cases.internal.CaseTimeline;
import ca.harbour.cases.internal.CasesContributions;
import ca.harbour.cases.internal.ConsentForm;
import ca.harbour.cases.internal.DutyReportForm;
import ca.harbour.cases.internal.PersonForm;
import ca.harbour.cases.internal.PersonRole;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts together the case page: the case read through the one decision point (audited), its people (suspected
 * traffickers only for those who may see them), its consents, its timeline filtered by kind, and what the viewer
 * may do next.
 */
@Component
class CasePage {

    private final CaseDesk desk;
    private final CasePeople people;
    private final CaseConsents consents;
    private final CaseTimeline timeline;
    private final CaseView view;
    private final ConsentServices services;
    private final CaseDutyDesk duty;
    private final Clock clock;

    CasePage(
            CaseDesk desk,
            CasePeople people,
            CaseConsents consents,
            CaseTimeline timeline,
            CaseView view,
            ConsentServices services,
            CaseDutyDesk duty,
            Clock clock) {
        this.desk = desk;
        this.people = people;
        this.consents = consents;
        this.timeline = timeline;
        this.view = view;
        this.services = services;
        this.duty = duty;
        this.clock = clock;
    }

    /** The fields of the consent form: a refusal naming one of them opens the form again. */
    static final List<String> CONSENT_FIELDS = List.of(
            "purpose", "categories", "recipient", "service", "validFrom", "validUntil", "witness", "givenBy", "manner");

    /** The consent as typed on the page or sent to the API, read under the same rules. */
    NewConsent consent(ConsentForm form) {
        return services.parse(form);
    }

    String show(
            Model model, UUID id, @Nullable List<String> kinds, Map<String, String> errors, Map<String, Object> typed) {
        StaffPrincipal me = CurrentStaff.require();
        CaseRow row = desk.read(me, id);
        List<String> wanted = kinds == null
                ? List.of()
                : kinds.stream().filter(k -> k.matches("[A-Z][A-Z_]{1,63}")).toList();
        CaseTimeline.Shown shown =
                timeline.shown(me, row, wanted, LocaleContextHolder.getLocale().getLanguage());
        List<TimelineEntry> entries = shown.entries();
        List<Consent> caseConsents = consents.forCase(row.id());
        Set<UUID> staffIds = new HashSet<>(row.workers());
        entries.stream().map(TimelineEntry::actorId).filter(a -> a != null).forEach(staffIds::add);
        entries.stream()
                .filter(e -> e.kind().startsWith("WORKER_"))
                .map(TimelineEntry::recordId)
                .filter(r -> r != null)
                .forEach(staffIds::add);
        LocalDate today = LocalDate.now(clock);
        boolean mayChange = AccessPolicy.permits(me, CasesContributions.CASE_UPDATE, row.ownership());
        model.addAttribute("kase", row);
        model.addAttribute("recruitment", timeline.recruitment(row.id()));
        model.addAttribute("people", people.of(me, row));
        model.addAttribute("seesSensitive", CasePeople.seesSensitive(me, row));
        model.addAttribute("consents", caseConsents);
        model.addAttribute(
                "inForce",
                caseConsents.stream()
                        .filter(c -> c.covers(
                                c.recipientOrganizationId(), c.recipientServiceId(), Set.of(), today, clock.instant()))
                        .map(Consent::id)
                        .toList());
        model.addAttribute("timeline", entries);
        model.addAttribute("timelineKinds", shown.kinds());
        model.addAttribute("kinds", wanted);
        model.addAttribute("mayChange", mayChange);
        model.addAttribute("manages", CaseChanges.manages(me, row));
        model.addAttribute("names", view.staffNames(staffIds));
        model.addAttribute("organizations", view.organizationNames());
        model.addAttribute("workers", view.workersOf(row.organizationId()));
        model.addAttribute("targets", view.transferTargets(row.organizationId()));
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("nextStages", neighbours(row.stage()));
        model.addAttribute("followUp", row.status() == CaseStatus.ACTIVE ? CaseStatus.FOLLOW_UP : CaseStatus.ACTIVE);
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("categories", ConsentCategory.values());
        model.addAttribute("genders", view.codes("GENDER"));
        model.addAttribute("indigenousChoices", view.indigenous());
        model.addAttribute("immigrationChoices", view.immigration());
        model.addAttribute("recipientChoices", view.allOrganizations());
        model.addAttribute("underSixteen", duty.underSixteen(row));
        model.addAttribute("dutySteps", duty.steps(row));
        model.addAttribute("societies", duty.societies());
        model.addAttribute("dutyPerson", typed.get("dutyPerson"));
        model.addAttribute("duty", typed.getOrDefault("duty", DutyReportForm.empty(today)));
        model.addAttribute("emptyDuty", DutyReportForm.empty(today));
        model.addAttribute("errors", errors);
        model.addAttribute("person", typed.getOrDefault("person", PersonForm.empty()));
        ConsentForm consent = (ConsentForm) typed.getOrDefault("consent", ConsentForm.empty(today));
        String serviceQuery = (String) typed.getOrDefault("serviceQuery", "");
        model.addAttribute("consent", consent);
        model.addAttribute("consentServices", services.names(caseConsents));
        model.addAttribute("serviceQuery", serviceQuery);
        model.addAttribute("serviceMatches", services.search(serviceQuery));
        model.addAttribute("pickedService", services.picked(consent.serviceOrEmpty()));
        model.addAttribute(
                "consentOpen",
                typed.containsKey("serviceQuery") || CONSENT_FIELDS.stream().anyMatch(errors::containsKey));
        return "cases/case";
    }

    /** The stages a case may move to from {@code stage}: the next one and the previous one. */
    static List<CaseStage> neighbours(CaseStage stage) {
        CaseStage[] all = CaseStage.values();
        return IntStream.of(stage.ordinal() + 1, stage.ordinal() - 1)
                .filter(i -> i >= 0 && i < all.length)
                .mapToObj(i -> all[i])
                .toList();
    }
}
