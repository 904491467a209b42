package ca.harbour.platform.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Writes an exception into the log as its types and stack frames, never its messages. A message can quote what a
 * request carried (a database constraint names the value it refused, a parser quotes the text it could not read),
 * and a log cannot be erased the way a record can, so personal data must not reach it. The frames and the
 * incident id in the log line are enough to find the fault; the value that caused it is in the record, under
 * the access rules.
 *
 * <p>Registered in {@code logback-spring.xml} as {@code %harbourEx} and chosen by
 * {@code logging.exception-conversion-word}.
 */
public class MessageFreeThrowableConverter extends ThrowableHandlingConverter {

    /** Enough frames of each exception to find where it was thrown and through which of our calls. */
    static final int FRAMES = 40;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return CoreConstants.EMPTY_STRING;
        }
        StringBuilder out = new StringBuilder();
        write(out, thrown, "", 0);
        return out.toString();
    }

    private static void write(StringBuilder out, IThrowableProxy thrown, String prefix, int depth) {
        out.append(CoreConstants.LINE_SEPARATOR)
                .append(prefix)
                .append(thrown.getClassName())
                .append(thrown.getMessage() == null ? "" : ": (message withheld)");
        StackTraceElementProxy[] frames = thrown.getStackTraceElementProxyArray();
        int shown = Math.min(frames.length, FRAMES);
        for (int i = 0; i < shown; i++) {
            out.append(CoreConstants.LINE_SEPARATOR).append("\tat ").append(frames[i].getStackTraceElement());
        }
        if (frames.length > shown) {
            out.append(CoreConstants.LINE_SEPARATOR)
                    .append("\t... ")
                    .append(frames.length - shown)
                    .append(" more");
        }
        if (depth >= 10) {
            return; // a cycle of causes, or a chain nobody reads
        }
        for (IThrowableProxy suppressed :
                thrown.getSuppressed() == null ? new IThrowableProxy[0] : thrown.getSuppressed()) {
            write(out, suppressed, "Suppressed: ", depth + 1);
        }
        if (thrown.getCause() != null) {
            write(out, thrown.getCause(), "Caused by: ", depth + 1);
        }
    }
}
