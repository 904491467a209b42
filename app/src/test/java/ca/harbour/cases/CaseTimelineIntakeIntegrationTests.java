package ca.harbour.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.screening.ConcernLevel;
import ca.harbour.screening.Instrument;
import ca.harbour.screening.InstrumentItem;
import ca.harbour.screening.Screenings;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A case opened from a hotline contact shows that contact and the screenings done on it in its timeline, in time
 * order with the rest and filtered like the other kinds; intake decides what is shown: only for a contact that
 * asked for a case, and the link to the contact only for whoever may read it.
 */
@HarbourTest
class CaseTimelineIntakeIntegrationTests {

    private static final String INSTRUMENT = "ADULT_TRAFFICKING";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFiles cases;

    @Autowired
    Screenings screenings;

    @Autowired
    JdbcTemplate jdbc;

    private Authentication advocate;
    private RequestPostProcessor asAdvocate;
    private RequestPostProcessor asSupervisor;
    private RequestPostProcessor asCaseWorker;
    private Organization hotline;

    @BeforeEach
    void staff() {
        hotline = fixtures.organization(OrganizationType.HOTLINE);
        advocate = fixtures.staff(hotline, Role.ADVOCATE);
        asAdvocate = authentication(advocate);
        asSupervisor = authentication(fixtures.staff(hotline, Role.SUPERVISOR));
        asCaseWorker = authentication(fixtures.staff(hotline, Role.CASE_WORKER));
    }

    private UUID contact() throws Exception {
        String location = mvc.perform(
                        post("/contacts").param("safe", "yes").with(asAdvocate).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID contact = UUID.fromString(location.replace("/contacts/", "").replace("/edit", ""));
        mvc.perform(post("/contacts/" + contact)
                        .with(asAdvocate)
                        .with(csrf())
                        .param("action", "draft")
                        .param("callerType", "VICTIM")
                        .param("callerName", "Lucia Fernandez-Orozco")
                        .param("summary", "Works at a farm without pay")
                        .param("outcomes", "CASE_OPENED", "INFORMATION")
                        .param("consentContact", "true"))
                .andExpect(status().is3xxRedirection());
        return contact;
    }

    private ConcernLevel screen(UUID contact) {
        Instrument instrument = screenings.current(INSTRUMENT).orElseThrow();
        Map<String, Integer> answers = new HashMap<>();
        for (InstrumentItem item : instrument.items()) {
            answers.put(item.code(), item.scale().max());
        }
        screenings.record(Fixtures.principal(advocate), INSTRUMENT, "contact", contact, hotline.id(), answers);
        return instrument.score(answers).level();
    }

    private UUID openCaseFrom(UUID contact) throws Exception {
        mvc.perform(post("/contacts/" + contact + "/actions")
                        .with(asAdvocate)
                        .with(csrf())
                        .param("kind", "CASE_NEEDED")
                        .param("detail", "Wants help with housing"))
                .andExpect(status().is3xxRedirection());
        UUID action = jdbc.queryForObject(
                "select id from contact_action where contact_id = ? and kind = 'CASE_NEEDED'", UUID.class, contact);
        mvc.perform(post("/cases/from-contact/" + action).with(asAdvocate).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from case_file where source_id = ?", UUID.class, contact);
    }

    private static List<String> kinds(String json) {
        Matcher m = Pattern.compile("\"kind\":\"([A-Z_]+)\"").matcher(json);
        List<String> kinds = new ArrayList<>();
        while (m.find()) {
            kinds.add(m.group(1));
        }
        return kinds;
    }

    @Test
    void theContactAndItsScreeningsAreOnTheTimelineInTimeOrderTheLinkOnlyForWhoMayReadTheContact() throws Exception {
        UUID contact = contact();
        ConcernLevel level = screen(contact);
        UUID kase = openCaseFrom(contact);
        String levelText = switch (level) {
            case NO_CONCERN -> "No concern";
            case POSSIBLE -> "Possible concern";
            case CLEAR -> "Clear concern";
        };

        mvc.perform(get("/cases/" + kase).with(asSupervisor))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Hotline contact"),
                                containsString("Case needed"),
                                containsString("Screening on the hotline contact"),
                                containsString(levelText),
                                containsString("href=\"/contacts/" + contact + "\""),
                                containsString("value=\"CONTACT\""),
                                containsString("value=\"SCREENING\""))));
        // a case worker reads the case but not the hotline's contacts: the entries without the link
        mvc.perform(get("/cases/" + kase).with(asCaseWorker))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Hotline contact"),
                                containsString(levelText),
                                not(containsString("href=\"/contacts/" + contact + "\"")))));
        mvc.perform(get("/cases/" + kase + "?lang=fr").with(asCaseWorker))
                .andExpect(content().string(containsString("Contact à la ligne d&#39;urgence")));

        String all = mvc.perform(get("/api/v1/cases/" + kase + "/timeline").with(asSupervisor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // newest first: the case was opened after the screening, which came after the contact started
        List<String> order = kinds(all);
        assertThat(order).containsSubsequence("OPENED", "SCREENING", "CONTACT");
        assertThat(order.get(order.size() - 1)).isEqualTo("CONTACT");
        assertThat(all).contains("\"contactLink\":\"/contacts/" + contact + "\"");
        String workers = mvc.perform(get("/api/v1/cases/" + kase + "/timeline").with(asCaseWorker))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(workers).contains("\"kind\":\"CONTACT\"").doesNotContain("/contacts/" + contact);

        // filtered like the other kinds
        String screeningsOnly = mvc.perform(get("/api/v1/cases/" + kase + "/timeline?kind=SCREENING")
                        .with(asSupervisor))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(kinds(screeningsOnly)).containsExactly("SCREENING");
        String openedOnly = mvc.perform(
                        get("/api/v1/cases/" + kase + "/timeline?kind=OPENED").with(asSupervisor))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(kinds(openedOnly)).containsExactly("OPENED");
        mvc.perform(get("/cases/" + kase + "?kind=CONTACT").with(asSupervisor))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/contacts/" + contact + "\""), not(containsString(levelText)))));

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'READ' and resource_type = 'contact'"
                                + " and resource_id = ? and reason = 'seen on a case timeline'",
                        Integer.class,
                        contact.toString()))
                .isPositive();
    }

    @Test
    void aCaseShowsNothingOfAContactThatNeverAskedForACaseAndAnotherAgencySeesNoCase() throws Exception {
        UUID contact = contact();
        screen(contact);
        UUID kase = cases.open(
                Fixtures.principal(advocate),
                new NewCase(CaseOrigin.CONTACT, contact, "Pseudonym 7", null, List.of(), List.of()));
        String json = mvc.perform(get("/api/v1/cases/" + kase + "/timeline").with(asSupervisor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(kinds(json)).containsExactly("OPENED");
        mvc.perform(get("/cases/" + kase).with(asSupervisor))
                .andExpect(content().string(not(containsString("Hotline contact"))));

        UUID asked = contact();
        UUID opened = openCaseFrom(asked);
        RequestPostProcessor stranger =
                authentication(fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.SUPERVISOR));
        mvc.perform(get("/api/v1/cases/" + opened + "/timeline").with(stranger)).andExpect(status().isNotFound());
    }
}
