package ca.harbour.identity.internal;

import ca.harbour.identity.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A staff account as stored; the phone is already decrypted, secrets stay encrypted.
 * {@code securityVersion} moves on with every change that must end the account's sessions.
 */
public record UserAccount(
        UUID id,
        UUID organizationId,
        String organizationName,
        String username,
        String displayName,
        String email,
        String phone,
        String passwordHash,
        boolean mustChangePassword,
        Set<Role> roles,
        String preferredLanguage,
        byte[] totpSecretCipher,
        boolean totpEnabled,
        Long totpLastStep,
        int failedAttempts,
        Instant lockedUntil,
        boolean active,
        boolean demo,
        long securityVersion) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** A new account (security version 0, the column's default). */
    public UserAccount(
            UUID id,
            UUID organizationId,
            String organizationName,
            String username,
            String displayName,
            String email,
            String phone,
            String passwordHash,
            boolean mustChangePassword,
            Set<Role> roles,
            String preferredLanguage,
            byte[] totpSecretCipher,
            boolean totpEnabled,
            Long totpLastStep,
            int failedAttempts,
            Instant lockedUntil,
            boolean active,
            boolean demo) {
        this(
                id,
                organizationId,
                organizationName,
                username,
                displayName,
                email,
                phone,
                passwordHash,
                mustChangePassword,
                roles,
                preferredLanguage,
                totpSecretCipher,
                totpEnabled,
                totpLastStep,
                failedAttempts,
                lockedUntil,
                active,
                demo,
                0);
    }

    /**
     * True while too many wrong second-factor codes (or other post-password failures counted by
     * {@link Users#recordFailure}) keep the account locked. Failed sign-ins never set this: they are
     * throttled per username and address instead, so an outsider cannot lock an account.
     */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
