package ca.harbour.identity.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment and proof of the TOTP second factor, with single-use recovery codes. Wrong codes
 * count towards the same lockout as wrong passwords. Replacing an enrolled factor (which also
 * replaces the recovery codes) needs the password and a code of the factor being replaced.
 */
@Service
public class SecondFactors {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final Audit audit;
    private final IdentitySettings settings;
    private final Clock clock;
    private final Totp totp;
    private final CurrentPassword currentPassword;

    SecondFactors(Users users, Audit audit, IdentitySettings settings, Clock clock, CurrentPassword currentPassword) {
        this.users = users;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.totp = new Totp(clock);
        this.currentPassword = currentPassword;
    }

    /** The outcome of replacing a second factor: the new recovery codes, or the message key of the refusal. */
    public sealed interface Replacement {
        record Replaced(List<String> recoveryCodes) implements Replacement {}

        record Refused(String messageKey) implements Replacement {}
    }

    /**
     * Replaces the enrolled factor of {@code account} by {@code secret}, proven by {@code code} from the new
     * app, once the person has given their password and a code (or unused recovery code) of the current
     * factor. Wrong passwords and codes count towards the lockout. The new code is checked first, so a typo
     * there does not use up the current code.
     */
    @Transactional(noRollbackFor = Exception.class)
    public Replacement replace(UserAccount account, String password, String currentCode, String secret, String code) {
        if (account.lockedAt(clock.instant())) {
            return new Replacement.Refused("signin.error.locked");
        }
        if (secret == null || totp.matchingStep(secret, clean(code)).isEmpty()) {
            return new Replacement.Refused("verify.error.code");
        }
        switch (currentPassword.check(account, password)) {
            case LOCKED:
                return new Replacement.Refused("signin.error.locked");
            case WRONG:
                return new Replacement.Refused("password.error.current");
            default:
                break;
        }
        if (prove(account, currentCode) != Proof.PROVEN) {
            return new Replacement.Refused("enrol.error.currentCode");
        }
        List<String> codes = confirmEnrolment(account.id(), secret, code);
        return codes.isEmpty() ? new Replacement.Refused("verify.error.code") : new Replacement.Replaced(codes);
    }

    /** Confirms enrolment with a first code from the app; returns the recovery codes to show once, or empty. */
    @Transactional
    public List<String> confirmEnrolment(UUID userId, String secret, String code) {
        OptionalLong step = totp.matchingStep(secret, clean(code));
        if (step.isEmpty()) {
            return List.of();
        }
        users.setSecondFactor(userId, secret, true);
        users.acceptStep(userId, step.getAsLong());
        List<String> codes = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String c = recoveryCode();
            codes.add(c);
            hashes.add(sha256(normalise(c)));
        }
        users.replaceRecoveryCodes(userId, hashes);
        audit.record(AuditAction.SECOND_FACTOR_ENROL, "user", userId);
        return codes;
    }

    /** True when the code (TOTP or unused recovery code) proves the second factor; counts failures. */
    @Transactional(noRollbackFor = Exception.class)
    public Proof prove(UserAccount account, String input) {
        if (account.lockedAt(clock.instant())) {
            return Proof.LOCKED;
        }
        String code = clean(input);
        if (code.matches("\\d{6}")) {
            OptionalLong step = totp.matchingStep(users.secondFactorSecret(account), code);
            if (step.isPresent() && users.acceptStep(account.id(), step.getAsLong())) {
                users.clearFailures(account.id());
                return Proof.PROVEN;
            }
        } else if (code.length() == 10 && users.consumeRecoveryCode(account.id(), sha256(normalise(code)))) {
            users.clearFailures(account.id());
            audit.recordFor(
                    account.username(),
                    account.organizationId(),
                    AuditAction.SIGN_IN,
                    "user",
                    account.id(),
                    "recovery code used");
            return Proof.PROVEN;
        }
        users.recordFailure(
                account.id(), settings.maxFailures(), clock.instant().plus(settings.lockout()));
        audit.recordFor(
                account.username(),
                account.organizationId(),
                AuditAction.SECOND_FACTOR_FAILED,
                "user",
                account.id(),
                null);
        return Proof.WRONG;
    }

    public enum Proof {
        PROVEN,
        WRONG,
        LOCKED
    }

    private static String clean(String input) {
        return input == null ? "" : input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String normalise(String code) {
        return clean(code);
    }

    private static String recoveryCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            if (i == 4) {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
