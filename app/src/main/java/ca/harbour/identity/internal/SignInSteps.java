package ca.harbour.identity.internal;

import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.RolePermissions;
import ca.harbour.identity.SignInStep;
import ca.harbour.identity.StaffPrincipal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Decides what a person must still do before being signed in: prove the second factor, then
 * change a one-time password, then (where required) enrol a second factor. The authentication
 * carries only the pending step's authority until every step is done.
 */
@Component
public final class SignInSteps {

    private final RolePermissions permissions;

    SignInSteps(RolePermissions permissions) {
        this.permissions = permissions;
    }

    public Authentication next(UserAccount account, boolean secondFactorProven, boolean secondFactorRequired) {
        StaffPrincipal principal = principal(account);
        String step;
        if (account.totpEnabled() && !secondFactorProven) {
            step = SignInStep.SECOND_FACTOR;
        } else if (account.mustChangePassword()) {
            step = SignInStep.PASSWORD_CHANGE;
        } else if (secondFactorRequired && !account.totpEnabled()) {
            step = SignInStep.ENROL;
        } else {
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority(SignInStep.SIGNED_IN));
            AccessPolicy.authorities(principal).forEach(a -> authorities.add(new SimpleGrantedAuthority(a)));
            principal.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(step)));
    }

    private StaffPrincipal principal(UserAccount a) {
        return new StaffPrincipal(
                a.id(),
                a.username(),
                a.displayName(),
                a.organizationId(),
                a.organizationName(),
                a.roles(),
                permissions.of(a.roles()),
                a.securityVersion());
    }
}
