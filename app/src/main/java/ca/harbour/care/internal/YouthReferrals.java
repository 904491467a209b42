package ca.harbour.care.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseFiles;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Scope;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intake.HotlineContacts;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.screening.Instrument;
import ca.harbour.screening.Screenings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partner refers a youth to a CARE team: the referral is checked ({@link YouthReferral}), the contact or case it
 * comes from must be one the referrer may read (asked of intake and cases, which audit the look), and the answers
 * to the youth screening instrument, when given, are scored and attached. A refusal stores nothing.
 */
@Service
public class YouthReferrals {

    /** The youth instrument of the screening module. */
    public static final String INSTRUMENT = "YOUTH_EXPLOITATION";

    private final CareYouthRecords youth;
    private final CareTeams teams;
    private final HotlineContacts contacts;
    private final CaseFiles cases;
    private final Screenings screenings;
    private final Audit audit;
    private final Clock clock;
    private final PlatformSettings settings;
    private final TransactionTemplate transaction;

    YouthReferrals(
            CareYouthRecords youth,
            CareTeams teams,
            HotlineContacts contacts,
            CaseFiles cases,
            Screenings screenings,
            Audit audit,
            Clock clock,
            PlatformSettings settings,
            PlatformTransactionManager transactions) {
        this.youth = youth;
        this.teams = teams;
        this.contacts = contacts;
        this.cases = cases;
        this.screenings = screenings;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The teams a youth may be referred to, by name. */
    public List<CareTeams.Team> teams() {
        return teams.all();
    }

    /** Whether the referrer is a current member of the team (then they go on to the youth's page). */
    public boolean memberOf(StaffPrincipal referrer, UUID teamId) {
        return teams.functionOf(teamId, referrer.userId()).isPresent();
    }

    /** The youth instrument's current version, for the form. */
    public Optional<Instrument> instrument() {
        return screenings.current(INSTRUMENT);
    }

    /**
     * Stores the referral and its screening (when {@code answers} is not empty) and returns the youth's id. The
     * source's look-up is audited in its own right even when the referral is then refused.
     */
    public UUID refer(StaffPrincipal referrer, YouthReferral referral, Map<String, Integer> answers) {
        if (AccessPolicy.scope(referrer, CareContributions.CARE_YOUTH_CREATE) == Scope.NONE) {
            throw new AccessDeniedException("care_youth");
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, settings.zone());
        boolean teamKnown =
                referral.teamId() != null && teams.find(referral.teamId()).isPresent();
        Map<String, String> fields = new LinkedHashMap<>();
        referral.problems(day, teamKnown).ifPresent(r -> fields.putAll(r.fields()));
        if (!answers.isEmpty()) {
            Instrument instrument = instrument().orElseThrow();
            instrument.problems(answers).forEach((item, key) -> fields.put("a_" + item, key));
        }
        if (fields.isEmpty() && referral.sourceId() != null && !sourceReadable(referrer, referral)) {
            fields.put("sourceId", "care.error.sourceNotFound");
        }
        if (!fields.isEmpty()) {
            throw Rejection.of("error.validation", fields).exception();
        }
        return transaction.execute(status -> store(referrer, referral, answers, now, day));
    }

    private UUID store(
            StaffPrincipal referrer, YouthReferral referral, Map<String, Integer> answers, Instant now, LocalDate day) {
        YouthSource source = referral.source();
        UUID id = youth.insert(new CareYouthRecords.NewYouth(
                referral.teamId(),
                source,
                source == YouthSource.HOTLINE_CONTACT ? referral.sourceId() : null,
                source == YouthSource.AGENCY_CASE ? referral.sourceId() : null,
                referral.label().strip(),
                referral.birthDate(),
                referral.ageOn(day),
                referral.birthDate() == null && referral.ageEstimate() != null,
                referral.indigenousIdentity(),
                referrer.userId(),
                referrer.organizationId(),
                now,
                false));
        audit.record(AuditAction.CREATE, "care_youth", id, "referred from " + source.name());
        if (!answers.isEmpty()) {
            screenings.record(referrer, INSTRUMENT, "care_youth", id, referrer.organizationId(), answers);
        }
        return id;
    }

    private boolean sourceReadable(StaffPrincipal referrer, YouthReferral referral) {
        UUID id = referral.sourceId();
        if (referral.source() == YouthSource.HOTLINE_CONTACT) {
            return contacts.readable(referrer, id);
        }
        boolean visible = cases.visible(referrer, id).isPresent();
        if (!visible) {
            audit.record(AuditAction.DENIED, "case", id, "named by a referral");
        }
        return visible;
    }
}
