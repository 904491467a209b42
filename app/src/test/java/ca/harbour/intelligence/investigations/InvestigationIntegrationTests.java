package ca.harbour.intelligence.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.investigations.InvestigationRules;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An investigation is its owner's until shared; sharing opens it to the analysts of the same police service only,
 * and withdrawing it closes it at once. Only the service's own entities can be pinned; bad input changes nothing.
 */
@HarbourTest
class InvestigationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Entities entities;

    @Autowired
    FieldCipher cipher;

    private Organization police;
    private Organization otherPolice;
    private Authentication ownerAccount;
    private RequestPostProcessor owner;
    private RequestPostProcessor colleague;
    private RequestPostProcessor otherAnalyst;
    private RequestPostProcessor advocate;
    private InvestigationFixtures graph;

    @BeforeEach
    void staff() {
        police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        otherPolice = fixtures.organization(OrganizationType.POLICE_SERVICE);
        ownerAccount = fixtures.staff(police, Role.POLICE_ANALYST);
        owner = authentication(ownerAccount);
        colleague = authentication(fixtures.staff(police, Role.POLICE_ANALYST));
        otherAnalyst = authentication(fixtures.staff(otherPolice, Role.POLICE_ANALYST));
        advocate = authentication(fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE));
        graph = new InvestigationFixtures(entities, cipher, jdbc);
    }

    private UUID create(RequestPostProcessor who, String name) throws Exception {
        String location = mvc.perform(post("/intelligence/investigations")
                        .with(who)
                        .with(csrf())
                        .param("name", name))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replaceAll(".*/investigations/([0-9a-f-]{36}).*", "$1"));
    }

    private int denied(String type, Object id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'DENIED' and resource_type = ? and resource_id = ?",
                Integer.class,
                type,
                id.toString());
    }

    @Test
    void anInvestigationIsItsOwnersUntilSharedAndClosesAgainAtOnceWhenSharingIsWithdrawn() throws Exception {
        UUID id = create(owner, "Réseau des salons, côté nord");
        String page = "/intelligence/investigations/" + id;
        mvc.perform(get(page).with(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Réseau des salons, côté nord")))
                .andExpect(content().string(containsString("Share with my police service")));
        mvc.perform(get("/intelligence/investigations").with(owner))
                .andExpect(content().string(containsString(page)));

        // not shared: a colleague of the same service sees nothing, in the list or by address
        mvc.perform(get("/intelligence/investigations").with(colleague))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id.toString()))));
        mvc.perform(get(page).with(colleague)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intelligence/investigations/" + id).with(colleague))
                .andExpect(status().isNotFound());
        assertThat(denied("intel_investigation", id)).isEqualTo(2);

        mvc.perform(post(page + "/share").with(owner).with(csrf()).param("shared", "true"))
                .andExpect(redirectedUrl(page + "?saved"));
        mvc.perform(get("/api/v1/intelligence/investigations").with(colleague))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].shared").value(true))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].mine").value(false));
        mvc.perform(post(page + "/notes").with(colleague).with(csrf()).param("body", "Même numéro à Sudbury"))
                .andExpect(redirectedUrl(page + "?noted#notes"));
        mvc.perform(get(page).with(colleague))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Même numéro à Sudbury")))
                .andExpect(content().string(not(containsString("/rename"))));
        // only the owner renames or shares
        mvc.perform(post(page + "/rename").with(colleague).with(csrf()).param("name", "Mine now"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Only the owner")));
        mvc.perform(post(page + "/share").with(colleague).with(csrf()).param("shared", "false"))
                .andExpect(status().isBadRequest());

        // another service's analyst never sees it, shared or not
        mvc.perform(get(page).with(otherAnalyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intelligence/investigations/" + id).with(otherAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/export").with(otherAnalyst).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(page + "/notes").with(otherAnalyst).with(csrf()).param("body", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intelligence/investigations").with(otherAnalyst))
                .andExpect(content().string(not(containsString(id.toString()))));
        // other roles have no investigations at all
        mvc.perform(get("/intelligence/investigations").with(advocate)).andExpect(status().isForbidden());
        mvc.perform(get(page).with(advocate)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/intelligence/investigations/" + id + "/export")
                        .with(advocate)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post(page + "/share").with(owner).with(csrf()).param("shared", "false"))
                .andExpect(redirectedUrl(page + "?saved"));
        mvc.perform(get(page).with(colleague)).andExpect(status().isNotFound());
        mvc.perform(post(page + "/notes").with(colleague).with(csrf()).param("body", "Encore"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_investigation_note where investigation_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'intel_investigation'"
                                + " and resource_id = ? and action = 'UPDATE'",
                        Integer.class,
                        id.toString()))
                .isEqualTo(3);
        // the name and the note are stored encrypted
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_investigation i where id = ?"
                                + " and (row_to_json(i)::text like '%salons%')",
                        Integer.class, id))
                .isZero();
    }

    @Test
    void onlyTheServicesOwnEntitiesArePinnedAndAnythingElseChangesNothing() throws Exception {
        UUID id = create(owner, "Phones");
        String page = "/intelligence/investigations/" + id;
        UUID mine = graph.phone(police, "+17055550101");
        UUID foreign = graph.phone(otherPolice, "+17055550102");

        mvc.perform(post(page + "/entities").with(owner).with(csrf()).param("entity", foreign.toString()))
                .andExpect(status().isNotFound());
        assertThat(denied("intel_entity", foreign)).isEqualTo(1);
        mvc.perform(get("/intelligence/investigations/pin")
                        .param("entity", foreign.toString())
                        .with(owner))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/intelligence/investigations/" + id + "/entities")
                        .with(owner)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"entity\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/entities")
                        .with(owner)
                        .with(csrf())
                        .param("entity", "not-an-id")
                        .param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez l&#39;entité à épingler")));
        mvc.perform(get("/intelligence/investigations/pin")
                        .param("entity", "not-an-id")
                        .with(owner))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_investigation_entity where investigation_id = ?",
                        Integer.class,
                        id))
                .isZero();

        mvc.perform(get("/intelligence/investigations/pin")
                        .param("entity", mine.toString())
                        .with(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("+17055550101")))
                .andExpect(content().string(containsString("/intelligence/investigations/" + id + "/entities")));
        mvc.perform(post(page + "/entities").with(owner).with(csrf()).param("entity", mine.toString()))
                .andExpect(redirectedUrl(page + "?pinned"));
        mvc.perform(get("/api/v1/intelligence/investigations/" + id).with(owner))
                .andExpect(jsonPath("$.entities", hasSize(1)))
                .andExpect(jsonPath("$.entities[0].kind").value("PHONE"))
                .andExpect(jsonPath("$.entities[0].label").value("+17055550101"));
        mvc.perform(get(page).with(owner))
                .andExpect(content().string(containsString("/intelligence/entities/" + mine)));
        // the labels of the pinned entities were shown: the read is audited on each entity
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'READ' and resource_type = 'intel_entity'"
                                + " and reason = 'pinned entities' and ? = any(string_to_array(shown_ids, ' '))",
                        Integer.class,
                        mine.toString()))
                .isPositive();
        mvc.perform(post(page + "/entities/" + mine + "/unpin").with(owner).with(csrf()))
                .andExpect(redirectedUrl(page + "?saved"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_investigation_entity where investigation_id = ?",
                        Integer.class,
                        id))
                .isZero();

        // a new investigation started from the pin page holds the entity at once
        String location = mvc.perform(post("/intelligence/investigations")
                        .with(owner)
                        .with(csrf())
                        .param("name", "Started from a phone")
                        .param("entity", mine.toString()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).endsWith("?pinned");
        UUID started = UUID.fromString(location.replaceAll(".*/investigations/([0-9a-f-]{36}).*", "$1"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_investigation_entity where investigation_id = ? and entity_id = ?",
                        Integer.class,
                        started,
                        mine))
                .isEqualTo(1);
    }

    @Test
    void aNameOrNoteThatIsEmptyOrTooLongIsRefusedInEitherLanguageAndNothingIsStored() throws Exception {
        UUID user = Fixtures.principal(ownerAccount).userId();
        mvc.perform(post("/intelligence/investigations")
                        .with(owner)
                        .with(csrf())
                        .param("name", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give the investigation a name.")));
        mvc.perform(post("/intelligence/investigations")
                        .with(owner)
                        .with(csrf())
                        .param("name", "x".repeat(121))
                        .param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Le nom doit compter au plus 120 caractères.")));
        mvc.perform(post("/api/v1/intelligence/investigations")
                        .with(owner)
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Donnez un nom à l'enquête."));
        mvc.perform(post("/api/v1/intelligence/investigations")
                        .with(owner)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/intelligence/investigations")
                        .with(owner)
                        .with(csrf())
                        .param("name", "Valid")
                        .param("entity", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_investigation where owner_id = ?", Integer.class, user))
                .isZero();

        UUID id = create(owner, "Notes");
        String page = "/intelligence/investigations/" + id;
        mvc.perform(post(page + "/notes").with(owner).with(csrf()).param("body", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write the note before adding it.")));
        mvc.perform(post("/api/v1/intelligence/investigations/" + id + "/notes")
                        .with(owner)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"" + "y".repeat(4001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.body").value(containsString("4,000")));
        mvc.perform(post(page + "/rename").with(owner).with(csrf()).param("name", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give the investigation a name.")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_investigation_note where investigation_id = ?", Integer.class, id))
                .isZero();
        mvc.perform(get("/api/v1/intelligence/investigations/" + id).with(owner))
                .andExpect(jsonPath("$.name").value("Notes"));
        mvc.perform(post("/api/v1/intelligence/investigations/" + id + "/notes")
                        .with(owner)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Appel reçu\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes[0].body").value("Appel reçu"));
    }

    @Test
    void anInvestigationHoldsAtMostFiveHundredEntitiesAndTheApiIsDocumented() throws Exception {
        UUID id = create(owner, "Full");
        List<NewEntity> phones = IntStream.range(0, InvestigationRules.PINS_MAX)
                .mapToObj(i -> new NewEntity(EntityKind.PHONE, "+1705556" + (1000 + i), null, null))
                .toList();
        Map<String, UUID> ids = entities.upsert(police.id(), phones, Map.of(), false);
        UUID user = Fixtures.principal(ownerAccount).userId();
        for (UUID entity : ids.values()) {
            jdbc.update(
                    "insert into intel_investigation_entity (investigation_id, entity_id, pinned_by) values (?, ?, ?)",
                    id,
                    entity,
                    user);
        }
        UUID one = graph.phone(police, "+17055550999");
        mvc.perform(post("/api/v1/intelligence/investigations/" + id + "/entities")
                        .with(owner)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"entity\":\"" + one + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("at most 500 entities")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from intel_investigation_entity where investigation_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(InvestigationRules.PINS_MAX);

        mvc.perform(get("/api/docs").with(authentication(fixtures.staff(police, Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/intelligence/investigations/{id}/export")))
                .andExpect(content().string(containsString("/api/v1/intelligence/investigations/{id}/entities")))
                .andExpect(jsonPath("$.paths['/api/v1/intelligence/investigations/{id}/export'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/intelligence/investigations/{id}/export'].get")
                        .doesNotExist());
        // a download is a change to the audit log: a link or an image cannot start one
        mvc.perform(get("/api/v1/intelligence/investigations/" + id + "/export").with(owner))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/api/v1/intelligence/investigations/" + id + "/export")
                        .with(owner))
                .andExpect(status().isForbidden());
    }
}
