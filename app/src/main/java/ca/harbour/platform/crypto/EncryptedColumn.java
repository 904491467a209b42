package ca.harbour.platform.crypto;

/**
 * A column holding {@link FieldCipher} ciphertexts, declared as a bean by the module that owns
 * the table so the re-encryption job can move it to the active key. Names are SQL identifiers
 * chosen by the code, never by users. {@code batchSize} is how many values the job holds in memory
 * at once: small for columns of large values (whole files), {@link #BATCH} for fields.
 */
public record EncryptedColumn(String table, String idColumn, String column, String context, int batchSize) {

    /** The batch of a column of short fields. */
    public static final int BATCH = 500;

    public EncryptedColumn(String table, String idColumn, String column, String context) {
        this(table, idColumn, column, context, BATCH);
    }

    public EncryptedColumn {
        if (batchSize < 1 || batchSize > BATCH) {
            throw new IllegalArgumentException("A batch holds 1 to " + BATCH + " values: " + batchSize);
        }
        for (String name : new String[] {table, idColumn, column}) {
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
            }
        }
    }
}
