package ca.harbour.intelligence.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.intelligence.graph.GraphFixtures.Ad;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.Entity;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.intelligence.internal.graph.Networks;
import ca.harbour.intelligence.internal.graph.Networks.Network;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A received tip becomes a TIP entity of its police service, linked to the identifiers in what consent let it
 * carry: the caller's phone only when the caller agreed to be named, never for an anonymous tip.
 */
@HarbourTest
class TipGraphIntegrationTests {

    private static final String CALLER_PHONE = "416-555-0142";
    private static final String NOTE = "Van at the back door every night; the driver answers 647 555 0199";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Entities entities;

    @Autowired
    JdbcTemplate jdbc;

    private Organization police;
    private RequestPostProcessor advocate;

    @Autowired
    FieldCipher cipher;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Networks networks;

    private GraphFixtures graph;

    @BeforeEach
    void organizations() {
        graph = new GraphFixtures(fixtures, entities, jdbc, cipher, events);
        police = graph.police;
        advocate = authentication(fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE));
    }

    private UUID tip(String consentPolice) throws Exception {
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
                        .param("callerName", "Odile Brassard")
                        .param("callerPhone", CALLER_PHONE)
                        .param("summary", "Works at the car wash")
                        .param("region", "TORONTO")
                        .param("indicators", "DOCUMENTS")
                        .param("exploitationTypes", "ForcedLabour")
                        .param("consentPolice", consentPolice))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/contacts/" + contact + "/actions")
                        .with(advocate)
                        .with(csrf())
                        .param("kind", "POLICE_TIP")
                        .param("detail", NOTE)
                        .param("police", police.id().toString()))
                .andExpect(flash().attribute("noticeKey", "contact.actionRecorded"));
        return jdbc.queryForObject("select id from police_tip where contact_id = ?", UUID.class, contact);
    }

    private List<UUID> mentioned(UUID tip) {
        return jdbc.queryForList(
                "select to_id from intel_link where from_id = ? and kind = ?",
                UUID.class,
                tip,
                LinkKind.MENTIONS.name());
    }

    @Test
    void anAnonymousTipIsInTheGraphWithTheNotesPhoneAndNeverTheCallersPhone() throws Exception {
        UUID tip = tip("ANONYMOUSLY");
        Entity entity = entities.find(tip).orElseThrow();
        assertThat(entity.kind()).isEqualTo(EntityKind.TIP);
        assertThat(entity.policeOrganizationId()).isEqualTo(police.id());
        assertThat(entity.label()).startsWith("Tip 20");
        Entity notePhone =
                entities.find(police.id(), EntityKind.PHONE, "+16475550199").orElseThrow();
        assertThat(mentioned(tip)).containsExactly(notePhone.id());
        assertThat(entities.find(police.id(), EntityKind.PHONE, "+14165550142")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_entity where police_org_id = ? and kind in ('PERSON', 'PHONE')",
                        Integer.class,
                        police.id()))
                .isOne();
    }

    @Test
    void aNamedCallersTipLinksTheCallersPhoneTheyAgreedToGive() throws Exception {
        UUID tip = tip("YES");
        Entity caller =
                entities.find(police.id(), EntityKind.PHONE, "+14165550142").orElseThrow();
        Entity notePhone =
                entities.find(police.id(), EntityKind.PHONE, "+16475550199").orElseThrow();
        assertThat(mentioned(tip)).containsExactlyInAnyOrder(caller.id(), notePhone.id());
    }

    @Test
    void aTipJoinsTheNetworkOfTheAdsThatShareAPhoneItsNoteGives() throws Exception {
        UUID ad = graph.importAds(
                        graph.newImport(),
                        Instant.parse("2026-02-01T12:00:00Z"),
                        true,
                        new Ad(
                                "Driver wanted",
                                "Night shifts, cash, no papers needed",
                                "Toronto",
                                Instant.parse("2026-02-01T12:00:00Z"),
                                List.of(GraphFixtures.phone("+16475550199"))))
                .get(0);
        UUID tip = tip("ANONYMOUSLY");
        Network network = networks.of(police.id(), tip, 50);
        assertThat(network.ids(EntityKind.AD)).containsExactly(ad);
        assertThat(network.ids(EntityKind.TIP)).containsExactly(tip);
    }
}
