package ca.harbour.identity.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.Organization;
import ca.harbour.identity.Role;
import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.OrganizationForm;
import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.UserForm;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The identity API: the same rules as the pages, as JSON. Secrets and password hashes never leave. */
@RestController
@RequestMapping("/api/v1")
class IdentityApi {

    private final AccountAdministration admin;

    IdentityApi(AccountAdministration admin) {
        this.admin = admin;
    }

    record UserView(
            UUID id,
            String username,
            String displayName,
            String email,
            UUID organizationId,
            String organizationName,
            Set<Role> roles,
            String preferredLanguage,
            boolean secondFactorEnrolled,
            boolean active,
            boolean demo) {
        static UserView of(UserAccount u) {
            return new UserView(
                    u.id(),
                    u.username(),
                    u.displayName(),
                    u.email(),
                    u.organizationId(),
                    u.organizationName(),
                    u.roles(),
                    u.preferredLanguage(),
                    u.totpEnabled(),
                    u.active(),
                    u.demo());
        }
    }

    record CreatedUser(UUID id, String username, String oneTimePassword) {}

    @GetMapping("/organizations")
    @PreAuthorize("hasAuthority('ORGANIZATION:READ')")
    List<Organization> organizations() {
        return admin.organizations(CurrentStaff.require());
    }

    @GetMapping("/organizations/{id}")
    @PreAuthorize("hasAuthority('ORGANIZATION:READ')")
    Organization organization(@PathVariable UUID id) {
        return admin.organization(CurrentStaff.require(), id);
    }

    @PostMapping("/organizations")
    @PreAuthorize("hasAuthority('ORGANIZATION:MANAGE')")
    ResponseEntity<Organization> createOrganization(@Valid @RequestBody OrganizationForm form) {
        Organization o = admin.saveOrganization(CurrentStaff.require(), null, form);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + o.id()))
                .body(o);
    }

    @PutMapping("/organizations/{id}")
    @PreAuthorize("hasAuthority('ORGANIZATION:MANAGE')")
    Organization updateOrganization(@PathVariable UUID id, @Valid @RequestBody OrganizationForm form) {
        return admin.saveOrganization(CurrentStaff.require(), id, form);
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('USER:READ')")
    List<UserView> users() {
        return admin.users(CurrentStaff.require()).stream().map(UserView::of).toList();
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasAuthority('USER:READ')")
    UserView user(@PathVariable UUID id) {
        return UserView.of(admin.user(CurrentStaff.require(), id));
    }

    @PostMapping("/users")
    @PreAuthorize("hasAuthority('USER:MANAGE')")
    ResponseEntity<CreatedUser> createUser(@Valid @RequestBody UserForm form) {
        AccountAdministration.Created c = admin.createUser(CurrentStaff.require(), form);
        return ResponseEntity.created(URI.create("/api/v1/users/" + c.id()))
                .body(new CreatedUser(c.id(), c.username(), c.oneTimePassword()));
    }

    /** Changes an account (its username stays); refused for one's own roles or organization. */
    @PutMapping("/users/{id}")
    @PreAuthorize("hasAuthority('USER:MANAGE')")
    UserView updateUser(@PathVariable UUID id, @Valid @RequestBody UserForm form) {
        admin.updateUser(CurrentStaff.require(), id, form);
        return UserView.of(admin.user(CurrentStaff.require(), id));
    }
}
