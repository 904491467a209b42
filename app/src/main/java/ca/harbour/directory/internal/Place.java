package ca.harbour.directory.internal;

import ca.harbour.identity.Region;

/** An Ontario town, neighbourhood or postal code area (named by its FSA) with its coordinates (GeoNames, CC BY 4.0). */
public record Place(String name, double latitude, double longitude, Region region) {}
