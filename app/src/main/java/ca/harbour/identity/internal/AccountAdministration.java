package ca.harbour.identity.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.Organization;
import ca.harbour.identity.Ownership;
import ca.harbour.identity.Permission;
import ca.harbour.identity.Role;
import ca.harbour.identity.RolePermissions;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and listing organizations and accounts, with the access policy applied to
 * single records and lists alike, and every read and change audited. Separation of duties: nobody
 * changes their own roles or organization, and an administrator holds no role that reads personal data.
 */
@Service
public class AccountAdministration {

    private static final Permission USER_READ = IdentityContributions.USER_READ;
    private static final Permission USER_MANAGE = IdentityContributions.USER_MANAGE;
    private static final Permission ORG_READ = IdentityContributions.ORGANIZATION_READ;
    private static final Permission ORG_MANAGE = IdentityContributions.ORGANIZATION_MANAGE;

    private final Organizations organizations;
    private final Users users;
    private final PasswordEncoder passwords;
    private final Audit audit;
    /** Says which roles read people's personal data, which an administrator account may not also hold. */
    private final RolePermissions permissions;

    AccountAdministration(
            Organizations organizations,
            Users users,
            PasswordEncoder passwords,
            Audit audit,
            RolePermissions permissions) {
        this.permissions = permissions;
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Organization> organizations(StaffPrincipal viewer) {
        return organizations.list(AccessPolicy.predicate(viewer, ORG_READ, "o.id", null));
    }

    @Transactional(readOnly = true)
    public Organization organization(StaffPrincipal viewer, UUID id) {
        Organization o = organizations.find(id).orElseThrow(NotFoundException::new);
        if (!AccessPolicy.permits(viewer, ORG_READ, Ownership.of(o.id()))) {
            throw NotFoundException.refused("organization", id);
        }
        return o;
    }

    @Transactional
    public Organization saveOrganization(StaffPrincipal viewer, UUID id, OrganizationForm form) {
        if (!AccessPolicy.permits(viewer, ORG_MANAGE, Ownership.of(id))) {
            throw new AccessDeniedException("organization");
        }
        String name = form.name().trim();
        if (organizations.nameTaken(name, id)) {
            throw Rejection.field("name", "organization.error.nameTaken").exception();
        }
        if (id == null) {
            Organization created = new Organization(
                    UUID.randomUUID(), name, form.type(), form.region(), form.languageCodes(), true, false, null);
            organizations.insert(created);
            audit.record(AuditAction.CREATE, "organization", created.id());
            return created;
        }
        Organization existing = organizations.find(id).orElseThrow(NotFoundException::new);
        Organization updated = new Organization(
                id,
                name,
                form.type(),
                form.region(),
                form.languageCodes(),
                form.isActive(),
                existing.demo(),
                existing.updatedAt());
        organizations.update(updated);
        audit.record(
                existing.active() == form.isActive()
                        ? AuditAction.UPDATE
                        : form.isActive() ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE,
                "organization",
                id);
        return updated;
    }

    /** Accounts the viewer may see: all for an administrator, their own organization's for a supervisor. */
    @Transactional
    public List<UserAccount> users(StaffPrincipal viewer) {
        List<UserAccount> list =
                users.list(AccessPolicy.predicate(viewer, USER_READ, "u.organization_id", "u.id = :scope_user"));
        audit.recordList(
                AuditAction.SEARCH,
                "user",
                "user list",
                list.stream().map(UserAccount::id).toList());
        return list;
    }

    @Transactional
    public UserAccount user(StaffPrincipal viewer, UUID id) {
        UserAccount u = users.find(id).orElseThrow(NotFoundException::new);
        if (!AccessPolicy.permits(viewer, USER_READ, Ownership.of(u.organizationId(), u.id()))) {
            throw NotFoundException.refused("user", id);
        }
        audit.record(AuditAction.READ, "user", id);
        return u;
    }

    /** Creates an account; returns its one-time password, to be shown once. */
    @Transactional
    public Created createUser(StaffPrincipal viewer, UserForm form) {
        checkManage(viewer, form.organizationId());
        checkRoles(form.roles());
        String username = form.username().trim().toLowerCase(Locale.ROOT);
        if (users.usernameTaken(username)) {
            throw Rejection.field("username", "user.error.usernameTaken").exception();
        }
        String oneTime = PasswordPolicy.oneTime();
        UUID id = UUID.randomUUID();
        users.insert(new UserAccount(
                id,
                form.organizationId(),
                null,
                username,
                form.displayName().trim(),
                form.blankToNullEmail(),
                form.blankToNullPhone(),
                passwords.encode(oneTime),
                true,
                form.roles(),
                form.language() == null ? "en" : form.language(),
                null,
                false,
                null,
                0,
                null,
                true,
                false));
        audit.record(AuditAction.CREATE, "user", id, "roles: " + names(form.roles()));
        return new Created(id, username, oneTime);
    }

    public record Created(UUID id, String username, String oneTimePassword) {}

    @Transactional
    public void updateUser(StaffPrincipal viewer, UUID id, UserForm form) {
        UserAccount existing = users.find(id).orElseThrow(NotFoundException::new);
        checkManage(viewer, existing.organizationId());
        checkManage(viewer, form.organizationId());
        boolean rolesChange = !existing.roles().equals(form.roles());
        boolean organizationChange = !existing.organizationId().equals(form.organizationId());
        if (id.equals(viewer.userId()) && (rolesChange || organizationChange)) {
            throw Rejection.field(rolesChange ? "roles" : "organizationId", "user.error.selfRoles")
                    .exception();
        }
        checkRoles(form.roles());
        users.updateProfile(
                id,
                form.organizationId(),
                form.displayName().trim(),
                form.blankToNullEmail(),
                form.blankToNullPhone(),
                form.roles(),
                form.language() == null ? "en" : form.language());
        // role names and organization ids only: the reason is kept for good and must hold no personal data
        String reason = rolesChange ? "roles: " + names(existing.roles()) + " -> " + names(form.roles()) : null;
        if (organizationChange) {
            String move = "organization: " + existing.organizationId() + " -> " + form.organizationId();
            reason = reason == null ? move : reason + "; " + move;
        }
        audit.record(AuditAction.UPDATE, "user", id, reason);
    }

    private void checkRoles(Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && roles.stream().anyMatch(permissions::readsPersonalData)) {
            throw Rejection.field("roles", "user.error.adminRoles").exception();
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    @Transactional
    public void setActive(StaffPrincipal viewer, UUID id, boolean active) {
        UserAccount existing = users.find(id).orElseThrow(NotFoundException::new);
        checkManage(viewer, existing.organizationId());
        if (!active && existing.id().equals(viewer.userId())) {
            throw Rejection.of("user.error.selfDeactivate").exception();
        }
        users.setActive(id, active);
        audit.record(active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE, "user", id);
    }

    @Transactional
    public void resetSecondFactor(StaffPrincipal viewer, UUID id) {
        UserAccount existing = users.find(id).orElseThrow(NotFoundException::new);
        checkManage(viewer, existing.organizationId());
        users.setSecondFactor(id, null, false);
        audit.record(AuditAction.SECOND_FACTOR_RESET, "user", id);
    }

    private void checkManage(StaffPrincipal viewer, UUID organizationId) {
        if (organizationId == null || organizations.find(organizationId).isEmpty()) {
            throw Rejection.field("organizationId", "user.error.organization").exception();
        }
        if (!AccessPolicy.permits(viewer, USER_MANAGE, Ownership.of(organizationId))) {
            throw new AccessDeniedException("user");
        }
    }
}
