package ca.harbour.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff member of the current request, when one has completed sign-in. */
public final class CurrentStaff {

    private CurrentStaff() {}

    public static Optional<StaffPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof StaffPrincipal p
                && auth.getAuthorities().stream().anyMatch(a -> SignInStep.SIGNED_IN.equals(a.getAuthority()))) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    public static StaffPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
