package ca.harbour.identity.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * RFC 6238 time-based one-time passwords (SHA-1, 6 digits, 30 s, as authenticator apps expect),
 * accepting one step of clock drift either way. Returns the matching time step so callers can
 * refuse a code that was already used.
 */
public final class Totp {

    private static final int PERIOD = 30;

    private final Clock clock;
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    public Totp(Clock clock) {
        this.clock = clock;
    }

    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static String qrDataUri(String secret, String account) {
        QrData data = new QrData.Builder()
                .label(account)
                .secret(secret)
                .issuer("Harbour")
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(PERIOD)
                .build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            png.setImageSize(240);
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    /** The time step whose code equals {@code code}, if any within ±1 step of now. */
    public OptionalLong matchingStep(String secret, String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                String expected = generator.generate(secret, step);
                if (MessageDigest.isEqual(expected.getBytes(), code.getBytes())) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("TOTP code could not be computed", e);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for the current step (for tests and for the enrolment self-check). */
    public String currentCode(String secret) {
        try {
            return generator.generate(secret, clock.instant().getEpochSecond() / PERIOD);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
