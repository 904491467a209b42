package ca.harbour.intelligence.investigations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ca.harbour.identity.Organization;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.platform.crypto.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds a small graph for one police service through {@link Entities} and SQL (ads, their import, links), and a
 * tip through the hotline's real path, so that investigation tests do not depend on the ad import or the demo data.
 */
final class InvestigationFixtures {

    private final Entities entities;
    private final FieldCipher cipher;
    private final JdbcTemplate jdbc;

    InvestigationFixtures(Entities entities, FieldCipher cipher, JdbcTemplate jdbc) {
        this.entities = entities;
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    /** A phone entity of the service with this normalised number. */
    UUID phone(Organization police, String e164) {
        return entity(police, EntityKind.PHONE, e164, e164);
    }

    UUID entity(Organization police, EntityKind kind, String normalised, String label) {
        NewEntity e = new NewEntity(kind, normalised, label, Instant.now());
        return entities.upsert(police.id(), List.of(e), Map.of(), false).get(e.key());
    }

    /** An imported ad of the service (with its import) that mentions {@code phone}. */
    UUID ad(Organization police, UUID importedBy, UUID phone, String title, String body) {
        UUID importId = UUID.randomUUID();
        jdbc.update(
                "insert into intel_import (id, police_org_id, imported_by, format, status) values (?, ?, ?, 'CSV', 'DONE')",
                importId,
                police.id(),
                importedBy);
        String sourceId = "ad-" + UUID.randomUUID();
        NewEntity e = new NewEntity(EntityKind.AD, "example.test/" + sourceId, title, Instant.now());
        UUID id = UUID.randomUUID();
        entities.upsert(police.id(), List.of(e), Map.of(e.key(), id), false);
        jdbc.update(
                """
                insert into intel_ad (id, police_org_id, site, source_id, posted_at, city, price, title, body,
                                      content_hash, flags, flag_evidence, import_id)
                values (?, ?, 'example.test', ?, ?, 'Sudbury', 120.00, ?, ?, ?, '{MANY_ADS_ONE_PHONE}',
                        '{"MANY_ADS_ONE_PHONE": {"ads": 14}}'::jsonb, ?)""",
                id,
                police.id(),
                sourceId,
                Timestamp.from(Instant.parse("2026-03-02T10:15:30Z")),
                cipher.encrypt(title, IntelligenceContributions.AD_TITLE),
                cipher.encrypt(body, IntelligenceContributions.AD_BODY),
                body.getBytes(StandardCharsets.UTF_8),
                importId);
        link(id, phone);
        return id;
    }

    /** Records that {@code from} mentions {@code to}. */
    void link(UUID from, UUID to) {
        entities.link(List.of(new NewLink(from, to, LinkKind.MENTIONS, 1.0, "{\"field\":\"BODY\"}", Instant.now())));
    }

    /** The tip's entity (with the tip's own id) in the service's graph, mentioning {@code phone}. */
    UUID tipEntity(Organization police, UUID tip, UUID phone) {
        NewEntity e = new NewEntity(
                EntityKind.TIP, tip.toString(), "Tip " + tip.toString().substring(0, 8), null);
        entities.upsert(police.id(), List.of(e), Map.of(e.key(), tip), false);
        link(tip, phone);
        return tip;
    }

    /**
     * A tip sent from a hotline contact to {@code police} by {@code advocate}: the caller gave a name and a phone but
     * agreed to the tip only anonymously.
     */
    static UUID anonymousTip(
            MockMvc mvc,
            JdbcTemplate jdbc,
            RequestPostProcessor advocate,
            Organization police,
            String name,
            String phone)
            throws Exception {
        return tip(mvc, jdbc, advocate, police, name, phone, "ANONYMOUSLY");
    }

    /** A tip sent from a hotline contact to {@code police}, under the caller's answer {@code consent} (YES, ...). */
    static UUID tip(
            MockMvc mvc,
            JdbcTemplate jdbc,
            RequestPostProcessor advocate,
            Organization police,
            String name,
            String phone,
            String consent)
            throws Exception {
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
                .param("callerName", name)
                .param("callerPhone", phone)
                .param("summary", "Works at a nail salon and sleeps there")
                .param("region", "TORONTO")
                .param("indicators", "DOCUMENTS")
                .param("exploitationTypes", "ForcedLabour")
                .param("consentPolice", consent));
        mvc.perform(post("/contacts/" + contact + "/actions")
                .with(advocate)
                .with(csrf())
                .param("kind", "POLICE_TIP")
                .param("detail", "Van at the back door every night")
                .param("police", police.id().toString())
                .param("exception", "")
                .param("reason", ""));
        return jdbc.queryForObject("select id from police_tip where contact_id = ?", UUID.class, contact);
    }
}
