package ca.harbour.intelligence.internal.graph;

import java.util.Locale;

/**
 * What an entity is. Identifiers are found by a keyed hash of their normalised value, under a context of their
 * own, so that the same text as a phone and as a handle are two entities.
 */
public enum EntityKind {
    PERSON,
    PHONE,
    EMAIL,
    HANDLE,
    PLATE,
    PLACE,
    AD,
    TIP;

    /** The {@code LookupHash} context of this kind's keys. */
    public String hashContext() {
        return "intel." + name().toLowerCase(Locale.ROOT);
    }

    /** The {@code FieldCipher} context of this kind's labels. */
    public static final String LABEL = "intel_entity.label";
}
