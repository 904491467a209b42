package ca.harbour.intelligence.internal.ads;

import org.jspecify.annotations.Nullable;

/**
 * Why one line of an import was not imported: its line number, a code and the field at fault, never the line's
 * content. The code's text is the message {@code intelligence.ads.problem.<code>}.
 */
public record LineProblem(long line, String code, @Nullable String field) {

    public static final String MISSING_ID = "missingId";
    public static final String MISSING_SITE = "missingSite";
    public static final String BAD_DATE = "badDate";
    public static final String TOO_LONG = "tooLong";
    public static final String LINE_TOO_LONG = "lineTooLong";
    public static final String ENCODING = "encoding";
    public static final String MALFORMED_JSON = "malformedJson";
    public static final String COLUMN_COUNT = "columnCount";
    public static final String BAD_PRICE = "badPrice";
    public static final String UNCLOSED_QUOTE = "unclosedQuote";
}
