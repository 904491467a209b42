package ca.harbour.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.SearchIndex;
import ca.harbour.directory.internal.SearchQuery;
import ca.harbour.directory.internal.Services;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Staff search with staff-only fields; who may update which service; audit and index follow each change. */
@HarbourTest
class DirectoryStaffIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Services services;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    private DirectoryService ownedBy(UUID owner, boolean same) {
        return services.all().stream()
                .filter(s -> s.organization().ownerOrganizationId() != null
                        && s.organization().ownerOrganizationId().equals(owner) == same)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void staffSeeStaffOnlyFieldsAndAnonymousPeopleNever() throws Exception {
        DirectoryService s = services.all().get(0);
        mvc.perform(get("/staff/directory").param("q", "legal").with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("services found"), containsString("/staff/directory/services/"))));
        mvc.perform(get("/staff/directory/services/" + s.id()).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Intake notes"),
                                containsString("Demo intake"),
                                not(containsString("Update availability")))));
        mvc.perform(get("/staff/directory/services/" + s.id())).andExpect(status().is4xxClientError());
        mvc.perform(get("/staff/directory")).andExpect(status().is4xxClientError());
        mvc.perform(get("/staff/directory").with(staff.as("stats"))).andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorUpdatesTheirOwnServiceInOneActionAndItIsAuditedAndReindexed() throws Exception {
        UUID org = staff.account("supervisor").organizationId();
        DirectoryService mine = ownedBy(org, true);
        long audits = jdbc.sql("select count(*) from audit_event where resource_id = :id")
                .param("id", mine.id().toString())
                .query(Long.class)
                .single();
        mvc.perform(post("/staff/directory/services/" + mine.id())
                        .with(staff.as("supervisor"))
                        .with(csrf())
                        .param("accepting", "true")
                        .param("bedsAvailable", "4")
                        .param("bedsMaximum", "12")
                        .param("status", "active")
                        .param("open247", "true")
                        .param("address1", "12 Front Street")
                        .param("city", "kenora"))
                .andExpect(status().is3xxRedirection());
        DirectoryService after = services.find(mine.id()).orElseThrow();
        assertThat(after.capacity())
                .singleElement()
                .satisfies(c -> assertThat(c.available()).isEqualTo(4));
        assertThat(after.open247()).isTrue();
        assertThat(after.sites().get(0).city()).isEqualTo("Kenora");
        assertThat(after.sites().get(0).address1()).isEqualTo("12 Front Street");
        assertThat(after.lastVerified()).isAfter(mine.lastVerified());
        assertThat(jdbc.sql("select count(*) from audit_event where resource_id = :id")
                        .param("id", mine.id().toString())
                        .query(Long.class)
                        .single())
                .isGreaterThan(audits);
        var q = new SearchQuery(null, null, null, null, null, null, null, true, false, true, null, false, 0, 10_000);
        assertThat(index.search(q).hits()).anyMatch(h -> h.serviceId().equals(mine.id()));
        var nearKenora = new SearchQuery(
                null,
                after.sites().isEmpty() ? null : new Places().find("Kenora").orElseThrow(),
                1d,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                null,
                false,
                0,
                100);
        assertThat(index.search(nearKenora).hits()).anyMatch(h -> h.serviceId().equals(mine.id()));
    }

    @Test
    void aSupervisorCannotUpdateAnotherOrganizationsServiceButAnAdministratorCan() throws Exception {
        UUID org = staff.account("supervisor").organizationId();
        DirectoryService theirs = ownedBy(org, false);
        mvc.perform(post("/staff/directory/services/" + theirs.id())
                        .with(staff.as("supervisor"))
                        .with(csrf())
                        .param("status", "inactive"))
                .andExpect(status().isForbidden());
        assertThat(services.find(theirs.id()).orElseThrow().status()).isEqualTo(theirs.status());
        mvc.perform(post("/staff/directory/services/" + theirs.id())
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .param("status", "inactive"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/directory/services/" + theirs.id())
                        .with(staff.as("admin"))
                        .with(csrf())
                        .param("status", "active")
                        .param("accepting", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void badUpdatesAreRefusedWithTranslatedMessagesAndWriteNothing() throws Exception {
        DirectoryService s = services.all().get(1);
        mvc.perform(post("/staff/directory/services/" + s.id())
                        .with(staff.as("admin"))
                        .with(csrf())
                        .param("lang", "fr")
                        .param("status", "exploded")
                        .param("bedsAvailable", "-3")
                        .param("opensAt", "25:99")
                        .param("address1", "1 Rue Principale")
                        .param("city", "Atlantis"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choisissez un état"),
                                containsString("nombre entier"),
                                containsString("Nous ne connaissons pas cette ville"))));
        assertThat(services.find(s.id()).orElseThrow()).isEqualTo(s);
    }

    @Test
    void staffSearchNearAPostalCodeToo() throws Exception {
        mvc.perform(get("/staff/directory")
                        .param("q", "shelter")
                        .param("near", "p7b5e1")
                        .with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("Distances are from P7B"), containsString("km away"))));
        mvc.perform(get("/staff/directory").param("near", "P7B 5E").with(staff.as("advocate")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a postal code such as M5V 2T6")));
    }
}
