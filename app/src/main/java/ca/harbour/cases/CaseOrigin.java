package ca.harbour.cases;

/** How a case came to be: opened by a worker, from a hotline contact, or from an accepted referral. */
public enum CaseOrigin {
    DIRECT,
    CONTACT,
    REFERRAL
}
