package ca.harbour.identity;

/**
 * Authorities held during sign-in. Until {@link #SIGNED_IN} is granted, only the page of the
 * pending step is reachable.
 */
public final class SignInStep {
    public static final String SIGNED_IN = "SIGNED_IN";
    public static final String SECOND_FACTOR = "STEP_SECOND_FACTOR";
    public static final String PASSWORD_CHANGE = "STEP_PASSWORD_CHANGE";
    public static final String ENROL = "STEP_ENROL";

    private SignInStep() {}
}
