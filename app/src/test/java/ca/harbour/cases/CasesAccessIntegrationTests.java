package ca.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import ca.harbour.cases.internal.flow.DocumentDesk;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The permission matrix of cases, through pages and API alike: each role and scope (assigned worker, worker of the
 * same agency, supervisor of the agency, supervisor of another agency, advocate, administrator, police analyst,
 * and the receiving agency of a referral, while its consent holds and once it is withdrawn) against view, list,
 * search, edit, export and download. Lists and searches hold exactly the cases the case page lets the
 * viewer see, and an id of another agency's case answers 404 and leaves a DENIED audit row.
 */
@HarbourTest
class CasesAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseConsents consents;

    @Autowired
    DocumentDesk documents;

    private final Map<String, Authentication> staff = new LinkedHashMap<>();
    private UUID ours;
    private UUID colleagues;
    private UUID theirs;
    private String marker;

    @BeforeEach
    void agencies() {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        Organization other = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        Organization hotline = fixtures.organization(OrganizationType.HOTLINE);
        Organization police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        Organization ministry = fixtures.organization(OrganizationType.MINISTRY);
        staff.put("assigned", fixtures.staff(agency, Role.CASE_WORKER));
        staff.put("colleague", fixtures.staff(agency, Role.CASE_WORKER));
        staff.put("supervisor", fixtures.staff(agency, Role.SUPERVISOR));
        staff.put("otherSupervisor", fixtures.staff(other, Role.SUPERVISOR));
        staff.put("advocate", fixtures.staff(hotline, Role.ADVOCATE));
        staff.put("admin", fixtures.staff(ministry, Role.ADMIN));
        staff.put("analyst", fixtures.staff(police, Role.POLICE_ANALYST));
        marker = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        ours = open("assigned", marker + " Ana");
        colleagues = open("colleague", marker + " Bea");
        theirs = open("otherSupervisor", marker + " Cleo");
    }

    private UUID open(String who, String label) {
        return cases.open(
                Fixtures.principal(staff.get(who)),
                new NewCase(CaseOrigin.DIRECT, null, label, null, List.of("FORCED_LABOUR"), List.of()));
    }

    private int page(String who, UUID id) throws Exception {
        return mvc.perform(get("/cases/" + id).with(authentication(staff.get(who))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private int api(String who, UUID id) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + id).with(authentication(staff.get(who))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private Set<UUID> listed(String who, String query) throws Exception {
        var response = mvc.perform(
                        get("/api/v1/cases?view=organization&q=" + query).with(authentication(staff.get(who))))
                .andReturn()
                .getResponse();
        if (response.getStatus() != 200) {
            return new HashSet<>();
        }
        List<String> ids = JsonPath.read(response.getContentAsString(), "$.items[*].id");
        Set<UUID> result = new HashSet<>();
        ids.forEach(i -> result.add(UUID.fromString(i)));
        return result;
    }

    private String listPage(String who, String query) throws Exception {
        return mvc.perform(get("/cases?view=organization&q=" + query).with(authentication(staff.get(who))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int edit(String who, UUID id) throws Exception {
        return mvc.perform(post("/cases/" + id + "/stage")
                        .param("stage", "ASSESSMENT")
                        .with(authentication(staff.get(who)))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private int editApi(String who, UUID id) throws Exception {
        return mvc.perform(put("/api/v1/cases/" + id + "/stage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\":\"ASSESSMENT\"}")
                        .with(authentication(staff.get(who)))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private int export(String who, UUID id) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + id + "/export").with(authentication(staff.get(who))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void viewingFollowsTheAgencyAndOtherRolesOrAgenciesSeeNothing() throws Exception {
        Map<String, Integer> expected = Map.of(
                "assigned", 200,
                "colleague", 200,
                "supervisor", 200,
                "otherSupervisor", 404,
                "advocate", 403,
                "admin", 403,
                "analyst", 403);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertThat(page(e.getKey(), ours)).as("page as " + e.getKey()).isEqualTo(e.getValue());
            assertThat(api(e.getKey(), ours)).as("API as " + e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(page("otherSupervisor", theirs)).isEqualTo(200);
        assertThat(page("supervisor", theirs)).isEqualTo(404);
    }

    @Test
    void anIdOfAnotherAgencysCaseIsNotFoundAndAuditedAsDenied() throws Exception {
        assertThat(page("supervisor", theirs)).isEqualTo(404);
        assertThat(api("assigned", theirs)).isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'DENIED' and resource_type = 'case'"
                                + " and resource_id = ?",
                        Integer.class,
                        theirs.toString()))
                .isEqualTo(2);
        assertThat(page("supervisor", UUID.randomUUID())).isEqualTo(404);
    }

    @Test
    void listsAndSearchesHoldExactlyTheCasesTheCasePageAllows() throws Exception {
        List<UUID> all = List.of(ours, colleagues, theirs);
        for (String who : staff.keySet()) {
            Set<UUID> allowed = new HashSet<>();
            for (UUID id : all) {
                if (api(who, id) == 200) {
                    allowed.add(id);
                }
            }
            Set<UUID> found = listed(who, marker);
            found.retainAll(all);
            assertThat(found).as("search as " + who).isEqualTo(allowed);
            String html = listPage(who, marker);
            for (UUID id : all) {
                assertThat(html.contains("/cases/" + id))
                        .as(who + " list shows " + id)
                        .isEqualTo(allowed.contains(id));
            }
        }
        assertThat(listed("supervisor", marker)).containsExactlyInAnyOrder(ours, colleagues);
        assertThat(listed("otherSupervisor", marker)).containsExactly(theirs);
    }

    @Test
    void myCasesAreTheOnesAssignedToMe() throws Exception {
        String mine = mvc.perform(get("/api/v1/cases?q=" + marker).with(authentication(staff.get("assigned"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(mine, "$.items[*].id");
        assertThat(ids).containsExactly(ours.toString());
        String reference = JsonPath.read(
                mvc.perform(get("/api/v1/cases/" + ours).with(authentication(staff.get("assigned"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.reference");
        assertThat(listed("colleague", reference)).containsExactly(ours);
    }

    @Test
    void onlyTheAssignedWorkerAndTheSupervisorChangeOrExportACase() throws Exception {
        assertThat(edit("colleague", ours)).isEqualTo(400);
        assertThat(editApi("colleague", ours)).isEqualTo(400);
        assertThat(edit("otherSupervisor", ours)).isEqualTo(404);
        assertThat(editApi("otherSupervisor", ours)).isEqualTo(404);
        assertThat(edit("advocate", ours)).isEqualTo(403);
        assertThat(editApi("admin", ours)).isEqualTo(403);
        assertThat(edit("assigned", ours)).isEqualTo(302);
        assertThat(editApi("supervisor", colleagues)).isEqualTo(200);

        assertThat(export("assigned", ours)).isEqualTo(200);
        assertThat(export("supervisor", ours)).isEqualTo(200);
        assertThat(export("colleague", ours)).isEqualTo(403);
        assertThat(export("otherSupervisor", ours)).isEqualTo(404);
        assertThat(export("advocate", ours)).isEqualTo(403);
        assertThat(export("analyst", ours)).isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'EXPORT' and resource_id = ?",
                        Integer.class,
                        ours.toString()))
                .isEqualTo(2);
    }

    private int status(String who, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(staff.get(who))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /**
     * What the receiving agency of a referral of {@code ours} gets for each action, by page and API: the case itself
     * (view, list, search, export, download) never, and the referral's content only while the consent holds.
     */
    private Map<String, Object> receiverGets(String referral, UUID document) throws Exception {
        Map<String, Object> got = new LinkedHashMap<>();
        got.put("view case page", page("receiver", ours));
        got.put("view case API", api("receiver", ours));
        got.put(
                "list cases",
                listPage("receiver", "").contains("/cases/" + ours)
                        || listed("receiver", "").contains(ours));
        got.put(
                "search cases",
                listPage("receiver", marker).contains("/cases/" + ours)
                        || listed("receiver", marker).contains(ours));
        got.put("export case", export("receiver", ours));
        got.put("download case document page", status("receiver", "/cases/" + ours + "/documents/" + document));
        got.put(
                "download case document API",
                status("receiver", "/api/v1/cases/" + ours + "/documents/" + document + "/content"));
        String referralPage = mvc.perform(get("/referrals/" + referral).with(authentication(staff.get("receiver"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        got.put("view referral page shows name", referralPage.contains(marker + " Ana"));
        String detail = mvc.perform(get("/api/v1/referrals/" + referral).with(authentication(staff.get("receiver"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        got.put("view referral API shows name", marker.equals(label(detail)));
        String inbox = mvc.perform(get("/api/v1/referrals").with(authentication(staff.get("receiver"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        got.put("list referrals", inbox.contains(referral));
        got.put("download page", status("receiver", "/referrals/" + referral + "/documents/" + document));
        got.put("download API", status("receiver", "/api/v1/referrals/" + referral + "/documents/" + document));
        return got;
    }

    private static String label(String detail) {
        String label = JsonPath.read(detail, "$.disclosed.label");
        return label == null ? "" : label.substring(0, label.indexOf(' '));
    }

    @Test
    void aCaseSharedByReferralReachesTheReceiverOnlyThroughTheReferralAndNothingOnceTheConsentIsWithdrawn()
            throws Exception {
        Organization receiving = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        staff.put("receiver", fixtures.staff(receiving, Role.CASE_WORKER));
        UUID directoryOrganization = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        jdbc.update(
                "insert into dir_organization(id, name, owner_organization_id) values (?, ?, ?)",
                directoryOrganization,
                "Matrix agency " + marker,
                receiving.id());
        jdbc.update(
                "insert into dir_service(id, organization_id, name) values (?, ?, ?)",
                service,
                directoryOrganization,
                "Matrix shelter " + marker);
        try {
            var assigned = Fixtures.principal(staff.get("assigned"));
            UUID document = documents.upload(
                    assigned, ours, "OTHER", "matrix.txt", "Matrix letter".getBytes(StandardCharsets.UTF_8));
            UUID consent = consents.record(
                    assigned,
                    ours,
                    new NewConsent(
                            Consent.GivenBy.PERSON,
                            Set.of(ConsentCategory.IDENTITY, ConsentCategory.DOCUMENTS),
                            receiving.id(),
                            null,
                            "Shelter",
                            LocalDate.now().minusDays(1),
                            null,
                            Consent.Manner.WRITTEN,
                            null));
            String created = mvc.perform(post("/api/v1/referrals")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"caseId":"%s","serviceId":"%s","urgency":"ROUTINE","basis":"CONSENT",
                                     "categories":["IDENTITY","DOCUMENTS"],"consentId":"%s"}""".formatted(ours, service, consent))
                            .with(authentication(staff.get("assigned")))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String referral = JsonPath.read(created, "$.referral.id");

            Map<String, Object> shared = new LinkedHashMap<>();
            shared.put("view case page", 404);
            shared.put("view case API", 404);
            shared.put("list cases", false);
            shared.put("search cases", false);
            shared.put("export case", 404);
            shared.put("download case document page", 404);
            shared.put("download case document API", 404);
            shared.put("view referral page shows name", true);
            shared.put("view referral API shows name", true);
            shared.put("list referrals", true);
            shared.put("download page", 200);
            shared.put("download API", 200);
            assertThat(receiverGets(referral, document))
                    .as("shared by referral")
                    .isEqualTo(shared);

            consents.withdraw(assigned, consent);
            Map<String, Object> withdrawn = new LinkedHashMap<>(shared);
            withdrawn.put("view referral page shows name", false);
            withdrawn.put("view referral API shows name", false);
            withdrawn.put("download page", 404);
            withdrawn.put("download API", 404);
            assertThat(receiverGets(referral, document)).as("consent withdrawn").isEqualTo(withdrawn);

            // the sending agency and a third agency keep their own rules: the sender still reads its case
            assertThat(page("assigned", ours)).isEqualTo(200);
            assertThat(status("otherSupervisor", "/referrals/" + referral)).isEqualTo(404);
            assertThat(status("otherSupervisor", "/referrals/" + referral + "/documents/" + document))
                    .isEqualTo(404);
        } finally {
            jdbc.update("delete from dir_service where id = ?", service);
            jdbc.update("delete from dir_organization where id = ?", directoryOrganization);
        }
    }
}
