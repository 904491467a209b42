package ca.harbour.cases.internal.work;

/** How pressing a need is, from none to urgent. */
public enum NeedLevel {
    NONE,
    LOW,
    MODERATE,
    HIGH,
    URGENT;

    public boolean pressing() {
        return this == HIGH || this == URGENT;
    }
}
