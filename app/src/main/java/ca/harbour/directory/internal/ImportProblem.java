package ca.harbour.directory.internal;

import java.util.List;

/**
 * One thing wrong in an import file: where (file, 1-based row or record, field) and what, as a
 * message key with arguments, translated into the reader's language when the report is shown.
 */
public record ImportProblem(String file, int row, String field, String messageKey, List<Object> args) {
    public ImportProblem {
        args = List.copyOf(args);
    }
}
