package ca.harbour.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.harbour.care.internal.CareNotes;
import ca.harbour.care.internal.CareTeams;
import ca.harbour.care.internal.CareYouthRecords;
import ca.harbour.care.internal.CareYouthRecords.NewYouth;
import ca.harbour.care.internal.IndigenousIdentity;
import ca.harbour.care.internal.MemberFunction;
import ca.harbour.care.internal.NoteVisibility.Basis;
import ca.harbour.care.internal.YouthNotes;
import ca.harbour.care.internal.YouthSource;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notes kept apart: a police member of the team does not read a child-protection note, on the page or through the
 * API, until a child-protection member shares it on a recorded basis and reason (audited); a police member may not
 * share it, nor may anyone share it twice or without a basis. Every note carries its author's function.
 */
@HarbourTest
class CareNotesIntegrationTests {

    @Autowired
    YouthNotes notes;

    @Autowired
    CareTeams teams;

    @Autowired
    CareYouthRecords youth;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Authentication casLogin;
    private Authentication policeLogin;
    private StaffPrincipal cas;
    private StaffPrincipal police;
    private StaffPrincipal liaison;
    private UUID youthId;

    @BeforeEach
    void team() {
        Organization society = fixtures.organization(OrganizationType.CHILDRENS_AID_SOCIETY);
        casLogin = fixtures.staff(society, Role.CARE_MEMBER);
        policeLogin = fixtures.staff(fixtures.organization(OrganizationType.POLICE_SERVICE), Role.CARE_MEMBER);
        cas = Fixtures.principal(casLogin);
        police = Fixtures.principal(policeLogin);
        liaison = Fixtures.principal(
                fixtures.staff(fixtures.organization(OrganizationType.INDIGENOUS_ORGANIZATION), Role.CARE_MEMBER));
        UUID team = teams.create("Team " + UUID.randomUUID(), false);
        Instant now = Instant.now();
        teams.addMember(team, cas.userId(), MemberFunction.CHILD_PROTECTION, now);
        teams.addMember(team, police.userId(), MemberFunction.POLICE, now);
        teams.addMember(team, liaison.userId(), MemberFunction.INDIGENOUS_LIAISON, now);
        youthId = youth.insert(new NewYouth(
                team,
                YouthSource.POLICE,
                null,
                null,
                "Robin P.",
                null,
                13,
                true,
                IndigenousIdentity.FIRST_NATIONS,
                police.userId(),
                police.organizationId(),
                now,
                false));
    }

    private List<String> read(StaffPrincipal who) {
        return notes.readable(who, youth.find(youthId).orElseThrow()).stream()
                .map(CareNotes.Note::body)
                .toList();
    }

    private String page(Authentication who) throws Exception {
        return mvc.perform(get("/care/youth/" + youthId).with(authentication(who)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String api(Authentication who) throws Exception {
        return mvc.perform(get("/api/v1/care/youth/" + youthId).with(authentication(who)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void policeDoNotReadAChildProtectionNoteUntilItIsSharedOnARecordedBasis() throws Exception {
        UUID cpNote = notes.write(cas, youthId, "Zx-protection: the family court date is set");
        notes.write(police, youthId, "Zx-police: no open file");

        assertThat(read(cas)).contains("Zx-protection: the family court date is set", "Zx-police: no open file");
        assertThat(read(liaison)).contains("Zx-protection: the family court date is set");
        assertThat(read(police)).containsExactly("Zx-police: no open file");
        assertThat(page(policeLogin)).doesNotContain("Zx-protection").contains("Zx-police");
        assertThat(api(policeLogin)).doesNotContain("Zx-protection").contains("Zx-police");
        assertThat(jdbc.queryForObject("select author_function from care_note where id = ?", String.class, cpNote))
                .isEqualTo("CHILD_PROTECTION");

        assertThatThrownBy(() -> notes.share(police, youthId, cpNote, Basis.CONSENT, "asked"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> notes.share(cas, youthId, cpNote, null, " "))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.rejection().fields()).containsKeys("basis", "shareReason"));
        assertThat(read(police)).doesNotContain("Zx-protection: the family court date is set");

        notes.share(cas, youthId, cpNote, Basis.CHILD_AT_RISK, "seen with an adult stranger");

        assertThat(read(police)).contains("Zx-protection: the family court date is set");
        assertThat(page(policeLogin)).contains("Zx-protection");
        assertThat(api(policeLogin)).contains("Zx-protection").contains("CHILD_AT_RISK");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'care_youth' and resource_id = ?"
                                + " and reason = 'note shared with police: CHILD_AT_RISK'",
                        Integer.class,
                        youthId.toString()))
                .isEqualTo(1);
        assertThatThrownBy(() -> notes.share(cas, youthId, cpNote, Basis.CONSENT, "again"))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        e -> assertThat(e.rejection().messageKey()).isEqualTo("care.error.alreadyShared"));
    }

    @Test
    void aNoteMustSaySomethingAndNotTooMuch() {
        assertThatThrownBy(() -> notes.write(cas, youthId, "  "))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.rejection().fields()).containsKey("body"));
        assertThatThrownBy(() -> notes.write(cas, youthId, "x".repeat(4001)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.rejection().fields()).containsKey("body"));
        assertThat(jdbc.queryForObject("select count(*) from care_note where youth_id = ?", Integer.class, youthId))
                .isZero();
    }
}
