package ca.harbour.care.internal;

/** Where a youth referral came from. */
public enum YouthSource {
    HOTLINE_CONTACT,
    AGENCY_CASE,
    SCHOOL,
    POLICE,
    OTHER
}
