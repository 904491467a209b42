package ca.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People on a case are changed and removed under the rules that add them: the right to change the case, the
 * suspects kept apart, a closed case refused, the last survivor kept; each change audited and on the timeline,
 * through the page and the API alike.
 */
@HarbourTest
class CasePeopleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor asWorker;
    private RequestPostProcessor asColleague;
    private RequestPostProcessor asOtherWorker;
    private UUID id;

    @BeforeEach
    void aCase() {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        Organization other = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        var worker = fixtures.staff(agency, Role.CASE_WORKER);
        asWorker = authentication(worker);
        asColleague = authentication(fixtures.staff(agency, Role.CASE_WORKER));
        asOtherWorker = authentication(fixtures.staff(other, Role.CASE_WORKER));
        id = cases.open(
                Fixtures.principal(worker),
                new NewCase(CaseOrigin.DIRECT, null, "Rosa M.", null, List.of("SERVITUDE"), List.of()));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private UUID add(String role, String name) throws Exception {
        mvc.perform(post("/cases/" + id + "/people")
                        .with(asWorker)
                        .with(csrf())
                        .param("role", role)
                        .param("name", name)
                        .param("ageEstimate", "30"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject(
                "select id from case_person where case_id = ? order by added_at desc, id limit 1", UUID.class, id);
    }

    private String timelineKinds() {
        return jdbc.queryForObject(
                "select string_agg(kind, ',' order by kind) from case_event where case_id = ?", String.class, id);
    }

    @Test
    void theAssignedWorkerChangesAPersonOnTheFormThatAddsThemAuditedAndOnTheTimeline() throws Exception {
        UUID person = add("FAMILY_MEMBER", "Tomas Quintero-Vale");
        mvc.perform(get("/cases/" + id).with(asWorker))
                .andExpect(content().string(containsString("/cases/" + id + "/people/" + person)));
        mvc.perform(get("/cases/" + id + "/people/" + person).with(asWorker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Tomas Quintero-Vale\"")))
                .andExpect(content().string(containsString("value=\"30\"")));
        mvc.perform(post("/cases/" + id + "/people/" + person)
                        .with(asWorker)
                        .with(csrf())
                        .param("role", "CAREGIVER")
                        .param("name", "Tomas Quintero-Valencia")
                        .param("birthDate", "1980-03-04")
                        .param("languages", "es"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + id).with(asColleague))
                .andExpect(content().string(containsString("Tomas Quintero-Valencia")))
                .andExpect(content().string(containsString("1980-03-04")));
        assertThat(jdbc.queryForObject("select role from case_person where id = ?", String.class, person))
                .isEqualTo("CAREGIVER");
        assertThat(count(
                        "select count(*) from case_person p where id = ? and row_to_json(p)::text like '%Valencia%'",
                        person))
                .isZero();
        assertThat(timelineKinds()).contains("PERSON_CHANGED");
        assertThat(count(
                        "select count(*) from audit_event where action = 'UPDATE' and resource_type = 'case_person'"
                                + " and resource_id = ?",
                        person.toString()))
                .isEqualTo(1);
        // the API changes under the same rule
        mvc.perform(put("/api/v1/cases/" + id + "/people/" + person)
                        .with(asWorker)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"OTHER\",\"name\":\"T. Q.\"}"))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select role from case_person where id = ?", String.class, person))
                .isEqualTo("OTHER");
    }

    @Test
    void badChangesAreRefusedNextToTheirFieldKeepingWhatWasTypedAndChangeNothing() throws Exception {
        UUID person = add("FAMILY_MEMBER", "Tomas Q.");
        String future = LocalDate.now().plusDays(3).toString();
        mvc.perform(post("/cases/" + id + "/people/" + person)
                        .with(asWorker)
                        .with(csrf())
                        .param("role", "FAMILY_MEMBER")
                        .param("name", "Typed but refused")
                        .param("birthDate", future))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"birthDate-error\"")))
                .andExpect(content().string(containsString("value=\"Typed but refused\"")));
        mvc.perform(put("/api/v1/cases/" + id + "/people/" + person)
                        .with(asWorker)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"NOBODY\",\"name\":\"\",\"ageEstimate\":\"-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ageEstimate")))
                .andExpect(content().string(containsString("role")));
        mvc.perform(get("/cases/" + id).with(asWorker))
                .andExpect(content().string(containsString("Tomas Q.")))
                .andExpect(content().string(not(containsString("Typed but refused"))));
        assertThat(timelineKinds()).doesNotContain("PERSON_CHANGED");
    }

    @Test
    void onlyWhoMayChangeTheCaseChangesItsPeopleAndAnotherAgencyFindsNothing() throws Exception {
        UUID person = add("FAMILY_MEMBER", "Tomas Q.");
        mvc.perform(post("/cases/" + id + "/people/" + person + "/remove")
                        .with(asColleague)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/cases/" + id + "/people/" + person)
                        .with(asColleague)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"OTHER\",\"name\":\"X\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/cases/" + id + "/people/" + person).with(asColleague))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only the workers assigned to this case")))
                .andExpect(content().string(not(containsString("/remove"))));
        mvc.perform(get("/cases/" + id + "/people/" + person).with(asOtherWorker))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/cases/" + id + "/people/" + person)
                        .with(asOtherWorker)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // a person of another case is not found through this one
        mvc.perform(delete("/api/v1/cases/" + UUID.randomUUID() + "/people/" + person)
                        .with(asWorker)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from case_person where id = ?", person))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'DENIED' and resource_id = ?", id.toString()))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aColleagueWhoMayNotSeeSuspectsCannotOpenOneToChangeIt() throws Exception {
        UUID suspect = add("SUSPECTED_TRAFFICKER", "Victor Kellerman-Stroud");
        mvc.perform(get("/cases/" + id + "/people/" + suspect).with(asColleague))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id + "/people/" + suspect).with(asWorker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kellerman-Stroud")));
    }

    @Test
    void theLastSurvivorStaysOthersAreRemovedAndTheTimelineSaysSo() throws Exception {
        UUID survivor = add("SURVIVOR", "Rosa Marquez");
        UUID relative = add("FAMILY_MEMBER", "Tomas Q.");
        mvc.perform(post("/cases/" + id + "/people/" + survivor + "/remove")
                        .with(asWorker)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"remove-error\"")));
        mvc.perform(put("/api/v1/cases/" + id + "/people/" + survivor)
                        .with(asWorker)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"OTHER\",\"name\":\"Rosa Marquez\"}"))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from case_person where id = ? and role = 'SURVIVOR'", survivor))
                .isEqualTo(1);

        mvc.perform(post("/cases/" + id + "/people/" + relative + "/remove")
                        .with(asWorker)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from case_person where id = ?", relative))
                .isZero();
        // with a second survivor recorded, the first one recorded by mistake may go
        UUID second = add("SURVIVOR", "Rosa Marquez-Ibarra");
        mvc.perform(delete("/api/v1/cases/" + id + "/people/" + survivor)
                        .with(asWorker)
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(count("select count(*) from case_person where case_id = ?", id))
                .isEqualTo(1);
        assertThat(timelineKinds()).contains("PERSON_REMOVED");
        assertThat(count(
                        "select count(*) from case_event where case_id = ? and kind = 'PERSON_REMOVED'"
                                + " and record_id in (?, ?)",
                        id,
                        survivor,
                        relative))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from audit_event where action = 'UPDATE' and resource_type = 'case_person'"
                                + " and reason = 'removed'"
                                + " and resource_id in (?, ?)",
                        survivor.toString(),
                        relative.toString()))
                .isEqualTo(2);
        mvc.perform(get("/cases/" + id + "?lang=fr").with(asWorker))
                .andExpect(content().string(containsString("Personne retirée")))
                .andExpect(content().string(containsString("/people/" + second)));
    }

    @Test
    void theCaseOnceClosedRefusesEveryChangeOfItsPeople() throws Exception {
        UUID relative = add("FAMILY_MEMBER", "Tomas Q.");
        jdbc.update("update case_file set status = 'CLOSED', closed_at = now() where id = ?", id);
        mvc.perform(post("/cases/" + id + "/people/" + relative + "/remove")
                        .with(asWorker)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/cases/" + id + "/people/" + relative)
                        .with(asWorker)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"OTHER\",\"name\":\"X\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases/" + id + "/people")
                        .with(asWorker)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"OTHER\",\"name\":\"X\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/cases/" + id).with(asWorker))
                .andExpect(content().string(not(containsString("/people/" + relative))));
        mvc.perform(get("/cases/" + id + "/people/" + relative).with(asWorker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This case is closed")))
                .andExpect(content().string(not(containsString("action=\"/cases/" + id + "/people/" + relative))));
        assertThat(count("select count(*) from case_person where case_id = ?", id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select role from case_person where id = ?", String.class, relative))
                .isEqualTo("FAMILY_MEMBER");
    }
}
