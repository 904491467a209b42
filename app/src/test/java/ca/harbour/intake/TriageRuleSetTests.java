package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intake.internal.TriageRule;
import ca.harbour.intake.internal.TriageRuleSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageRuleSetTests {

    /** The rules of migration V4_0 (version 1), as data. */
    static final TriageRuleSet V1 = new TriageRuleSet(
            1,
            List.of(
                    new TriageRule("dangerNow", "EQ", "true", Urgency.IMMINENT, "triage.reason.danger"),
                    new TriageRule("happened", "EQ", "NOW", Urgency.IMMINENT, "triage.reason.happeningNow"),
                    new TriageRule("youngestAge", "LT", "16", Urgency.MINOR_AT_RISK, "triage.reason.under16"),
                    new TriageRule("minorInvolved", "EQ", "YES", Urgency.MINOR_AT_RISK, "triage.reason.minor"),
                    new TriageRule("minorInvolved", "EQ", "UNSURE", Urgency.RECENT, "triage.reason.possibleMinor"),
                    new TriageRule("happened", "IN", "TODAY,WEEK", Urgency.RECENT, "triage.reason.recent")));

    @ParameterizedTest(name = "danger={0} happened={1} minor={2} age={3} -> {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "true,  EARLIER, NO,     -,  IMMINENT,      triage.reason.danger",
                "false, NOW,     NO,     -,  IMMINENT,      triage.reason.happeningNow",
                "true,  NOW,     YES,    14, IMMINENT,      triage.reason.danger triage.reason.happeningNow triage.reason.under16 triage.reason.minor",
                "false, EARLIER, NO,     15, MINOR_AT_RISK, triage.reason.under16",
                "false, EARLIER, NO,     16, ROUTINE,       triage.reason.none",
                "false, MONTH,   YES,    17, MINOR_AT_RISK, triage.reason.minor",
                "false, EARLIER, UNSURE, -,  RECENT,        triage.reason.possibleMinor",
                "false, WEEK,    NO,     -,  RECENT,        triage.reason.recent.WEEK",
                "false, TODAY,   NO,     -,  RECENT,        triage.reason.recent.TODAY",
                "false, today,   NO,     -,  RECENT,        triage.reason.recent.TODAY",
                "false, MONTH,   NO,     -,  ROUTINE,       triage.reason.none",
                "false, UNSURE,  NO,     abc, ROUTINE,      triage.reason.none"
            })
    void rulesDecideTheMostUrgentLevelAndExplainEveryReason(
            String danger, String happened, String minor, String age, Urgency expected, String reasons) {
        Map<String, String> facts =
                new HashMap<>(Map.of("dangerNow", danger, "happened", happened, "minorInvolved", minor));
        if (age != null) {
            facts.put("youngestAge", age);
        }
        TriageRuleSet.Triage triage = V1.decide(facts);
        assertThat(triage.urgency()).isEqualTo(expected);
        assertThat(triage.reasons()).containsExactly(reasons.split(" "));
        assertThat(triage.version()).isEqualTo(1);
    }
}
