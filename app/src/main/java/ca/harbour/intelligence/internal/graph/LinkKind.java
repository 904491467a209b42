package ca.harbour.intelligence.internal.graph;

/**
 * How two entities are linked: an ad or tip that names an identifier, two ads of one text template, or two
 * records the entity resolution found to be the same.
 */
public enum LinkKind {
    MENTIONS,
    NEAR_DUPLICATE,
    SAME_AS
}
