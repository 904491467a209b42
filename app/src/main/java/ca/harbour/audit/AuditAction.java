package ca.harbour.audit;

/**
 * What was done: one closed vocabulary of verbs that every module shares, so that a new module adds no
 * action here. A module says what it acted on through its contributed {@link AuditResourceType} and, where
 * a verb needs detail, through the row's reason in fixed words. Reads, searches and exports of personal
 * information are audited like changes; {@code DENIED} is an attempt on a record the actor's scope refuses
 * (answered as "not found"). The sign-in, second-factor, password and re-encryption verbs belong to the
 * platform every module runs on; {@code EXCEPTION_GRANTED} is any rule's exception allowed by a person
 * (a consent exception today, break-glass access tomorrow).
 */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    SIGN_OUT,
    SECOND_FACTOR_FAILED,
    READ,
    SEARCH,
    EXPORT,
    CREATE,
    UPDATE,
    DEACTIVATE,
    REACTIVATE,
    PASSWORD_CHANGE,
    SECOND_FACTOR_ENROL,
    SECOND_FACTOR_RESET,
    VERIFY,
    REENCRYPT,
    EXCEPTION_GRANTED,
    DENIED
}
