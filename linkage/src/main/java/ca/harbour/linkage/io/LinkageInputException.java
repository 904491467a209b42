package ca.harbour.linkage.io;

/** Bad input data or description; the message names the file and, where known, the row and column. */
public class LinkageInputException extends RuntimeException {

    public LinkageInputException(String message) {
        super(message);
    }

    public LinkageInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Builds "file:row:column: message" style messages (row and column omitted when unknown). */
    public static LinkageInputException at(String file, long row, String column, String message) {
        StringBuilder b = new StringBuilder(file);
        if (row > 0) {
            b.append(", row ").append(row);
        }
        if (column != null) {
            b.append(", column '").append(column).append('\'');
        }
        return new LinkageInputException(b.append(": ").append(message).toString());
    }
}
