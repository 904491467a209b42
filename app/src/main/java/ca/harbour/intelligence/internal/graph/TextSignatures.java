package ca.harbour.intelligence.internal.graph;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * MinHash signatures of an ad's text with its identifiers masked, so that two ads of one template compare alike
 * whatever phone, e-mail or handle each carries; and the LSH band keys that find such ads without comparing all.
 * Plain Java, no state.
 */
public final class TextSignatures {

    /** Hash functions of a signature: 64 give an estimated Jaccard within about 0.06 of the true one. */
    public static final int HASHES = 64;

    /**
     * Bands of {@link #ROWS} values over the first 32 hashes: two ads with Jaccard 0.8 share a band 98% of the
     * time, with 0.6 77%, with 0.3 6% (a chance 1 - (1 - J^4)^8); candidates are then estimated on all 64 and
     * verified on their shingles.
     */
    public static final int BANDS = 8;

    public static final int ROWS = 4;

    /** Shingles of two words: an edited word changes two shingles, so a template with a few edits stays close. */
    static final int SHINGLE = 2;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> NUMBER_WORDS = Set.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh", "zéro", "un", "deux",
            "trois", "quatre", "cinq", "sept", "huit", "neuf");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + i * 0xBF58476D1CE4E5B9L);
            SEEDS[i] = s;
        }
    }

    private TextSignatures() {}

    /**
     * The words of a text lowercased, with e-mails, links, handles, numbers and spelled-out digits each masked as
     * one token (a run of them as one), so a phone written as digits or as words leaves the same trace.
     */
    public static List<String> words(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        // most ads have no @ and no link: the masks are looked for only where they can match
        if (t.indexOf('@') >= 0) {
            t = EMAIL.matcher(t).replaceAll(" xemailx ");
        }
        if (t.contains("http") || t.contains("www.")) {
            t = URL.matcher(t).replaceAll(" xlinkx ");
        }
        if (t.indexOf('@') >= 0) {
            t = HANDLE.matcher(t).replaceAll(" xhandlex ");
        }
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(t);
        while (m.find()) {
            String w = m.group();
            boolean number = NUMBER_WORDS.contains(w) || hasDigit(w);
            String token = number ? "xnumx" : w;
            if (!(number && !out.isEmpty() && out.get(out.size() - 1).equals(token))) {
                out.add(token);
            }
        }
        return out;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text of an ad that is signed: its title and body joined by a space (a missing one as empty). */
    public static String adText(@Nullable String title, @Nullable String body) {
        return (title == null ? "" : title) + " " + (body == null ? "" : body);
    }

    /**
     * What an ad's text is compared by: its MinHash values ({@link #HASHES}), which find candidates through their
     * bands and estimate their likeness, and its shingles (32-bit hashes, sorted, each once), whose exact Jaccard
     * decides. The estimate alone is not enough at scale: among a million ads drawn from shared phrases, tens of
     * thousands of unrelated pairs pass an estimate of 0.5 whose shingles share only 0.3 to 0.5, and a few such
     * links join whole networks into one cluster.
     */
    public record Signature(int[] minhash, int[] shingles) {}

    /** The signature of a text, or null when it has too few words to say anything (fewer than three). */
    public static @Nullable Signature sign(String text) {
        List<String> words = words(text);
        if (words.size() < 3) {
            return null;
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = mix(
                    words.get(i).hashCode() * 0xC2B2AE3D27D4EB4FL + words.get(i).length());
        }
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int[] shingles = new int[wordHashes.length - SHINGLE + 1];
        for (int i = 0; i + SHINGLE <= wordHashes.length; i++) {
            long shingle = mix(wordHashes[i] * 31 + wordHashes[i + 1]);
            shingles[i] = (int) (shingle >>> 32);
            for (int h = 0; h < HASHES; h++) {
                int v = (int) (mix(shingle ^ SEEDS[h]) >>> 33);
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return new Signature(sig, distinctSorted(shingles));
    }

    private static int[] distinctSorted(int[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (n == 0 || values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }

    /** The Jaccard similarity of two sets of shingles (each sorted, each value once). */
    public static double jaccard(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int same = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                same++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - same;
        return union == 0 ? 0 : (double) same / union;
    }

    /** The share of equal MinHash values of two signatures: an estimate of the Jaccard similarity of their shingles. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** The band keys of a signature within one police service. */
    public static long[] bands(UUID policeOrg, int[] sig) {
        long org = mix(policeOrg.getMostSignificantBits() ^ mix(policeOrg.getLeastSignificantBits()));
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(org + b);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    /** Values (MinHash or shingles) as bytes, four each. */
    public static byte[] pack(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        for (int v : values) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    public static int[] unpack(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] values = new int[bytes.length / 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getInt();
        }
        return values;
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
