package ca.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.directory.internal.DirectoryIndexer;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A consent may name one directory service instead of a whole organization: chosen on the case page by a search
 * of the directory (what was typed stays), or sent to the API; the service's organization becomes the recipient,
 * a service of another organization or unknown is refused next to its field, and the consent then covers that
 * service only.
 */
@HarbourTest
class ConsentServiceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    CaseConsents consents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryIndexer indexer;

    private Organization other;
    private Organization third;
    private Authentication worker;
    private UUID caseId;
    private String serviceName;
    private UUID service;
    private UUID directoryOrganization;

    @BeforeEach
    void world() {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        other = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        third = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        worker = fixtures.staff(agency, Role.CASE_WORKER);
        caseId = cases.open(
                Fixtures.principal(worker),
                new NewCase(CaseOrigin.DIRECT, null, "Rosa Consent-Test", null, List.of("LABOUR"), List.of()));
        directoryOrganization = UUID.randomUUID();
        service = UUID.randomUUID();
        serviceName = "Qx" + service.toString().substring(0, 6) + " counselling";
        jdbc.update(
                "insert into dir_organization(id, name, owner_organization_id) values (?, ?, ?)",
                directoryOrganization,
                "Consent test agency " + service.toString().substring(0, 6),
                other.id());
        jdbc.update(
                "insert into dir_service(id, organization_id, name) values (?, ?, ?)",
                service,
                directoryOrganization,
                serviceName);
        indexer.reindex(List.of(service));
    }

    @AfterEach
    void removeDirectoryRows() {
        jdbc.update("delete from dir_service where id = ?", service);
        jdbc.update("delete from dir_organization where id = ?", directoryOrganization);
        indexer.reindex(List.of(service));
    }

    private MockHttpServletRequestBuilder consentForm(String path, @Nullable UUID recipient, String serviceTyped) {
        return post(path)
                .with(authentication(worker))
                .with(csrf())
                .param("givenBy", "PERSON")
                .param("categories", "IDENTITY")
                .param("recipient", recipient == null ? "" : recipient.toString())
                .param("service", serviceTyped)
                .param("purpose", "Counselling typed purpose")
                .param("validFrom", LocalDate.now().toString())
                .param("manner", "WRITTEN");
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from case_consent where case_id = ?", Integer.class, caseId);
    }

    @Test
    void theCasePageFindsAServiceKeepsWhatWasTypedAndRecordsAConsentForThatServiceOnly() throws Exception {
        String found = mvc.perform(consentForm("/cases/" + caseId + "/consents/services", null, "")
                        .param("serviceQuery", serviceName.substring(0, 8)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(serviceName)))
                .andExpect(content().string(containsString("value=\"" + service + "\"")))
                .andExpect(content().string(containsString("Counselling typed purpose")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // only the consent form comes back open
        assertThat(found.split("<details open", -1)).hasSize(2);
        assertThat(found.substring(found.indexOf("<details open")))
                .containsPattern("^<details open[^>]*>\\s*<summary>Record a consent");
        assertThat(stored()).isZero();

        mvc.perform(consentForm("/cases/" + caseId + "/consents", null, service.toString()))
                .andExpect(status().is3xxRedirection());
        Consent consent = consents.forCase(caseId).get(0);
        assertThat(consent.recipientOrganizationId()).isEqualTo(other.id());
        assertThat(consent.recipientServiceId()).isEqualTo(service);
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        Set<ConsentCategory> identity = Set.of(ConsentCategory.IDENTITY);
        assertThat(consent.covers(other.id(), service, identity, today, now)).isTrue();
        assertThat(consent.covers(other.id(), UUID.randomUUID(), identity, today, now))
                .isFalse();
        assertThat(consent.covers(other.id(), null, identity, today, now)).isFalse();
        assertThat(consent.covers(third.id(), service, identity, today, now)).isFalse();

        mvc.perform(get("/cases/" + caseId).with(authentication(worker)))
                .andExpect(content().string(containsString(serviceName)));
    }

    @Test
    void aServiceOfAnotherOrganizationOrNotInTheDirectoryIsRefusedNextToItsFieldInBothLanguages() throws Exception {
        mvc.perform(consentForm("/cases/" + caseId + "/consents", third.id(), service.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This service is not run by the organization chosen")))
                .andExpect(content().string(containsString("Counselling typed purpose")));
        mvc.perform(consentForm("/cases/" + caseId + "/consents", other.id(), "not-a-service")
                        .param("lang", "fr")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez dans le répertoire un service")));
        mvc.perform(consentForm(
                        "/cases/" + caseId + "/consents",
                        null,
                        UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest());
        mvc.perform(consentForm("/cases/" + caseId + "/consents/services", null, "")
                        .param("serviceQuery", "x".repeat(5000)))
                .andExpect(status().isOk());
        assertThat(stored()).isZero();
    }

    @Test
    void theApiRecordsAConsentNamingAServiceUnderTheSameRules() throws Exception {
        String body = """
                {"givenBy":"PERSON","categories":["IDENTITY","CONTACT"],"service":"%s","purpose":"Counselling",
                 "validFrom":"%s","manner":"WRITTEN"}""";
        mvc.perform(post("/api/v1/cases/" + caseId + "/consents")
                        .with(authentication(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(service, LocalDate.now())))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/cases/" + caseId + "/consents").with(authentication(worker)))
                .andExpect(jsonPath("$[0].recipientServiceId").value(service.toString()))
                .andExpect(jsonPath("$[0].recipientOrganizationId")
                        .value(other.id().toString()));
        mvc.perform(post("/api/v1/cases/" + caseId + "/consents")
                        .with(authentication(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(UUID.randomUUID(), LocalDate.now())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.service").exists());
        assertThat(stored()).isEqualTo(1);
    }
}
