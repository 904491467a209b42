package ca.harbour.intelligence.internal.ads;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs in one ad's text that an analyst may want to look at, each with the words (from our own fixed vocabulary,
 * English and French) that raise it. Written in our own words after the public indicator lists of the Polaris
 * Project ("Recognizing the signs"), the Canadian Centre to End Human Trafficking ("Signs of human trafficking")
 * and the RCMP's human trafficking awareness material. A flag is a reason to look, never a finding. Signs that
 * need several ads (one phone in many ads, one text in many cities) are computed after clustering, not here.
 */
public enum Indicator {
    /** An age under 18 is mentioned, or words that stress youth. */
    POSSIBLE_MINOR(List.of(
            "barely legal",
            "just turned 18",
            "teen",
            "teenager",
            "schoolgirl",
            "school girl",
            "young and fresh",
            "fresh young",
            "very young",
            "tout juste 18",
            "a peine majeure",
            "ado",
            "adolescente",
            "jeunette",
            "toute jeune",
            "ecoliere")),
    /** Someone else seems to speak for, book or manage the person. */
    THIRD_PARTY(List.of(
            "our girls",
            "my girls",
            "just ask for",
            "please ask for",
            "call and ask for",
            "we offer",
            "book with my",
            "booking through",
            "my manager",
            "my driver",
            "text my friend",
            "call my friend",
            "new girls every week",
            "nos filles",
            "mes filles",
            "demandez",
            "reservez avec",
            "mon gerant",
            "mon chauffeur",
            "nouvelles filles")),
    /** The person seems to be moved from place to place. */
    MOVEMENT(List.of(
            "new in town",
            "just arrived",
            "on tour",
            "touring",
            "visiting",
            "last days",
            "last day",
            "leaving soon",
            "here for",
            "only in town",
            "nouvelle en ville",
            "de passage",
            "en tournee",
            "juste arrivee",
            "derniers jours",
            "dernier jour",
            "je pars bientot")),
    /** Round-the-clock availability, or being kept at a hotel or a set address. */
    RESTRICTED_AVAILABILITY(List.of(
            "24 7",
            "24h",
            "24 hrs",
            "24 hours",
            "24 hr",
            "anytime",
            "incall",
            "in call",
            "outcall",
            "out call",
            "hotel",
            "motel",
            "car dates",
            "no limits",
            "no limit",
            "disponible 24h",
            "jour et nuit",
            "a lhotel",
            "hotel room",
            "chambre dhotel",
            "sans limites")),
    /** A price far below the usual, or words that push a low price. */
    PRICE_ANOMALY(List.of(
            "cheap",
            "special price",
            "specials",
            "discount",
            "two for one",
            "2 for 1",
            "pas cher",
            "rabais",
            "prix special",
            "aubaine"));

    /** A price (per visit, as written) below this is unusual enough to flag. */
    public static final BigDecimal LOW_PRICE = new BigDecimal("60");

    /** Evidence code for an age under 18 (the age itself is stored in the ad's ages). */
    public static final String AGE_UNDER_18 = "age<18";

    /** Evidence code for an ad that names several cities. */
    public static final String SEVERAL_CITIES = "cities>1";

    /** Evidence code for a price below {@link #LOW_PRICE}. */
    public static final String LOW_PRICE_CODE = "price<60";

    private final List<String> words;

    Indicator(List<String> words) {
        this.words = words;
    }

    public List<String> words() {
        return words;
    }

    /**
     * The flags raised by an ad, each with what raised it: vocabulary words found in {@code folded} (the title and
     * body, {@link CanadianCities#fold folded}), and codes for ages, cities and prices.
     */
    public static Map<Indicator, List<String>> flags(String folded, Extraction extraction, BigDecimal price) {
        String padded = " " + folded + " ";
        Map<Indicator, List<String>> out = new LinkedHashMap<>();
        for (Indicator indicator : values()) {
            List<String> hits = new ArrayList<>();
            for (String word : indicator.words) {
                if (padded.contains(" " + word + " ")) {
                    hits.add(word);
                }
            }
            switch (indicator) {
                case POSSIBLE_MINOR -> {
                    if (extraction.ages().stream().anyMatch(a -> a < 18)) {
                        hits.add(0, AGE_UNDER_18);
                    }
                }
                case MOVEMENT -> {
                    if (extraction.cities().size() > 1) {
                        hits.add(SEVERAL_CITIES);
                    }
                }
                case PRICE_ANOMALY -> {
                    BigDecimal lowest = price;
                    for (BigDecimal p : extraction.prices()) {
                        lowest = lowest == null || p.compareTo(lowest) < 0 ? p : lowest;
                    }
                    if (lowest != null && lowest.signum() > 0 && lowest.compareTo(LOW_PRICE) < 0) {
                        hits.add(0, LOW_PRICE_CODE);
                    }
                }
                default -> {}
            }
            if (!hits.isEmpty()) {
                out.put(indicator, List.copyOf(hits));
            }
        }
        return out;
    }
}
