package ca.harbour.identity.web;

import ca.harbour.identity.CurrentStaff;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What templates may ask about the viewer, as {@code ${@access...}}; only to show or hide links. */
@Component
class TemplateAccess {

    public boolean signedIn() {
        return CurrentStaff.get().isPresent();
    }

    /** True also part-way through sign-in (so sign-out is offered). */
    public boolean authenticated() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    public boolean has(String authority) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return signedIn() && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
