package ca.harbour.linkage.model;

import java.util.Objects;

/**
 * A plain input record: its identifier and raw values in the order of the description's fields.
 * A missing value is {@code null} or blank.
 */
public record Record(String id, String[] values) {

    public Record {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(values, "values");
    }

    /** Raw value of field {@code f}. */
    public String value(int f) {
        return values[f];
    }
}
