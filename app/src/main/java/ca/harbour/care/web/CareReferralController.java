package ca.harbour.care.web;

import ca.harbour.care.internal.IndigenousIdentity;
import ca.harbour.care.internal.YouthReferral;
import ca.harbour.care.internal.YouthReferrals;
import ca.harbour.care.internal.YouthSource;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.FormErrors;
import ca.harbour.screening.Instrument;
import ca.harbour.screening.InstrumentItem;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partners' youth referral form ({@code /care/refer}): the team, the youth, where the referral comes from and,
 * when the referrer screened the youth, the youth screening instrument's answers. A refused referral is shown again
 * with each error next to its field and everything typed kept.
 */
@Controller
@PreAuthorize("hasAuthority('CARE_YOUTH:CREATE')")
class CareReferralController {

    private final YouthReferrals referrals;
    private final FormErrors formErrors;

    CareReferralController(YouthReferrals referrals, FormErrors formErrors) {
        this.referrals = referrals;
        this.formErrors = formErrors;
    }

    @GetMapping("/care/refer")
    String form(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/care/refer")
    String refer(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.require();
        Map<String, String> unreadable = new LinkedHashMap<>();
        UUID team = CareInput.uuid(params.get("teamId"));
        if (CareInput.unreadable(params.get("teamId"), team)) {
            unreadable.put("teamId", "care.error.teamUnknown");
        }
        LocalDate birth = CareInput.date(params.get("birthDate"));
        if (CareInput.unreadable(params.get("birthDate"), birth)) {
            unreadable.put("birthDate", "care.error.birthDateFormat");
        }
        Integer estimate = CareInput.number(params.get("ageEstimate"));
        if (CareInput.unreadable(params.get("ageEstimate"), estimate)) {
            unreadable.put("ageEstimate", "care.error.ageRange");
        }
        IndigenousIdentity identity = CareInput.choice(IndigenousIdentity.class, params.get("indigenousIdentity"));
        YouthSource source = CareInput.choice(YouthSource.class, params.get("source"));
        UUID sourceId = CareInput.uuid(params.get("sourceId"));
        if (CareInput.unreadable(params.get("sourceId"), sourceId)) {
            unreadable.put("sourceId", "care.error.sourceNotFound");
        }
        Map<String, Integer> answers = answers(params, unreadable);
        try {
            if (!unreadable.isEmpty()) {
                throw Rejection.of("error.validation", unreadable).exception();
            }
            YouthReferral referral =
                    new YouthReferral(team, params.get("label"), birth, estimate, identity, source, sourceId);
            UUID id = referrals.refer(me, referral, answers);
            if (referrals.memberOf(me, team)) {
                return "redirect:/care/youth/" + id;
            }
            model.addAttribute(
                    "teamName",
                    referrals.teams().stream()
                            .filter(t -> t.id().equals(team))
                            .map(t -> t.name())
                            .findFirst()
                            .orElse(""));
            return "care/referred";
        } catch (Rejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, params, formErrors.of(e.rejection()));
        }
    }

    /** The screening answers typed, by item code; an answer that is not on the scale is a field error. */
    private Map<String, Integer> answers(Map<String, String> params, Map<String, String> unreadable) {
        Map<String, Integer> answers = new HashMap<>();
        Instrument instrument = referrals.instrument().orElse(null);
        if (instrument == null) {
            return answers;
        }
        for (InstrumentItem item : instrument.items()) {
            String raw = params.get("a_" + item.code());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            Integer value = CareInput.number(raw);
            if (value == null || value < 0 || value > item.scale().max()) {
                unreadable.put("a_" + item.code(), "screening.error.outOfScale");
            } else {
                answers.put(item.code(), value);
            }
        }
        return answers;
    }

    private String page(Model model, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("teams", referrals.teams());
        model.addAttribute("instrument", referrals.instrument().orElse(null));
        model.addAttribute("identities", IndigenousIdentity.values());
        model.addAttribute("sources", YouthSource.values());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "care/refer";
    }
}
