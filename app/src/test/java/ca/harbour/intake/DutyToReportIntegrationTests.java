package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Recording the report to a children's aid society for a contact about a person under 16, by page and API. */
@HarbourTest
class DutyToReportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Authentication advocate;
    private Organization society;

    @BeforeEach
    void organizations() {
        advocate = fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE);
        society = fixtures.organization(OrganizationType.CHILDRENS_AID_SOCIETY);
    }

    private RequestPostProcessor as(Authentication who) {
        return authentication(who);
    }

    /** A completed contact about a person in {@code ageBand}. */
    private UUID contact(String ageBand) throws Exception {
        String location = mvc.perform(post("/contacts").with(as(advocate)).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
        mvc.perform(post("/contacts/" + id)
                        .with(as(advocate))
                        .with(csrf())
                        .param("action", "complete")
                        .param("ageBand", ageBand)
                        .param("summary", "Caller's niece is kept home from school by an older man")
                        .param("outcomes", "INFORMATION"))
                .andExpect(redirectedUrl("/contacts/" + id));
        return id;
    }

    private static String localNow() {
        return LocalDateTime.now(ZoneId.of("America/Toronto"))
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private int reports(UUID contact) {
        return jdbc.queryForObject("select count(*) from duty_to_report where contact_id = ?", Integer.class, contact);
    }

    @Test
    void anUnderSixteenContactIsOverdueUntilTheAdvocateRecordsTheReportOnItsPage() throws Exception {
        UUID id = contact("AGE_12_15");
        mvc.perform(get("/contacts/" + id).with(as(advocate)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue: report required now")))
                .andExpect(content().string(containsString(society.name())));
        mvc.perform(get("/contacts/" + id + "/edit").with(as(advocate)))
                .andExpect(content().string(containsString("a report to a children&#39;s aid society is required")));
        mvc.perform(get("/contacts/duty-to-report").with(as(advocate)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/contacts/" + id)));
        // advocates land on the live queue: it counts the overdue reports of their organization
        mvc.perform(get("/queue").with(as(advocate)))
                .andExpect(content().string(containsString("Overdue reports to a children&#39;s aid society: 1")));

        mvc.perform(post("/contacts/" + id + "/duty-to-report")
                        .with(as(advocate))
                        .with(csrf())
                        .param("societyId", society.id().toString())
                        .param("reportedAt", localNow())
                        .param("reference", " CAS-2026-0042 "))
                .andExpect(redirectedUrl("/contacts/" + id + "#duty-to-report"))
                .andExpect(flash().attribute("noticeKey", "duty.recorded"));

        assertThat(jdbc.queryForMap("select reported_by, reference from duty_to_report where contact_id = ?", id))
                .isEqualTo(Map.of("reported_by", Fixtures.principal(advocate).userId(), "reference", "CAS-2026-0042"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'contact' and resource_id = ? and action = 'UPDATE'"
                                + " and reason = 'duty to report recorded'",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);
        mvc.perform(get("/contacts/" + id).with(as(advocate)))
                .andExpect(content().string(containsString("Reported")))
                .andExpect(content().string(containsString("CAS-2026-0042")))
                .andExpect(content()
                        .string(containsString(Fixtures.principal(advocate).displayName())))
                .andExpect(content().string(not(containsString("Overdue: report required now"))));
        mvc.perform(get("/contacts/duty-to-report").with(as(advocate)))
                .andExpect(content().string(not(containsString("/contacts/" + id))));
        mvc.perform(get("/queue").with(as(advocate)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Overdue reports to a children"))));
    }

    @Test
    void aFutureTimeOrNoSocietyIsRefusedWithTranslatedErrorsAndNothingIsSaved() throws Exception {
        UUID id = contact("UNDER_12");
        mvc.perform(post("/contacts/" + id + "/duty-to-report")
                        .with(as(advocate))
                        .with(csrf())
                        .param("lang", "fr")
                        .param("reportedAt", "2999-01-01T10:00")
                        .param("reference", "CAS-1"))
                .andExpect(redirectedUrl("/contacts/" + id + "#duty-to-report"))
                .andExpect(flash().attribute(
                                "dutyErrors",
                                Map.of(
                                        "societyId",
                                        "Choisissez la société d'aide à l'enfance à laquelle vous avez fait le signalement.",
                                        "reportedAt",
                                        "La date et l'heure du signalement ne peuvent pas être dans le futur.")));
        mvc.perform(post("/contacts/" + id + "/duty-to-report")
                        .with(as(advocate))
                        .with(csrf())
                        .param("lang", "en")
                        .param("societyId", "not-a-society")
                        .param("reportedAt", "yesterday")
                        .param("reference", "CAS-1"))
                .andExpect(
                        flash().attribute(
                                        "dutyErrors",
                                        Map.of(
                                                "societyId",
                                                "Choose the children's aid society you reported to.",
                                                "reportedAt",
                                                "Enter the date and time of the report as a date and a time, for example 2026-12-04 14:30.")));
        mvc.perform(put("/api/v1/contacts/" + id + "/duty-to-report")
                        .with(as(advocate))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"societyId\":\"" + society.id() + "\",\"reportedAt\":\""
                                + Instant.now().plusSeconds(3600) + "\",\"reference\":\"CAS-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reportedAt")
                        .value("La date et l'heure du signalement ne peuvent pas être dans le futur."));
        mvc.perform(put("/api/v1/contacts/" + id + "/duty-to-report")
                        .with(as(advocate))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedAt\":\"soon\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/contacts/" + id + "/duty-to-report")
                        .with(as(advocate))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"societyId\":\"" + UUID.randomUUID() + "\",\"reportedAt\":\"" + Instant.now()
                                + "\",\"reference\":\"CAS-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.societyId").value("Choose a children's aid society from the list."));
        assertThat(reports(id)).isZero();
    }

    @Test
    void theApiRecordsAndAnswersTheReportWithTheSameRule() throws Exception {
        UUID id = contact("AGE_12_15");
        mvc.perform(get("/api/v1/contacts/" + id + "/duty-to-report").with(as(advocate)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REQUIRED"))
                .andExpect(jsonPath("$.overdue").value(true));
        mvc.perform(put("/api/v1/contacts/" + id + "/duty-to-report")
                        .with(as(advocate))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"societyId\":\"" + society.id() + "\",\"reportedAt\":\"" + Instant.now()
                                + "\",\"reference\":\"CAS-77\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.societyName").value(society.name()))
                .andExpect(jsonPath("$.reportedBy")
                        .value(Fixtures.principal(advocate).userId().toString()))
                .andExpect(jsonPath("$.reference").value("CAS-77"));
        assertThat(reports(id)).isEqualTo(1);
    }

    @Test
    void sixteenAndSeventeenAreOfferedNeverOverdueAndAdultsTakeNoReport() throws Exception {
        UUID youth = contact("AGE_16_17");
        mvc.perform(get("/api/v1/contacts/" + youth + "/duty-to-report").with(as(advocate)))
                .andExpect(jsonPath("$.status").value("OFFERED"))
                .andExpect(jsonPath("$.overdue").value(false));
        mvc.perform(get("/contacts/duty-to-report").with(as(advocate)))
                .andExpect(content().string(not(containsString("/contacts/" + youth))));
        UUID adult = contact("AGE_25_PLUS");
        mvc.perform(get("/contacts/" + adult).with(as(advocate)))
                .andExpect(content().string(not(containsString("id=\"duty-to-report\""))));
        mvc.perform(put("/api/v1/contacts/" + adult + "/duty-to-report")
                        .with(as(advocate))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"societyId\":\"" + society.id() + "\",\"reportedAt\":\"" + Instant.now()
                                + "\",\"reference\":\"CAS-1\"}"))
                .andExpect(status().isBadRequest());
        assertThat(reports(adult)).isZero();
    }

    @Test
    void aDateOfBirthGivesTheAgeOnTheDayOfTheContactStoredEncryptedAndDecidesOverTheBand() throws Exception {
        UUID id = contact("AGE_16_17");
        // the contact was ten days ago; the person turned 16 five days ago: 15 then, so a report is required
        jdbc.update("update contact set started_at = now() - interval '10 days' where id = ?", id);
        LocalDate born =
                LocalDate.now(ZoneId.of("America/Toronto")).minusYears(16).minusDays(5);
        mvc.perform(post("/contacts/" + id + "/duty-to-report/birth-date")
                        .with(as(advocate))
                        .with(csrf())
                        .param("birthDate", born.toString()))
                .andExpect(flash().attribute("noticeKey", "duty.birthDateRecorded"));
        mvc.perform(get("/api/v1/contacts/" + id + "/duty-to-report").with(as(advocate)))
                .andExpect(jsonPath("$.status").value("REQUIRED"))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.ageAtContact").value(15));
        mvc.perform(get("/contacts/duty-to-report").with(as(advocate)))
                .andExpect(content().string(containsString("/contacts/" + id)));
        mvc.perform(get("/contacts/" + id).with(as(advocate)))
                .andExpect(content().string(containsString("15 years old on the day of the contact")))
                .andExpect(content().string(containsString(born.toString())));
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_birth_date b where contact_id = ? and row_to_json(b)::text like ?",
                        Integer.class,
                        id,
                        "%" + born + "%"))
                .isZero();

        mvc.perform(post("/contacts/" + id + "/duty-to-report/birth-date")
                        .with(as(advocate))
                        .with(csrf())
                        .param("lang", "fr")
                        .param("birthDate", LocalDate.now().plusDays(1).toString()))
                .andExpect(
                        flash().attribute(
                                        "dutyErrors",
                                        Map.of(
                                                "birthDate",
                                                "La date de naissance doit être au plus tard le jour du contact, et au plus 130 ans plus tôt.")));
        mvc.perform(post("/contacts/" + id + "/duty-to-report/birth-date")
                        .with(as(advocate))
                        .with(csrf())
                        .param("lang", "en")
                        .param("birthDate", "30/06/2011"))
                .andExpect(flash().attribute(
                                "dutyErrors",
                                Map.of("birthDate", "Enter the date of birth as a date, for example 2011-06-30.")));
        mvc.perform(get("/api/v1/contacts/" + id + "/duty-to-report").with(as(advocate)))
                .andExpect(jsonPath("$.ageAtContact").value(15));
    }

    @Test
    void anAdvocateOfAnotherOrganizationCanNeitherSeeNorRecordTheReport() throws Exception {
        UUID id = contact("AGE_12_15");
        Authentication other = fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE);
        mvc.perform(get("/api/v1/contacts/" + id + "/duty-to-report").with(as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/contacts/" + id + "/duty-to-report")
                        .with(as(other))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"societyId\":\"" + society.id() + "\",\"reportedAt\":\"" + Instant.now()
                                + "\",\"reference\":\"CAS-1\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/contacts/" + id + "/duty-to-report")
                        .with(as(other))
                        .with(csrf())
                        .param("societyId", society.id().toString())
                        .param("reportedAt", localNow())
                        .param("reference", "CAS-1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contacts/duty-to-report").with(as(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/contacts/" + id))));
        assertThat(reports(id)).isZero();
    }
}
