package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.ChildProtectionAge;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people involved in a case. Anyone who may read the case sees its people, except suspected traffickers:
 * those need {@link CasesContributions#CASE_PERSON_SENSITIVE_READ} on the case, on the page, in the API and in
 * every list alike; a suspect the viewer may not see is not found for a change either. Adding, changing and
 * removing follow one rule ({@link PersonRules}), need the right to change the case, are refused once the case is
 * closed, and write the timeline (one kind for every role) and the audit. A case about a survivor keeps one: its
 * last survivor is neither removed nor given another role.
 */
@Service
public class CasePeople {

    private final CaseDesk desk;
    private final PersonRecords people;
    private final CaseRecords cases;
    private final HtcdsVocabulary vocabulary;
    private final CaseDutyReports dutyReports;
    private final Audit audit;
    private final Clock clock;

    CasePeople(
            CaseDesk desk,
            PersonRecords people,
            CaseRecords cases,
            HtcdsVocabulary vocabulary,
            CaseDutyReports dutyReports,
            Audit audit,
            Clock clock) {
        this.desk = desk;
        this.people = people;
        this.cases = cases;
        this.vocabulary = vocabulary;
        this.dutyReports = dutyReports;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when the viewer may see (and add) the suspected traffickers of this case. */
    public static boolean seesSensitive(StaffPrincipal viewer, CaseRow row) {
        return AccessPolicy.permits(viewer, CasesContributions.CASE_PERSON_SENSITIVE_READ, row.ownership());
    }

    /** The people of a case the viewer may read (the case's read is audited by the caller). */
    @Transactional
    public List<CasePerson> of(StaffPrincipal viewer, CaseRow row) {
        boolean sensitive = seesSensitive(viewer, row);
        List<CasePerson> list = people.forCase(row.id(), sensitive);
        audit.recordList(
                AuditAction.READ,
                "case_person",
                sensitive ? "people of a case, sensitive included" : "people of a case",
                list.stream().map(CasePerson::id).toList());
        return list;
    }

    /** One person of the case for its change form (read audited); a suspect the viewer may not see is 404. */
    @Transactional
    public CasePerson one(StaffPrincipal viewer, CaseRow row, UUID personId) {
        CasePerson person = visiblePerson(viewer, row, personId);
        audit.record(AuditAction.READ, "case_person", personId);
        return person;
    }

    private CasePerson visiblePerson(StaffPrincipal viewer, CaseRow row, UUID personId) {
        CasePerson person =
                people.find(row.id(), personId).orElseThrow(() -> NotFoundException.refused("case_person", personId));
        if (person.role().sensitive() && !seesSensitive(viewer, row)) {
            throw NotFoundException.refused("case_person", personId);
        }
        return person;
    }

    /** The case locked for a change of its people: changeable by the viewer and not closed. */
    private CaseRow openForChange(StaffPrincipal viewer, UUID caseId) {
        desk.changeable(viewer, caseId);
        cases.lock(caseId);
        CaseRow row = desk.changeable(viewer, caseId);
        if (row.status().closed()) {
            throw Rejection.of("cases.workflow.error.closed").exception();
        }
        return row;
    }

    @Transactional
    public void change(StaffPrincipal viewer, UUID caseId, UUID personId, PersonForm form) {
        CaseRow row = openForChange(viewer, caseId);
        CasePerson before = visiblePerson(viewer, row, personId);
        PersonRules.Person person = PersonRules.check(form, LocalDate.now(clock), vocabulary);
        if (person.role().sensitive() && !seesSensitive(viewer, row)) {
            throw Rejection.field("role", "cases.person.error.sensitive").exception();
        }
        if (before.role() == PersonRole.SURVIVOR
                && person.role() != PersonRole.SURVIVOR
                && people.survivors(caseId) == 1) {
            throw Rejection.field("role", "cases.person.error.lastSurvivor").exception();
        }
        CasePerson after = new CasePerson(
                before.id(),
                before.caseId(),
                person.role(),
                person.name(),
                person.birthDate(),
                person.ageEstimate(),
                person.gender(),
                person.languages(),
                person.indigenousIdentity(),
                person.immigrationStatus(),
                before.addedAt());
        if (dropsDutyStep(before, after)) {
            throw Rejection.of("cases.person.error.dutyStep").exception();
        }
        people.update(personId, person);
        cases.addEvent(caseId, "PERSON_CHANGED", personId, viewer.userId(), clock.instant());
        audit.record(AuditAction.UPDATE, "case_person", personId);
    }

    @Transactional
    public void remove(StaffPrincipal viewer, UUID caseId, UUID personId) {
        CaseRow row = openForChange(viewer, caseId);
        CasePerson person = visiblePerson(viewer, row, personId);
        if (person.role() == PersonRole.SURVIVOR && people.survivors(caseId) == 1) {
            throw Rejection.of("cases.person.error.lastSurvivor").exception();
        }
        if (keepsDutyStep(person)) {
            throw Rejection.of("cases.person.error.dutyStep").exception();
        }
        people.delete(personId);
        cases.addEvent(caseId, "PERSON_REMOVED", personId, viewer.userId(), clock.instant());
        audit.record(AuditAction.UPDATE, "case_person", personId, "removed");
    }

    /** A report to a children's aid society about the person is on record. */
    private boolean reported(CasePerson person) {
        return dutyReports.forCase(person.caseId()).stream()
                .anyMatch(r -> r.personId().equals(person.id()));
    }

    /**
     * The person has a report on record, or a required one not yet made: either is a legal record that removing
     * the person must not make disappear.
     */
    private boolean keepsDutyStep(CasePerson person) {
        return reported(person) || UnderSixteen.duty(person, clock.getZone()) == ChildProtectionAge.Duty.REQUIRED;
    }

    /**
     * The change would take a reported person's step off the case (a new role or an adult's age), or turn a required
     * report not yet made into one merely offered or none.
     */
    private boolean dropsDutyStep(CasePerson before, CasePerson after) {
        ChildProtectionAge.Duty becomes = UnderSixteen.duty(after, clock.getZone());
        if (reported(before)) {
            return becomes == ChildProtectionAge.Duty.NONE;
        }
        return UnderSixteen.duty(before, clock.getZone()) == ChildProtectionAge.Duty.REQUIRED
                && becomes != ChildProtectionAge.Duty.REQUIRED;
    }

    @Transactional
    public UUID add(StaffPrincipal viewer, UUID caseId, PersonForm form) {
        CaseRow row = openForChange(viewer, caseId);
        PersonRules.Person person = PersonRules.check(form, LocalDate.now(clock), vocabulary);
        if (person.role().sensitive() && !seesSensitive(viewer, row)) {
            throw Rejection.field("role", "cases.person.error.sensitive").exception();
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        people.insert(id, caseId, person, viewer.userId(), now, false);
        // one kind for everyone, so the timeline does not tell who may not know that a suspect was named
        cases.addEvent(caseId, "PERSON_ADDED", id, viewer.userId(), now);
        audit.record(AuditAction.CREATE, "case_person", id);
        return id;
    }
}
