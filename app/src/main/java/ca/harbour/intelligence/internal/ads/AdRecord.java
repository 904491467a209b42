package ca.harbour.intelligence.internal.ads;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One ad as read from an import line, checked against the limits: the site and the ad's id at the site are
 * required, texts have maximum lengths, the date and the price must parse. Lists are already split.
 */
public record AdRecord(
        long line,
        String site,
        String sourceId,
        @Nullable Instant postedAt,
        String title,
        String body,
        List<String> phones,
        List<String> emails,
        List<String> handles,
        @Nullable String city,
        @Nullable BigDecimal price,
        List<String> imageHashes) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_ID = 200;
    public static final int MAX_SHORT = 200;
    public static final int MAX_LIST = 50;

    /** The columns (CSV header names and JSON keys) an import knows. */
    public static final List<String> COLUMNS = List.of(
            "ad_id",
            "site",
            "posted_at",
            "title",
            "body",
            "phones",
            "emails",
            "handles",
            "city",
            "price",
            "image_hashes");

    private static final ZoneId LOCAL = ZoneId.of("America/Toronto");

    /** The outcome of checking a line: an ad, or the one problem that keeps it out. */
    public sealed interface Checked permits Ok, Refused {}

    public record Ok(AdRecord ad) implements Checked {}

    public record Refused(LineProblem problem) implements Checked {}

    /** Checks the fields read from line {@code line}: strings for single values, lists or strings for lists. */
    public static Checked check(long line, Map<String, Object> fields) {
        String id = text(fields.get("ad_id"));
        if (id.isEmpty()) {
            return refused(line, LineProblem.MISSING_ID, "ad_id");
        }
        String site = text(fields.get("site")).toLowerCase(Locale.ROOT);
        if (site.isEmpty()) {
            return refused(line, LineProblem.MISSING_SITE, "site");
        }
        if (id.length() > MAX_ID) {
            return refused(line, LineProblem.TOO_LONG, "ad_id");
        }
        if (site.length() > MAX_SHORT) {
            return refused(line, LineProblem.TOO_LONG, "site");
        }
        String title = text(fields.get("title"));
        if (title.length() > MAX_TITLE) {
            return refused(line, LineProblem.TOO_LONG, "title");
        }
        String body = text(fields.get("body"));
        if (body.length() > MAX_BODY) {
            return refused(line, LineProblem.TOO_LONG, "body");
        }
        String city = text(fields.get("city"));
        if (city.length() > MAX_SHORT) {
            return refused(line, LineProblem.TOO_LONG, "city");
        }
        Instant posted;
        try {
            posted = date(text(fields.get("posted_at")));
        } catch (DateTimeParseException e) {
            return refused(line, LineProblem.BAD_DATE, "posted_at");
        }
        BigDecimal price = null;
        String priceText =
                text(fields.get("price")).replace("$", "").replace(",", ".").strip();
        if (!priceText.isEmpty()) {
            try {
                price = new BigDecimal(priceText);
            } catch (NumberFormatException e) {
                return refused(line, LineProblem.BAD_PRICE, "price");
            }
            if (price.signum() < 0 || price.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0 || price.scale() > 2) {
                return refused(line, LineProblem.BAD_PRICE, "price");
            }
        }
        List<List<String>> lists = new ArrayList<>();
        for (String column : List.of("phones", "emails", "handles", "image_hashes")) {
            List<String> values = list(fields.get(column));
            if (values.size() > MAX_LIST || values.stream().anyMatch(v -> v.length() > MAX_SHORT)) {
                return refused(line, LineProblem.TOO_LONG, column);
            }
            lists.add(values);
        }
        return new Ok(new AdRecord(
                line,
                site,
                id,
                posted,
                title,
                body,
                lists.get(0),
                lists.get(1),
                lists.get(2),
                city.isEmpty() ? null : city,
                price,
                lists.get(3)));
    }

    /** SHA-256 of the normalised fields: the same ad read again has the same hash. */
    public byte[] contentHash() {
        StringBuilder b = new StringBuilder();
        for (Object part : List.of(
                site,
                sourceId,
                postedAt == null ? "" : postedAt.toString(),
                title,
                body,
                String.join("|", phones),
                String.join("|", emails),
                String.join("|", handles),
                city == null ? "" : city,
                price == null ? "" : price.stripTrailingZeros().toPlainString(),
                String.join("|", imageHashes))) {
            b.append(part).append('\u0000');
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Refused refused(long line, String code, String field) {
        return new Refused(new LineProblem(line, code, field));
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        return value.toString().strip();
    }

    /** A list column: a list as given, or a string split at semicolons and bars; blanks dropped. */
    static List<String> list(@Nullable Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> values) {
            for (Object v : values) {
                String s = text(v);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        } else if (value != null) {
            for (String s : value.toString().split("[;|]")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /** An instant, a date-time with an offset, a local date-time or a date (local ones in Ontario's zone). */
    static @Nullable Instant date(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).atZone(LOCAL).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        return LocalDate.parse(s).atStartOfDay(LOCAL).toInstant();
    }
}
