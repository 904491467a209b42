package ca.harbour.platform.crypto;

/**
 * A column holding {@link FieldCipher} ciphertexts, declared as a bean by the module that owns
 * the table so the re-encryption job can move it to the active key. Names are SQL identifiers
 * chosen by the code, never by users.
 */
public record EncryptedColumn(String table, String idColumn, String column, String context) {
    public EncryptedColumn {
        for (String name : new String[] {table, idColumn, column}) {
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
            }
        }
    }
}
