package ca.harbour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit page names actors and records through these lookups, outside any transaction: each lookup gives its
 * database connection back (a result stream left open kept it, and the audit page stalled once the pool was used).
 */
@HarbourTest
class StaffAuditNamesIntegrationTests {

    @Autowired
    StaffAuditNames names;

    @Autowired
    Fixtures fixtures;

    @Test
    void lookupsManyMoreThanThePoolHoldsEachGiveTheirConnectionBack() {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        String username =
                Fixtures.principal(fixtures.staff(agency, Role.CASE_WORKER)).username();
        for (int i = 0; i < 30; i++) {
            assertThat(names.actors(List.of(username))).containsKey(username);
            assertThat(names.records("organization", List.of(agency.id().toString())))
                    .containsEntry(agency.id().toString(), agency.name());
        }
    }
}
