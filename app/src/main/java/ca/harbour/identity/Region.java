package ca.harbour.identity;

/** Ontario's regions as the strategy reports on them. */
public enum Region {
    TORONTO,
    CENTRAL,
    EAST,
    WEST,
    NORTHEAST,
    NORTHWEST,
    PROVINCE_WIDE
}
