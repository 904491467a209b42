package ca.harbour.identity.web;

import ca.harbour.identity.SignInStep;
import ca.harbour.identity.internal.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the second-factor step. The password check itself is Spring Security's form login. */
@Controller
class SignInController {

    private final SecondFactors secondFactors;
    private final SignInSession session;

    SignInController(SecondFactors secondFactors, SignInSession session) {
        this.secondFactors = secondFactors;
        this.session = session;
    }

    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) String error, Authentication auth, Model model) {
        if (auth != null
                && auth.getAuthorities().stream().anyMatch(a -> SignInStep.SIGNED_IN.equals(a.getAuthority()))) {
            return "redirect:/staff";
        }
        if ("wait".equals(error)) {
            model.addAttribute("errorKey", "signin.error.wait");
        } else if (error != null) {
            model.addAttribute("errorKey", "signin.error.bad");
        }
        return "identity/signin";
    }

    @GetMapping("/signin/verify")
    String verifyPage() {
        return "identity/verify";
    }

    @PostMapping("/signin/verify")
    String verify(
            @RequestParam(defaultValue = "") String code,
            Authentication auth,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (code.length() > 32) {
            code = "";
        }
        SecondFactors.Proof proof = secondFactors.prove(session.account(auth), code);
        if (proof == SecondFactors.Proof.PROVEN) {
            return session.advance(request, response, true, true);
        }
        model.addAttribute(
                "errorKey", proof == SecondFactors.Proof.LOCKED ? "signin.error.locked" : "verify.error.code");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "identity/verify";
    }
}
