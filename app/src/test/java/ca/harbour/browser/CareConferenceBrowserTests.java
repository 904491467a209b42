package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.care.internal.CareActions;
import ca.harbour.care.internal.CareConferences;
import ca.harbour.care.internal.CareTeams;
import ca.harbour.care.internal.CareYouthRecords;
import ca.harbour.care.internal.CareYouthRecords.NewYouth;
import ca.harbour.care.internal.IndigenousIdentity;
import ca.harbour.care.internal.InformationCategory;
import ca.harbour.care.internal.YouthConsent;
import ca.harbour.care.internal.YouthConsents;
import ca.harbour.care.internal.YouthSource;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.internal.CasePeople;
import ca.harbour.cases.internal.PersonForm;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.support.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A CARE member opens a youth's case conference, is refused sharing an item without a consent or a legal basis,
 * shares it on the youth's consent, and reads the consents; a case worker sees the under-16 pathway on a case.
 * Accessible in both languages.
 */
class CareConferenceBrowserTests extends BrowserTest {

    private static final ZoneId ZONE = ZoneId.of("America/Toronto");

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CareTeams teams;

    @Autowired
    CareYouthRecords youth;

    @Autowired
    YouthConsents consents;

    @Autowired
    CareConferences conferences;

    @Autowired
    CareActions actions;

    @Autowired
    CaseFiles cases;

    @Autowired
    CasePeople people;

    private record Setup(UUID youthId, UUID conferenceId, UUID organizationId) {}

    /** A youth of the demo account {@code care}'s team, with a consent to the team and a conference with a plan. */
    private Setup aConference() {
        StaffPrincipal care = staff.principal("care");
        UUID team = teams.teamsOf(care.userId()).get(0).id();
        LocalDate today = LocalDate.now(ZONE);
        Instant now = Instant.now();
        UUID youthId = youth.insert(new NewYouth(
                team,
                YouthSource.SCHOOL,
                null,
                null,
                "Browser youth B. T.",
                today.minusYears(14),
                14,
                false,
                IndigenousIdentity.NOT_SHARED,
                care.userId(),
                care.organizationId(),
                now,
                false));
        consents.insert(
                new YouthConsent(
                        UUID.randomUUID(),
                        youthId,
                        YouthConsent.GivenBy.YOUTH,
                        EnumSet.of(InformationCategory.IDENTITY, InformationCategory.SAFETY_PLAN),
                        null,
                        "Safety planning",
                        today.minusDays(3),
                        null,
                        YouthConsent.Manner.WRITTEN,
                        null,
                        now,
                        null,
                        false),
                care.userId());
        UUID conference = UUID.randomUUID();
        conferences.insert(new CareConferences.Conference(
                conference, youthId, today, "Meet weekly at school", care.userId(), now, false));
        conferences.addAttendee(conference, new CareConferences.Attendee(UUID.randomUUID(), care.userId(), null, null));
        conferences.addAttendee(
                conference, new CareConferences.Attendee(UUID.randomUUID(), null, "Browser R. Leclerc", "School"));
        actions.insert(new CareActions.Action(
                UUID.randomUUID(), conference, youthId, "Call the school", care.userId(), today.minusDays(1), null));
        return new Setup(youthId, conference, care.organizationId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aConferenceSharesOnlyOnAConsentOrABasisAndTheCaseShowsTheUnderSixteenPathway(String lang) throws Exception {
        boolean fr = "fr".equals(lang);
        Setup s = aConference();
        signIn("care", lang);

        visit("/care/youth/" + s.youthId() + "/conferences/" + s.conferenceId(), lang);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Browser R. Leclerc")
                .contains("Call the school")
                .contains(fr ? "En retard" : "Overdue");
        BrowserSession.assertAccessible(driver, "case conference (" + lang + ")");
        screenshots("care-conference-" + lang);

        new Select(driver.findElement(By.id("category"))).selectByValue("IDENTITY");
        new Select(driver.findElement(By.id("organizationId")))
                .selectByValue(s.organizationId().toString());
        click(By.cssSelector("form[action*='/shares'] button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains(fr ? "Sans l'un ou l'autre" : "Without either it cannot be shared");
        BrowserSession.assertAccessible(driver, "sharing refused (" + lang + ")");
        screenshots("care-conference-refused-" + lang);
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_conference_share where conference_id = ?",
                        Integer.class,
                        s.conferenceId()))
                .isZero();

        new Select(driver.findElement(By.id("consentId"))).selectByIndex(1);
        click(By.cssSelector("form[action*='/shares'] button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success")));
        assertThat(driver.findElement(By.id("shared")).isDisplayed()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from care_conference_share where conference_id = ? and basis = 'CONSENT'",
                        Integer.class,
                        s.conferenceId()))
                .isEqualTo(1);
        BrowserSession.assertAccessible(driver, "item shared (" + lang + ")");

        visit("/care/youth/" + s.youthId() + "/consents", lang);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(fr ? "En vigueur" : "In force");
        BrowserSession.assertAccessible(driver, "youth consents (" + lang + ")");
        screenshots("care-consents-" + lang);

        UUID caseId = anUnderSixteenCase();
        signIn("caseworker", lang);
        visit("/cases/" + caseId, lang);
        assertThat(driver.findElement(By.id("under-sixteen")).getText())
                .contains(fr ? "Parcours des moins de 16 ans" : "Under-16 pathway");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(fr ? "Obligatoire, en retard" : "Required, overdue");
        BrowserSession.assertAccessible(driver, "case on the under-16 pathway (" + lang + ")");
        screenshots("case-under-sixteen-" + lang);
    }

    /** A case of the demo case worker whose survivor is 13. */
    private UUID anUnderSixteenCase() {
        var signedIn = staff.signedIn("caseworker");
        StaffPrincipal worker = (StaffPrincipal) signedIn.getPrincipal();
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            UUID id = cases.open(
                    worker, new NewCase(CaseOrigin.DIRECT, null, "Browser Lia N.", null, List.of(), List.of()));
            people.add(
                    worker,
                    id,
                    new PersonForm(
                            "SURVIVOR",
                            "Browser Lia N.",
                            LocalDate.now(ZONE).minusYears(13).toString(),
                            "",
                            "",
                            List.of(),
                            "",
                            ""));
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
