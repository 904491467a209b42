package ca.harbour.intake.internal;

import ca.harbour.intake.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A versioned set of triage rules. The decision is the most urgent level any rule gives (routine
 * when none matches), with every matching rule's reason, so a person can see why. Immutable.
 */
public record TriageRuleSet(int version, List<TriageRule> rules) {

    public TriageRuleSet {
        rules = List.copyOf(rules);
    }

    public Triage decide(Map<String, String> facts) {
        Urgency urgency = Urgency.ROUTINE;
        List<String> reasons = new ArrayList<>();
        for (TriageRule rule : rules) {
            if (rule.matches(facts)) {
                reasons.add(rule.reasonFor(facts));
                if (rule.urgency().rank() < urgency.rank()) {
                    urgency = rule.urgency();
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("triage.reason.none");
        }
        return new Triage(urgency, List.copyOf(reasons), version);
    }

    /** A triage decision: the level, the reasons (message keys) and the rule version that decided. */
    public record Triage(Urgency urgency, List<String> reasons, int version) {}
}
