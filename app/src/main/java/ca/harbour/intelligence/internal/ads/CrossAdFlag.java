package ca.harbour.intelligence.internal.ads;

/**
 * Indicator flags no single ad shows, added after clustering to the ads a shared phone or text template reaches.
 * Their evidence is numbers, not words: each flag's message takes them in the order of their names (ads, cities,
 * days), as {@link FlagEvidence} gives them.
 */
public enum CrossAdFlag {
    /** Many ads share one phone number (evidence: ads). */
    MANY_ADS_ONE_PHONE,
    /** The same text template in many cities (evidence: ads, cities). */
    TEMPLATE_MANY_CITIES,
    /** One phone in several cities over weeks (evidence: cities, days). */
    MOVES_BETWEEN_CITIES
}
