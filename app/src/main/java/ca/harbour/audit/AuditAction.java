package ca.harbour.audit;

/**
 * What was done. Reads, searches and exports of personal information are audited like changes;
 * {@code DENIED} is an attempt on a record the actor's scope refuses (answered as "not found").
 */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT, SECOND_FACTOR_FAILED,
    READ, SEARCH, EXPORT, CREATE, UPDATE, DEACTIVATE, REACTIVATE,
    PASSWORD_CHANGE, SECOND_FACTOR_ENROL, SECOND_FACTOR_RESET, VERIFY, REENCRYPT, EXCEPTION_GRANTED,
    DENIED
}
