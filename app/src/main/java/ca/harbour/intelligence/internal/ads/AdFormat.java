package ca.harbour.intelligence.internal.ads;

import java.util.Locale;
import java.util.Optional;

/** The two file formats an ad import reads. */
public enum AdFormat {
    CSV,
    JSONL;

    /** The format a request's content type or a file's name names, if it names one. */
    public static Optional<AdFormat> of(String contentTypeOrName) {
        String s = contentTypeOrName == null ? "" : contentTypeOrName.toLowerCase(Locale.ROOT);
        if (s.startsWith("text/csv") || s.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (s.startsWith("application/x-ndjson")
                || s.startsWith("application/jsonl")
                || s.startsWith("application/x-jsonlines")
                || s.endsWith(".jsonl")
                || s.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        return Optional.empty();
    }
}
