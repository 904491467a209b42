package ca.harbour.identity.internal;

import ca.harbour.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** What an administrator types to create or edit a staff account (page and API). */
public record UserForm(
        @NotBlank(message = "{user.error.username}")
        @Pattern(regexp = "^[A-Za-z0-9._-]{3,64}$", message = "{user.error.username}")
        String username,

        @NotBlank(message = "{user.error.displayName}") @Size(max = 200, message = "{error.tooLong}")
        String displayName,

        @Email(message = "{user.error.email}") @Size(max = 254, message = "{error.tooLong}")
        String email,

        @Pattern(regexp = "^$|^[+0-9 ().-]{7,25}$", message = "{user.error.phone}")
        String phone,

        @NotNull(message = "{user.error.organization}") UUID organizationId,
        @NotEmpty(message = "{user.error.roles}") Set<Role> roles,

        @Pattern(regexp = "^(en|fr)$", message = "{user.error.language}")
        String language) {

    public String blankToNullPhone() {
        return phone == null || phone.isBlank() ? null : phone.trim();
    }

    public String blankToNullEmail() {
        return email == null || email.isBlank() ? null : email.trim();
    }
}
