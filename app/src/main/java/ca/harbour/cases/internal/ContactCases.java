package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.internal.HtcdsVocabulary.CodeList;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.CaseOpeningContent;
import ca.harbour.intake.CaseOpeningContents;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case from a hotline contact's "case needed" action, carrying only what the caller's consent allows
 * ({@link CaseOpeningContents}): intake's situation codes become HTCDS codes; the caller's name becomes the
 * survivor's only when the caller is the person and consented; otherwise the case is known by a pseudonym. The
 * case belongs to the organization of the one who opens it. One case per contact.
 */
@Service
public class ContactCases {

    /** Intake's indicators that say the same as an HTCDS means of control. */
    static final Map<String, String> MEANS = Map.of(
            "DOCUMENTS", "WITHHOLDS_DOCUMENTS",
            "DEBT", "DEBT_BONDAGE",
            "THREATS", "PHYSICAL_THREATS",
            "UNDERPAID", "TAKES_EARNINGS");

    /** Intake's genders in HTCDS words. */
    static final Map<String, String> GENDERS = Map.of(
            "WOMAN", "FEMININE",
            "MAN", "MASCULINE",
            "TWO_SPIRIT_NONBINARY", "NON_CONFORMING",
            "UNKNOWN", "NON_SPECIFIED_UNKNOWN");

    private final CaseOpeningContents contents;
    private final CaseDesk desk;
    private final CaseRecords cases;
    private final PersonRecords people;
    private final HtcdsVocabulary vocabulary;
    private final Audit audit;
    private final Clock clock;

    ContactCases(
            CaseOpeningContents contents,
            CaseDesk desk,
            CaseRecords cases,
            PersonRecords people,
            HtcdsVocabulary vocabulary,
            Audit audit,
            Clock clock) {
        this.contents = contents;
        this.desk = desk;
        this.cases = cases;
        this.people = people;
        this.vocabulary = vocabulary;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case already opened from this contact, if any (its reference is no personal data). */
    public Optional<String> referenceFor(UUID contactId) {
        return cases.openedFrom(contactId).flatMap(cases::find).map(CaseRecords.CaseRow::reference);
    }

    @Transactional
    public UUID open(StaffPrincipal viewer, UUID actionId) {
        CaseOpeningContent content = contents.consented(viewer, actionId).orElseThrow(NotFoundException::new);
        if (cases.openedFrom(content.contactId()).isPresent()) {
            throw Rejection.of("cases.fromContact.error.already").exception();
        }
        boolean named = content.consented() && "VICTIM".equals(content.callerType()) && content.callerName() != null;
        LocalDate day =
                content.contactStartedAt().atZone(ZoneId.of("America/Toronto")).toLocalDate();
        String label = named ? content.callerName() : "Hotline contact " + day;
        List<String> types = content.exploitationTypes().stream()
                .map(HtcdsVocabulary::code)
                .map(c -> vocabulary.codes(CodeList.EXPLOITATION).contains(c) ? c : "OTHER")
                .distinct()
                .toList();
        List<String> means = content.indicators().stream()
                .filter(MEANS::containsKey)
                .map(MEANS::get)
                .distinct()
                .toList();
        UUID id = desk.open(
                viewer, new NewCase(CaseOrigin.CONTACT, content.contactId(), label, content.note(), types, means));
        PersonRules.Person survivor = new PersonRules.Person(
                PersonRole.SURVIVOR,
                label,
                null,
                null,
                GENDERS.getOrDefault(content.gender(), "NON_SPECIFIED_UNKNOWN"),
                content.language() != null && PersonLanguages.ALL.contains(content.language())
                        ? List.of(content.language())
                        : List.of(),
                null,
                null);
        UUID person = UUID.randomUUID();
        people.insert(person, id, survivor, viewer.userId(), clock.instant(), false);
        audit.record(AuditAction.CREATE, "case_person", person, "from contact");
        if (!content.consented()) {
            audit.record(AuditAction.EXCEPTION_GRANTED, "case", id, "opened without consent: " + content.basis());
        }
        return id;
    }
}
