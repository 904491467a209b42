package ca.harbour.intelligence.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.intelligence.internal.graph.EntityResolution;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A database failure while the graph takes a tip is undone alone: the tip still arrives in the police inbox. */
@HarbourTest
class TipGraphFailureIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoSpyBean
    EntityResolution resolution;

    @Test
    void aTipArrivesWhenTheGraphFailsInTheDatabaseAndLeavesNothingHalfWritten() throws Exception {
        // the failing statement aborts the transaction as a real database error would
        doAnswer(invocation -> jdbc.queryForObject("select 1 / 0", Integer.class))
                .when(resolution)
                .resolve(any(), any());
        Organization police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        RequestPostProcessor advocate =
                authentication(fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE));
        String location = mvc.perform(
                        post("/contacts").param("safe", "yes").with(advocate).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID contact = UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
        mvc.perform(post("/contacts/" + contact)
                        .with(advocate)
                        .with(csrf())
                        .param("action", "draft")
                        .param("callerType", "VICTIM")
                        .param("summary", "Works at the car wash")
                        .param("region", "TORONTO")
                        .param("indicators", "DOCUMENTS")
                        .param("exploitationTypes", "ForcedLabour")
                        .param("consentPolice", "ANONYMOUSLY"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/contacts/" + contact + "/actions")
                        .with(advocate)
                        .with(csrf())
                        .param("kind", "POLICE_TIP")
                        .param("detail", "The driver answers 647 555 0199, ask for Jade")
                        .param("police", police.id().toString()))
                .andExpect(flash().attribute("noticeKey", "contact.actionRecorded"));
        UUID tip = jdbc.queryForObject("select id from police_tip where contact_id = ?", UUID.class, contact);
        assertThat(tip).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_entity where police_org_id = ?", Integer.class, police.id()))
                .isZero();
    }
}
