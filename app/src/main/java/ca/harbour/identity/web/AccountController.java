package ca.harbour.identity.web;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.internal.PasswordPolicy;
import ca.harbour.identity.internal.SecondFactors;
import ca.harbour.identity.internal.Totp;
import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's own account: change password, enrol the second factor. */
@Controller
class AccountController {

    private static final String PENDING_SECRET = "harbour.pendingTotpSecret";

    private final Users users;
    private final PasswordEncoder passwords;
    private final SecondFactors secondFactors;
    private final SignInSession session;
    private final Audit audit;

    AccountController(Users users, PasswordEncoder passwords, SecondFactors secondFactors, SignInSession session,
            Audit audit) {
        this.users = users;
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.session = session;
        this.audit = audit;
    }

    @GetMapping("/account/password")
    String passwordPage(Authentication auth, Model model) {
        model.addAttribute("mustChange", session.account(auth).mustChangePassword());
        return "identity/password";
    }

    @PostMapping("/account/password")
    @Transactional
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String next,
            @RequestParam(defaultValue = "") String confirm, Authentication auth, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        UserAccount account = session.account(auth);
        Optional<String> error = current.length() > PasswordPolicy.MAX_LENGTH || !passwords.matches(current, account.passwordHash())
                ? Optional.of("password.error.current")
                : !next.equals(confirm) ? Optional.of("password.error.confirm")
                : next.equals(current) ? Optional.of("password.error.same")
                : PasswordPolicy.check(next, account.username());
        if (error.isPresent()) {
            model.addAttribute("errorKey", error.get());
            model.addAttribute("mustChange", account.mustChangePassword());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/password";
        }
        users.setPassword(account.id(), passwords.encode(next), false);
        audit.record(AuditAction.PASSWORD_CHANGE, "user", account.id());
        boolean wasStep = account.mustChangePassword();
        if (wasStep) {
            return session.advance(request, response, true);
        }
        return "redirect:/staff?passwordChanged";
    }

    @GetMapping("/account/second-factor")
    String enrolPage(Authentication auth, HttpSession http, Model model) {
        UserAccount account = session.account(auth);
        String secret = (String) http.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            http.setAttribute(PENDING_SECRET, secret);
        }
        model.addAttribute("enrolled", account.totpEnabled());
        model.addAttribute("recoveryLeft", users.unusedRecoveryCodes(account.id()));
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
        model.addAttribute("qr", Totp.qrDataUri(secret, account.username()));
        return "identity/second-factor";
    }

    @PostMapping("/account/second-factor")
    String enrol(@RequestParam(defaultValue = "") String code, Authentication auth, HttpSession http,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String secret = (String) http.getAttribute(PENDING_SECRET);
        UserAccount account = session.account(auth);
        List<String> codes = secret == null || code.length() > 32 ? List.of()
                : secondFactors.confirmEnrolment(account.id(), secret, code);
        if (codes.isEmpty()) {
            model.addAttribute("errorKey", "verify.error.code");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return enrolPage(auth, http, model);
        }
        http.removeAttribute(PENDING_SECRET);
        session.advance(request, response, true);
        model.addAttribute("codes", codes);
        return "identity/recovery-codes";
    }
}
