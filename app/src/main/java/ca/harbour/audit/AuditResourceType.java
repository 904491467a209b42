package ca.harbour.audit;

/**
 * A kind of record that a module writes audit rows about ({@code name}, as passed to {@link Audit}), with the
 * message key of its human label. Declared as beans by each module; the audit log page filters and labels
 * rows by them.
 */
public record AuditResourceType(String name, String labelKey) {

    public AuditResourceType {
        if (name == null || !name.matches("[a-z][a-z_.]*")) {
            throw new IllegalArgumentException("an audit resource type is named in lower case, not " + name);
        }
        if (labelKey == null || labelKey.isBlank()) {
            throw new IllegalArgumentException("audit resource type " + name + " needs a label key");
        }
    }

    public static AuditResourceType of(String name, String labelKey) {
        return new AuditResourceType(name, labelKey);
    }
}
