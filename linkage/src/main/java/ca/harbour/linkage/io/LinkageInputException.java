package ca.harbour.linkage.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Bad input data or description. The message names the file and, where known, the row and column, and is
 * written in any locale the linkage module has texts for ({@link #message}): {@link #getMessage} is English,
 * {@link #getLocalizedMessage} follows the JVM's default locale.
 */
public class LinkageInputException extends RuntimeException {
    private final String file;
    private final long row;
    private final String column;
    private final String key;
    private final transient Object[] args;

    private LinkageInputException(String file, long row, String column, String key, Object[] args) {
        this.file = file;
        this.row = row;
        this.column = column;
        this.key = key;
        this.args = args.clone();
    }

    /** A problem with no place in a file: the text of {@code key} (see {@link Messages}) with {@code args}. */
    public static LinkageInputException of(String key, Object... args) {
        return new LinkageInputException(null, 0, null, key, args);
    }

    /** A problem at a place: {@code file}, and {@code row} (when above 0) and {@code column} (when not null). */
    public static LinkageInputException at(String file, long row, String column, String key, Object... args) {
        return new LinkageInputException(file, row, column, key, args);
    }

    /** A file that could not be read: "no such file" when it is not there, else the system's reason. */
    public static LinkageInputException unreadable(String file, IOException e) {
        LinkageInputException x = e instanceof NoSuchFileException
                ? at(file, 0, null, "file.missing")
                : at(file, 0, null, "file.unreadable", e.getMessage());
        return x.causedBy(e);
    }

    /** This exception, with {@code cause} recorded. */
    public LinkageInputException causedBy(Throwable cause) {
        initCause(cause);
        return this;
    }

    /** The message in {@code locale}: "file, row 3, column 'dob': what is wrong". */
    public String message(Locale locale) {
        String what = Messages.text(locale, key, args);
        if (file == null) {
            return what;
        }
        StringBuilder b = new StringBuilder(file);
        if (row > 0) {
            b.append(Messages.text(locale, "at.row", row));
        }
        if (column != null) {
            b.append(Messages.text(locale, "at.column", column));
        }
        return b.append(Messages.text(locale, "at.separator")).append(what).toString();
    }

    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
