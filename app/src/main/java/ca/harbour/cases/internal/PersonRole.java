package ca.harbour.cases.internal;

/** A person's part in a case. Suspected traffickers are kept apart: only some roles may see them. */
public enum PersonRole {
    SURVIVOR,
    FAMILY_MEMBER,
    CAREGIVER,
    SUSPECTED_TRAFFICKER,
    OTHER;

    /** True for the people shown only with the sensitive-people permission. */
    public boolean sensitive() {
        return this == SUSPECTED_TRAFFICKER;
    }
}
