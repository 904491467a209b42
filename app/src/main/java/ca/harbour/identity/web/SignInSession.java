package ca.harbour.identity.web;

import ca.harbour.identity.StaffPrincipal;
import ca.harbour.identity.internal.IdentitySettings;
import ca.harbour.identity.internal.SignInSteps;
import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.Users;
import ca.harbour.platform.web.Navigation;
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
    private final SignInSteps steps;
    private final Navigation navigation;

    SignInSession(
            Users users,
            IdentitySettings settings,
            SecurityContextRepository contexts,
            SignInSteps steps,
            Navigation navigation) {
        this.users = users;
        this.settings = settings;
        this.contexts = contexts;
        this.steps = steps;
        this.navigation = navigation;
    }

    UserAccount account(Authentication auth) {
        StaffPrincipal p = (StaffPrincipal) auth.getPrincipal();
        return users.find(p.userId()).orElseThrow();
    }

    /**
     * Re-evaluates the steps; returns the redirect target. {@code land}: once signed in, go to the viewer's
     * work (as after the sign-in form) rather than the staff home.
     */
    String advance(HttpServletRequest request, HttpServletResponse response, boolean secondFactorProven, boolean land) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Authentication next = steps.next(account(current), secondFactorProven, settings.requireSecondFactor());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:"
                + (land ? SecurityConfiguration.landing(next, navigation) : SecurityConfiguration.stepPage(next));
    }
}
