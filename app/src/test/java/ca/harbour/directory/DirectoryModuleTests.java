package ca.harbour.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.directory.internal.DirectoryEditing;
import ca.harbour.directory.internal.DirectoryTransfer;
import ca.harbour.directory.internal.SearchIndex;
import ca.harbour.directory.internal.SearchQuery;
import ca.harbour.directory.internal.Services;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.support.Fixtures;
import ca.harbour.support.OwnDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The directory module with the modules it uses (identity, audit and the shared kernel), without intake or the
 * portal. Each test imports a service of its own, owned by an organization of its own, and finds it by a word no
 * other service has.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@OwnDatabase
@Import(Fixtures.class)
class DirectoryModuleTests {

    private static final String SHELTER = "7a4e0000-0000-4000-8001-000000000001";

    @Autowired
    DirectoryTransfer transfer;

    @Autowired
    DirectoryEditing editing;

    @Autowired
    Services services;

    @Autowired
    SearchIndex index;

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A word of 12 letters no service has: the search analyzers keep it as it is. */
    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Imports one active shelter named {@code name}, owned by {@code owner}; returns its id. */
    private UUID serviceOwnedBy(Organization owner, String name) {
        UUID id = UUID.randomUUID();
        String json = """
                {"id": "%s", "name": "%s", "status": "active",
                 "organization": {"id": "%s", "name": "Test directory organization", "description": "",
                                  "x_harbour": {"owner_organization_id": "%s"}},
                 "attributes": [{"id": "%s", "taxonomy_term_id": "%s"}]}""".formatted(id, name, UUID.randomUUID(), owner.id(), UUID.randomUUID(), SHELTER);
        DirectoryTransfer.Outcome outcome = transfer.importJson("fixture.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.problems()).isEmpty();
        return id;
    }

    private static StaffPrincipal signedIn(Authentication staff) {
        SecurityContextHolder.getContext().setAuthentication(staff);
        return Fixtures.principal(staff);
    }

    private long found(String word) {
        return index.search(SearchQuery.text(word)).total();
    }

    private static DirectoryEditing.Changes renamedTo(String name) {
        return new DirectoryEditing.Changes(
                name, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aSupervisorRenamesTheirServiceAndSearchFindsItByItsNewNameOnly(Scenario scenario) {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        String before = uniqueWord();
        String after = uniqueWord();
        UUID service = serviceOwnedBy(agency, "Shelter " + before);
        assertThat(found(before)).isEqualTo(1);
        StaffPrincipal supervisor = signedIn(fixtures.staff(agency, Role.SUPERVISOR));

        scenario.stimulate(() -> editing.change(supervisor, service, renamedTo("Shelter " + after)))
                .andWaitForStateChange(() -> found(after), hits -> hits == 1)
                .andVerify(hits -> {
                    assertThat(found(before)).isZero();
                    assertThat(services.find(service).orElseThrow().name()).isEqualTo("Shelter " + after);
                });
    }

    @Test
    void aSupervisorOfAnotherOrganizationChangesNothing() {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        Organization other = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        String word = uniqueWord();
        UUID service = serviceOwnedBy(agency, "Shelter " + word);
        StaffPrincipal outsider = signedIn(fixtures.staff(other, Role.SUPERVISOR));

        assertThatThrownBy(() -> editing.change(outsider, service, renamedTo("Taken over")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(services.find(service).orElseThrow().name()).isEqualTo("Shelter " + word);
        assertThat(found(word)).isEqualTo(1);
    }
}
