package ca.harbour.bench.cases;

import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.crypto.KeyRing;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Real ciphertexts for the synthetic volume: encrypts a few thousand synthetic texts with Harbour's own
 * {@link FieldCipher}, under the demo keys the application generated in its data directory and with each column's
 * context, and writes them as a COPY into a temporary table {@code bench_cipher(kind, n, value)} that
 * {@code volume.sql} then spreads over its rows by number. A bulk row holds one of these values, so every label the
 * list decrypts, every note and every consent purpose decrypts like a value the application wrote itself.
 * Usage: {@code CaseCiphertexts <data dir> <output .sql>}. Seeded: the same texts every time (the nonces differ).
 */
public final class CaseCiphertexts {

    private static final String[] FIRST = {
        "Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Robin", "Charlie",
        "Dominique", "Camille", "Claude", "Maxime", "Noor", "Amara", "Mei", "Priya", "Tala", "Sienna", "Kai", "Ola"
    };
    private static final String[] WORDS = {
        "called back", "met at the office", "safety check done", "housing search continues", "court date moved",
        "interpreter booked", "counselling started", "missed appointment", "benefits application sent",
        "new phone given", "shelter bed confirmed", "follow-up next week", "legal clinic contacted",
        "medical visit", "school enrolment", "travel costs covered"
    };

    private CaseCiphertexts() {}

    public static void main(String[] args) throws IOException {
        FieldCipher cipher = new FieldCipher(demoRing(Path.of(args[0]).resolve("keys/demo-keys.properties")));
        Random random = new Random(17);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("create temporary table bench_cipher (kind text, n int, value bytea, primary key (kind, n));");
            out.println("copy bench_cipher (kind, n, value) from stdin;");
            for (int n = 0; n < 1000; n++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + (char) ('A' + random.nextInt(26)) + ".";
                row(out, "label", n, cipher.encrypt(name, "case_file.label"));
            }
            for (int n = 0; n < 100; n++) {
                row(out, "summary", n, cipher.encrypt(sentence(random, 3), "case_file.summary"));
            }
            for (int n = 0; n < 1000; n++) {
                row(out, "note", n, cipher.encrypt(sentence(random, 2 + random.nextInt(4)), "case_note.body"));
            }
            for (int n = 0; n < 20; n++) {
                row(out, "purpose", n, cipher.encrypt("Referral for " + WORDS[n % WORDS.length], "case_consent.purpose"));
            }
            out.println("\\.");
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder("Synthetic (benchmark):");
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? " " : "; ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    private static void row(PrintWriter out, String kind, int n, byte[] value) {
        // COPY's text format: a backslash is written twice, so the bytea's hex form starts with \\x
        out.println(kind + "\t" + n + "\t\\\\x" + HexFormat.of().formatHex(value));
    }

    /** The key ring of a demo data directory (keys=id:base64,..., active=id), as the application reads it. */
    private static KeyRing demoRing(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String last = null;
        for (String entry : p.getProperty("keys").split(",")) {
            String[] parts = entry.trim().split(":", 2);
            keys.put(parts[0], new SecretKeySpec(Base64.getDecoder().decode(parts[1].trim()), "AES"));
            last = parts[0];
        }
        String active = p.getProperty("active");
        return new KeyRing(keys, active == null || active.isBlank() ? last : active);
    }
}
