package ca.harbour.identity;

/** The kinds of organization that take part in the strategy. */
public enum OrganizationType {
    HOTLINE,
    SERVICE_PROVIDER,
    CHILDRENS_AID_SOCIETY,
    POLICE_SERVICE,
    INDIGENOUS_ORGANIZATION,
    MINISTRY,
    OTHER
}
