package ca.harbour.cases.policetips;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.cases.CaseConsents;
import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.Consent;
import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.NewCase;
import ca.harbour.cases.NewConsent;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An agency with a worker, a supervisor and a case whose survivor, suspected trafficker, summary and note each hold
 * a unique planted string; two police services with an analyst each. Every test builds its own.
 */
class CasePoliceTipWorld {

    static final String SURVIVOR = "Oriane Vasquez-Lindqvist";
    static final String TRAFFICKER = "Dragan Ostrowski-Pell";
    static final String SUMMARY = "Planted summary zq7 she sleeps at the nail salon";
    static final String CASE_NOTE = "Planted note kx9 her aunt in Sudbury";
    static final String SAFE_CONTACT = "Lucienne Abernathy-Roux";
    static final String SAFE_REACH = "Text 613-555-0199 after 6 pm";
    static final String CODE_WORDS = "Planted codeword qv3 blue umbrella";
    static final String RISK = "Planted risk rr8 the recruiter knows her address";
    static final String POLICE_NOTE = "Grey van outside the salon every night";

    final Organization agency;
    final Organization police;
    final Organization otherPolice;
    final Authentication worker;
    final Authentication supervisor;
    final Authentication analyst;
    final Authentication otherAnalyst;
    final Authentication otherSupervisor;
    final UUID caseId;

    private final MockMvc mvc;
    private final CaseConsents consents;
    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    CasePoliceTipWorld(
            Fixtures fixtures,
            MockMvc mvc,
            CaseFiles cases,
            CaseConsents consents,
            JdbcTemplate jdbc,
            FieldCipher cipher)
            throws Exception {
        this.mvc = mvc;
        this.consents = consents;
        this.jdbc = jdbc;
        this.cipher = cipher;
        agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        otherPolice = fixtures.organization(OrganizationType.POLICE_SERVICE);
        worker = fixtures.staff(agency, Role.CASE_WORKER);
        supervisor = fixtures.staff(agency, Role.SUPERVISOR);
        otherSupervisor = fixtures.staff(fixtures.organization(OrganizationType.SERVICE_PROVIDER), Role.SUPERVISOR);
        analyst = fixtures.staff(police, Role.POLICE_ANALYST);
        otherAnalyst = fixtures.staff(otherPolice, Role.POLICE_ANALYST);
        caseId = cases.open(
                Fixtures.principal(worker),
                new NewCase(
                        CaseOrigin.DIRECT,
                        null,
                        "O. V.",
                        SUMMARY,
                        List.of("SEXUAL_EXPLOITATION"),
                        List.of("DEBT_BONDAGE")));
        person("SURVIVOR", SURVIVOR, LocalDate.now().minusYears(17).minusDays(3));
        person("SUSPECTED_TRAFFICKER", TRAFFICKER, LocalDate.now().minusYears(40));
        mvc.perform(post("/cases/" + caseId + "/safety-plan")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("version", "0")
                        .param("risk", RISK)
                        .param("contactName", SAFE_CONTACT)
                        .param("contactReach", SAFE_REACH)
                        .param("contactRelationship", "Cousin")
                        .param("codeWords", CODE_WORDS))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/notes")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("text", CASE_NOTE)
                        .param("sensitivity", "STANDARD"))
                .andExpect(status().is3xxRedirection());
    }

    private void person(String role, String name, LocalDate born) throws Exception {
        mvc.perform(post("/cases/" + caseId + "/people")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("role", role)
                        .param("name", name)
                        .param("birthDate", born.toString()))
                .andExpect(status().is3xxRedirection());
    }

    StaffPrincipal workerPrincipal() {
        return Fixtures.principal(worker);
    }

    UUID consent(UUID to, Set<ConsentCategory> categories, LocalDate from, @Nullable LocalDate until) {
        return consents.record(
                workerPrincipal(),
                caseId,
                new NewConsent(
                        Consent.GivenBy.PERSON,
                        categories,
                        to,
                        null,
                        "Help the police investigation",
                        from,
                        until,
                        Consent.Manner.WRITTEN,
                        null));
    }

    UUID consent(UUID to, Set<ConsentCategory> categories) {
        return consent(to, categories, LocalDate.now().minusDays(2), null);
    }

    void withdraw(UUID consentId) {
        consents.withdraw(workerPrincipal(), consentId);
    }

    MockHttpServletRequestBuilder tip(UUID to, String basis, @Nullable String reason, String... categories) {
        return post("/cases/" + caseId + "/police-tips")
                .with(authentication(worker))
                .with(csrf())
                .param("police", to.toString())
                .param("categories", categories)
                .param("basis", basis)
                .param("reason", reason == null ? "" : reason)
                .param("note", POLICE_NOTE);
    }

    ResultActions send(UUID to, String basis, @Nullable String reason, String... categories) throws Exception {
        return mvc.perform(tip(to, basis, reason, categories));
    }

    /** The police service's copy of the tips sent from this case. */
    List<UUID> received() {
        return jdbc.queryForList(
                "select t.id from police_tip t join case_police_tip c on c.id = t.action_id where c.case_id = ?"
                        + " order by t.received_at",
                UUID.class,
                caseId);
    }

    int sentRecords() {
        return jdbc.queryForObject("select count(*) from case_police_tip where case_id = ?", Integer.class, caseId);
    }

    /** The stored content of a police tip, decrypted, and the row's other columns as text. */
    String stored(UUID tipId) {
        byte[] content = jdbc.queryForObject("select content from police_tip where id = ?", byte[].class, tipId);
        String row = jdbc.queryForObject(
                "select row_to_json(t)::text from (select id, action_id, contact_id, categories, basis, status"
                        + " from police_tip where id = ?) t",
                String.class,
                tipId);
        return cipher.decrypt(content, "police_tip.content") + "\n" + row;
    }
}
