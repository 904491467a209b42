package ca.harbour.cases.internal.work;

import ca.harbour.platform.domain.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's safety plan: the risks they face, the people they can safely turn to, the code words agreed, the
 * safe times to call them, and the steps of the plan in order, each done or not. Knows no Spring and no SQL.
 */
public record SafetyPlan(
        List<String> risks, List<SafeContact> contacts, String codeWords, String safeTimes, List<Step> steps) {

    static final int TEXT_MAX = 500;
    static final int NAME_MAX = 200;
    static final int ROWS_MAX = 30;

    /** Someone the person can turn to: who, how to reach them safely, and who they are to the person. */
    public record SafeContact(String name, String reach, String relationship) {}

    /** One step of the plan. */
    public record Step(String text, boolean done) {}

    public SafetyPlan {
        risks = List.copyOf(risks);
        contacts = List.copyOf(contacts);
        steps = List.copyOf(steps);
    }

    public static SafetyPlan empty() {
        return new SafetyPlan(List.of(), List.of(), "", "", List.of());
    }

    public boolean isEmpty() {
        return equals(empty());
    }

    /**
     * The plan as it is kept (text trimmed, blank rows left out), or the refusal naming each field at fault by
     * its place in the form ({@code risk-2}, {@code contactReach-0}, {@code step-4}), counted as it was sent.
     */
    public SafetyPlan checked() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> keptRisks = new ArrayList<>();
        for (int i = 0; i < risks.size(); i++) {
            String risk = risks.get(i).strip();
            if (risk.length() > TEXT_MAX) {
                errors.put("risk-" + i, "cases.work.safety.error.tooLong");
            } else if (!risk.isEmpty()) {
                keptRisks.add(risk);
            }
        }
        List<SafeContact> keptContacts = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            SafeContact c = contacts.get(i);
            String name = c.name().strip();
            String reach = c.reach().strip();
            String relationship = c.relationship().strip();
            if (name.isEmpty() && reach.isEmpty() && relationship.isEmpty()) {
                continue;
            }
            if (name.isEmpty() || name.length() > NAME_MAX) {
                errors.put("contactName-" + i, "cases.work.safety.error.contactName");
            }
            if (reach.isEmpty() || reach.length() > NAME_MAX) {
                errors.put("contactReach-" + i, "cases.work.safety.error.contactReach");
            }
            if (relationship.length() > NAME_MAX) {
                errors.put("contactRelationship-" + i, "cases.work.safety.error.tooLong");
            }
            keptContacts.add(new SafeContact(name, reach, relationship));
        }
        if (codeWords.strip().length() > TEXT_MAX) {
            errors.put("codeWords", "cases.work.safety.error.tooLong");
        }
        if (safeTimes.strip().length() > TEXT_MAX) {
            errors.put("safeTimes", "cases.work.safety.error.tooLong");
        }
        List<Step> keptSteps = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String text = steps.get(i).text().strip();
            if (text.length() > TEXT_MAX) {
                errors.put("step-" + i, "cases.work.safety.error.tooLong");
            } else if (!text.isEmpty()) {
                keptSteps.add(new Step(text, steps.get(i).done()));
            }
        }
        if (keptRisks.size() > ROWS_MAX || keptContacts.size() > ROWS_MAX || keptSteps.size() > ROWS_MAX) {
            errors.putIfAbsent("form", "cases.work.safety.error.tooMany");
        }
        if (!errors.isEmpty()) {
            if (errors.containsKey("form")) {
                throw Rejection.of("cases.work.safety.error.tooMany", ROWS_MAX).exception();
            }
            throw Rejection.of("error.validation", errors).exception();
        }
        return new SafetyPlan(keptRisks, keptContacts, codeWords.strip(), safeTimes.strip(), keptSteps);
    }
}
