package ca.harbour.identity;

/** How far a permission reaches, from widest to narrowest. */
public enum Scope {
    /** Every record of the kind. */
    ALL,
    /** Records owned by the viewer's organization. */
    ORGANIZATION,
    /** Records assigned to the viewer (or that the viewer is). */
    ASSIGNED,
    /** None. */
    NONE;

    public Scope widest(Scope other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
