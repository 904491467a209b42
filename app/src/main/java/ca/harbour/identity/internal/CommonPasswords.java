package ca.harbour.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The public list of common and breached passwords bundled with Harbour
 * ({@code identity/common-passwords.txt.gz}, see its licence file beside it), lowercased, held as a
 * sorted array of 64-bit hashes: about 3.5 MB instead of some 40 MB as strings, and a look-up is one
 * binary search. A hash collision can only refuse a password that is not on the list, with odds of about
 * one in 4 × 10^13 per password. Loaded once, on first use; thread-safe.
 */
final class CommonPasswords {

    static final String RESOURCE = "/identity/common-passwords.txt.gz";

    private CommonPasswords() {}

    /** True when the lowercased password is on the list. */
    static boolean contains(String lowercase) {
        return Arrays.binarySearch(Holder.HASHES, hash(lowercase)) >= 0;
    }

    /** How many distinct (lowercased) passwords the list holds. */
    static int size() {
        return Holder.HASHES.length;
    }

    /** FNV-1a over the UTF-8 bytes: fast, well spread, and the same on every run. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The lazy holder idiom: the list is read by the first check, once, whichever thread comes first. */
    private static final class Holder {
        static final long[] HASHES = load();

        private static long[] load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The common password list " + RESOURCE + " is missing");
                }
                BufferedReader lines = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
                long[] hashes = new long[1 << 19];
                int n = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    if (n == hashes.length) {
                        hashes = Arrays.copyOf(hashes, n * 2);
                    }
                    hashes[n++] = hash(line.toLowerCase(Locale.ROOT));
                }
                Arrays.sort(hashes, 0, n);
                int distinct = 0;
                for (int i = 0; i < n; i++) {
                    if (distinct == 0 || hashes[i] != hashes[distinct - 1]) {
                        hashes[distinct++] = hashes[i];
                    }
                }
                return Arrays.copyOf(hashes, distinct);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the common password list " + RESOURCE, e);
            }
        }
    }
}
