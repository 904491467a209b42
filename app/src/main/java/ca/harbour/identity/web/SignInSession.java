package ca.harbour.identity.web;

import ca.harbour.identity.StaffPrincipal;
import ca.harbour.identity.internal.IdentitySettings;
import ca.harbour.identity.internal.SignInSteps;
import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Moves a person to the next sign-in step after one is done, and says where to go. */
@Component
class SignInSession {

    private final Users users;
    private final IdentitySettings settings;
    private final SecurityContextRepository contexts;

    SignInSession(Users users, IdentitySettings settings, SecurityContextRepository contexts) {
        this.users = users;
        this.settings = settings;
        this.contexts = contexts;
    }

    UserAccount account(Authentication auth) {
        StaffPrincipal p = (StaffPrincipal) auth.getPrincipal();
        return users.find(p.userId()).orElseThrow();
    }

    /** Re-evaluates the steps; returns the redirect target. */
    String advance(HttpServletRequest request, HttpServletResponse response, boolean secondFactorProven) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Authentication next = SignInSteps.next(account(current), secondFactorProven, settings.requireSecondFactor());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:" + SecurityConfiguration.stepPage(next);
    }
}
