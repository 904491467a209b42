package ca.harbour.identity.web;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.internal.CurrentPassword;
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

/**
 * A person's own account: change password, enrol or replace the second factor. Both ask for the current
 * password (wrong answers count towards the lockout), and both end the account's other sessions while
 * this one carries on under the account's new security version.
 */
@Controller
class AccountController {

    private static final String PENDING_SECRET = "harbour.pendingTotpSecret";

    private final Users users;
    private final PasswordEncoder passwords;
    private final SecondFactors secondFactors;
    private final SignInSession session;
    private final Audit audit;
    private final CurrentPassword currentPassword;

    AccountController(
            Users users,
            PasswordEncoder passwords,
            SecondFactors secondFactors,
            SignInSession session,
            Audit audit,
            CurrentPassword currentPassword) {
        this.users = users;
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.session = session;
        this.audit = audit;
        this.currentPassword = currentPassword;
    }

    @GetMapping("/account/password")
    String passwordPage(Authentication auth, Model model) {
        model.addAttribute("mustChange", session.account(auth).mustChangePassword());
        return "identity/password";
    }

    @PostMapping("/account/password")
    @Transactional
    String changePassword(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String next,
            @RequestParam(defaultValue = "") String confirm,
            Authentication auth,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        UserAccount account = session.account(auth);
        CurrentPassword.Check check = currentPassword.check(account, current);
        Optional<String> error = check == CurrentPassword.Check.LOCKED
                ? Optional.of("signin.error.locked")
                : check == CurrentPassword.Check.WRONG
                        ? Optional.of("password.error.current")
                        : !next.equals(confirm)
                                ? Optional.of("password.error.confirm")
                                : next.equals(current)
                                        ? Optional.of("password.error.same")
                                        : PasswordPolicy.check(next, account.username());
        if (error.isPresent()) {
            model.addAttribute("errorKey", error.get());
            model.addAttribute("mustChange", account.mustChangePassword());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/password";
        }
        users.setPassword(account.id(), passwords.encode(next), false);
        audit.record(AuditAction.PASSWORD_CHANGE, "user", account.id());
        // the new security version ends every other session; this one takes it on and stays signed in
        String target = session.advance(request, response, true, false);
        return account.mustChangePassword() ? target : "redirect:/staff?passwordChanged";
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
    String enrol(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String currentCode,
            Authentication auth,
            HttpSession http,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String secret = (String) http.getAttribute(PENDING_SECRET);
        UserAccount account = session.account(auth);
        String errorKey = null;
        List<String> codes = List.of();
        if (code.length() > 32 || currentCode.length() > 32) {
            errorKey = "verify.error.code";
        } else if (account.totpEnabled()) {
            // replacing a factor (and its recovery codes) needs the password and the factor being replaced
            SecondFactors.Replacement outcome = secondFactors.replace(account, password, currentCode, secret, code);
            if (outcome instanceof SecondFactors.Replacement.Replaced replaced) {
                codes = replaced.recoveryCodes();
            } else {
                errorKey = ((SecondFactors.Replacement.Refused) outcome).messageKey();
            }
        } else {
            codes = secret == null ? List.of() : secondFactors.confirmEnrolment(account.id(), secret, code);
            errorKey = codes.isEmpty() ? "verify.error.code" : null;
        }
        if (errorKey != null) {
            model.addAttribute("errorKey", errorKey);
            model.addAttribute(
                    "errorField",
                    "password.error.current".equals(errorKey)
                            ? "password"
                            : "enrol.error.currentCode".equals(errorKey) ? "currentCode" : "code");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return enrolPage(auth, http, model);
        }
        http.removeAttribute(PENDING_SECRET);
        session.advance(request, response, true, false);
        model.addAttribute("codes", codes);
        return "identity/recovery-codes";
    }
}
