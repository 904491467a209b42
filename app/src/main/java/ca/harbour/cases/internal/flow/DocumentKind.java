package ca.harbour.cases.internal.flow;

/** What a case document is. */
public enum DocumentKind {
    ID_DOCUMENT,
    CONSENT_FORM,
    COURT_DOCUMENT,
    MEDICAL,
    OTHER
}
