package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.UserForm;
import ca.harbour.identity.internal.Users;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.crypto.ReencryptionForTests;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@HarbourTest
class UsersIntegrationTests {

    @Autowired
    AccountAdministration admin;

    @Autowired
    Users users;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<EncryptedColumn> columns;

    @Autowired
    ReencryptionForTests reencryption;

    @Autowired
    MockMvc mvc;

    private UUID createWithPhone(String phone) {
        return admin.createUser(
                        (StaffPrincipal) staff.signedIn("admin").getPrincipal(),
                        new UserForm(
                                "p" + UUID.randomUUID().toString().substring(0, 8),
                                "Phone Person",
                                "p@example.org",
                                phone,
                                staff.account("admin").organizationId(),
                                Set.of(Role.ADVOCATE),
                                "fr"))
                .id();
    }

    @Test
    void aPhoneNumberIsEncryptedAtRestAndFoundByItsKeyedHashInAnyFormat() {
        UUID id = createWithPhone("(705) 555-0199");
        byte[] stored = jdbc.queryForObject("select phone_cipher from app_user where id = ?", byte[].class, id);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("555");
        assertThat(users.find(id).orElseThrow().phone()).isEqualTo("(705) 555-0199");
        assertThat(users.idsWithPhone("+1 705 555 0199")).contains(id);
        assertThat(users.idsWithPhone("705.555.0198")).doesNotContain(id);
    }

    @Test
    void onlyAnAdministratorRunsTheReencryptionEndpointAndTheRunIsAudited() throws Exception {
        mvc.perform(post("/actuator/reencrypt").with(staff.as("supervisor")).with(csrf()))
                .andExpect(status().isForbidden());
        int before = jdbc.queryForObject("select count(*) from audit_event where action = 'REENCRYPT'", Integer.class);
        mvc.perform(post("/actuator/reencrypt").with(staff.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rewritten").value(0));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REENCRYPT'", Integer.class))
                .isEqualTo(before + 1);
    }

    @Test
    void afterKeyRotationTheReencryptionJobMovesEveryValueToTheNewKeyWithoutLosingIt() {
        UUID id = createWithPhone("+1 807 555 0142");
        FieldCipher rotated = reencryption.rotated();
        int rewritten = reencryption.run(columns, rotated);
        assertThat(rewritten).isGreaterThan(0);
        byte[] stored = jdbc.queryForObject("select phone_cipher from app_user where id = ?", byte[].class, id);
        assertThat(rotated.keyIdOf(stored)).isEqualTo("rotated");
        assertThat(rotated.decrypt(stored, "users.phone")).isEqualTo("+1 807 555 0142");
        assertThat(reencryption.run(columns, rotated)).isZero();
        // put the rows back under the running application's key for the other tests
        reencryption.run(columns, reencryption.original());
        assertThat(users.find(id).orElseThrow().phone()).isEqualTo("+1 807 555 0142");
    }
}
