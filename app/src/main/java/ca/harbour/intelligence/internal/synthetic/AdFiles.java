package ca.harbour.intelligence.internal.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes synthetic ads in the import's formats (CSV with a header row, or JSON lines) and their ground truth as CSV
 * ({@code ad_id,network_id,phones}), streaming: each ad is written as it is made.
 */
public final class AdFiles {

    /** The import's columns, in order. */
    public static final String HEADER = "ad_id,site,posted_at,title,body,phones,emails,handles,city,price,image_hashes";

    public static final String TRUTH_HEADER = "ad_id,network_id,phones";

    /** The two formats the import reads. */
    public enum Format {
        CSV,
        JSONL
    }

    private AdFiles() {}

    /** Writes every ad of {@code ads} to {@code out}, and its truth to {@code truth} when one is given. */
    public static void write(SyntheticAds ads, Format format, OutputStream out, @Nullable OutputStream truth)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Writer t = truth == null ? null : new BufferedWriter(new OutputStreamWriter(truth, StandardCharsets.UTF_8));
        if (format == Format.CSV) {
            w.write(HEADER);
            w.write('\n');
        }
        if (t != null) {
            t.write(TRUTH_HEADER);
            t.write('\n');
        }
        try {
            ads.generate(ad -> {
                try {
                    w.write(format == Format.CSV ? csv(ad) : json(ad));
                    w.write('\n');
                    if (t != null) {
                        t.write(truth(ad));
                        t.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        if (t != null) {
            t.flush();
        }
    }

    /** One ad as a CSV row (RFC 4180 quoting; lists joined by semicolons). */
    public static String csv(SyntheticAd ad) {
        return String.join(
                ",",
                quote(ad.adId()),
                quote(ad.site()),
                ad.postedAt().toString(),
                quote(ad.title()),
                quote(ad.body()),
                quote(String.join(";", ad.phones())),
                quote(String.join(";", ad.emails())),
                quote(String.join(";", ad.handles())),
                quote(ad.city()),
                ad.price() == null ? "" : ad.price().toString(),
                quote(String.join(";", ad.imageHashes())));
    }

    /** One ad as a JSON object on one line, lists as arrays. */
    public static String json(SyntheticAd ad) {
        return "{\"ad_id\":" + string(ad.adId())
                + ",\"site\":" + string(ad.site())
                + ",\"posted_at\":" + string(ad.postedAt().toString())
                + ",\"title\":" + string(ad.title())
                + ",\"body\":" + string(ad.body())
                + ",\"phones\":" + array(ad.phones())
                + ",\"emails\":" + array(ad.emails())
                + ",\"handles\":" + array(ad.handles())
                + ",\"city\":" + string(ad.city())
                + ",\"price\":" + (ad.price() == null ? "null" : ad.price().toString())
                + ",\"image_hashes\":" + array(ad.imageHashes())
                + "}";
    }

    /** One ad's truth row: its id, its network's number (empty for an independent advertiser), its phones. */
    public static String truth(SyntheticAd ad) {
        return ad.adId() + "," + (ad.network() == null ? "" : ad.network().toString()) + ","
                + String.join(";", ad.truePhones());
    }

    private static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String array(List<String> values) {
        return values.stream().map(AdFiles::string).collect(Collectors.joining(",", "[", "]"));
    }

    private static String string(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * Writes {@code count} ads from {@code seed} to a file and their truth beside it.
     *
     * <p>Usage: {@code AdFiles <count> <seed> <ads.csv|ads.jsonl> <truth.csv>}; the format follows the extension.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: AdFiles <count> <seed> <ads.csv|ads.jsonl> <truth.csv>");
        }
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        Format format = out.toString().endsWith(".csv") ? Format.CSV : Format.JSONL;
        SyntheticAds ads = new SyntheticAds(seed, count);
        long started = System.nanoTime();
        try (OutputStream a = Files.newOutputStream(out);
                OutputStream t = Files.newOutputStream(Path.of(args[3]))) {
            write(ads, format, a, t);
        }
        System.out.printf(
                Locale.ROOT,
                "%d ads (%d planted networks) in %s, truth in %s, %.1f s%n",
                count,
                ads.networkCount(),
                out,
                args[3],
                (System.nanoTime() - started) / 1e9);
    }
}
