package ca.harbour.platform.domain;

/**
 * Thrown by an application service when a rule refused the request, so that its transaction is
 * rolled back and nothing changes; the web layer maps it once, to Problem Details (API, status 400)
 * or to the form's error summary (pages). Not an error: it is never logged as one.
 */
public class Rejected extends RuntimeException {

    private final transient Rejection rejection;

    public Rejected(Rejection rejection) {
        super(rejection.messageKey(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
