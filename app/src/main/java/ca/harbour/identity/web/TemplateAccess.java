package ca.harbour.identity.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.web.Navigation;
import ca.harbour.platform.web.NavigationEntry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What templates may ask about the viewer, as {@code ${access...}}; only to show or hide links. */
@Component
class TemplateAccess {

    private final Navigation navigation;

    TemplateAccess(Navigation navigation) {
        this.navigation = navigation;
    }

    public boolean signedIn() {
        return CurrentStaff.get().isPresent();
    }

    /** True also part-way through sign-in (so sign-out is offered). */
    public boolean authenticated() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    public boolean has(String authority) {
        return authorities().contains(authority);
    }

    /** The staff navigation's links this viewer may follow (none before sign-in is complete). */
    public List<NavigationEntry> menu() {
        return navigation.visibleTo(authorities()).stream()
                .filter(NavigationEntry::inMenu)
                .toList();
    }

    /** The staff home's cards for this viewer. */
    public List<NavigationEntry> cards() {
        return navigation.visibleTo(authorities()).stream()
                .filter(e -> e.cardKey() != null)
                .toList();
    }

    static Set<String> authorities() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || CurrentStaff.get().isEmpty()) {
            return Set.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }
}
