package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.intake.internal.TriageRule;
import ca.harbour.intake.internal.TriageRules;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@HarbourTest
class TriageRulesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    TriageRules rules;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void theMigratedRulesMatchTheTableTestedInTriageRuleSetTests() {
        assertThat(rules.version(1).rules()).containsExactlyElementsOf(TriageRuleSetTests.V1.rules());
    }

    @Test
    void everyExplanationTheRulesInForceCanGiveHasItsWordsAndNamesTheAnswerGiven() {
        for (TriageRule rule : rules.current().rules()) {
            for (String key : rule.possibleReasons()) {
                for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                    assertThat(messages.getMessage(key, null, null, language))
                            .as(key)
                            .isNotBlank();
                }
            }
        }
        assertThat(messages.getMessage(
                        rules.current()
                                .decide(Map.of("happened", "TODAY"))
                                .reasons()
                                .get(0),
                        null,
                        Locale.ENGLISH))
                .contains("today")
                .doesNotContain("week");
    }

    @Test
    void publishingRulesMakesANewVersionAndLeavesTheOldOneReadable() throws Exception {
        List<TriageRule> before = rules.current().rules();
        int version = rules.current().version();
        mvc.perform(
                        post("/api/v1/triage-rules")
                                .with(staff.as("admin"))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "[{\"fact\":\"dangerNow\",\"operator\":\"EQ\",\"value\":\"true\",\"urgency\":\"IMMINENT\",\"reasonKey\":\"triage.reason.danger\"}]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(get("/api/v1/triage-rules/" + version).with(staff.as("advocate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules.length()").value(before.size()));
        mvc.perform(
                        post("/api/v1/triage-rules")
                                .with(staff.as("admin"))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "[{\"fact\":\"shoeSize\",\"operator\":\"EQ\",\"value\":\"9\",\"urgency\":\"IMMINENT\",\"reasonKey\":\"triage.reason.danger\"}]"))
                .andExpect(status().isBadRequest());
        // a rule with several answers needs a text for each answer it can be given
        mvc.perform(
                        post("/api/v1/triage-rules")
                                .with(staff.as("admin"))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "[{\"fact\":\"happened\",\"operator\":\"IN\",\"value\":\"TODAY,EARLIER\",\"urgency\":\"RECENT\",\"reasonKey\":\"triage.reason.recent\"}]"))
                .andExpect(status().isBadRequest());
        assertThat(rules.current().version()).isEqualTo(version + 1);
        mvc.perform(post("/api/v1/triage-rules")
                        .with(staff.as("advocate"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().is4xxClientError());
        // restore the full rule set for the other tests (a new version with the original rules)
        rules.publish(before);
        assertThat(rules.current().rules()).containsExactlyElementsOf(before);
    }
}
