package ca.harbour.intake.web;

import ca.harbour.intake.Urgency;
import ca.harbour.intake.internal.TriageRule;
import ca.harbour.intake.internal.TriageRuleSet;
import ca.harbour.intake.internal.TriageRules;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Triage rules as data: read any version; administrators publish a new one (earlier versions stay as they were). */
@RestController
class TriageRulesApi {

    private final TriageRules rules;
    private final MessageSource messages;

    TriageRulesApi(TriageRules rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    record RuleDraft(
            @NotNull @Pattern(regexp = "dangerNow|happened|minorInvolved|youngestAge")
            String fact,

            @NotNull @Pattern(regexp = "EQ|LT|IN") String operator,
            @NotNull @Size(min = 1, max = 100) String value,
            @NotNull Urgency urgency,

            @NotNull @Pattern(regexp = "triage\\.reason\\.[A-Za-z]+")
            String reasonKey) {}

    @GetMapping("/api/v1/triage-rules")
    @PreAuthorize("hasAuthority('TIP:READ') or hasAuthority('TRIAGE_RULE:MANAGE')")
    TriageRuleSet current() {
        return rules.current();
    }

    @GetMapping("/api/v1/triage-rules/{version}")
    @PreAuthorize("hasAuthority('TIP:READ') or hasAuthority('TRIAGE_RULE:MANAGE')")
    TriageRuleSet version(@PathVariable int version) {
        TriageRuleSet set = rules.version(version);
        if (set.rules().isEmpty()) {
            throw new NotFoundException();
        }
        return set;
    }

    @PostMapping("/api/v1/triage-rules")
    @PreAuthorize("hasAuthority('TRIAGE_RULE:MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    TriageRuleSet publish(@Valid @RequestBody @NotEmpty @Size(max = 100) List<@Valid RuleDraft> drafts) {
        List<TriageRule> published = drafts.stream()
                .map(d -> new TriageRule(d.fact(), d.operator(), d.value(), d.urgency(), d.reasonKey()))
                .toList();
        // every explanation a rule can give must have its words, or a person would read a bare key
        for (TriageRule rule : published) {
            for (String key : rule.possibleReasons()) {
                for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                    if (messages.getMessage(key, null, null, language) == null) {
                        throw new Rejected(Rejection.field("reasonKey", "triage.error.reasonText"));
                    }
                }
            }
        }
        return rules.publish(published);
    }
}
