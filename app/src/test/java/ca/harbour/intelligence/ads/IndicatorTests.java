package ca.harbour.intelligence.ads;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.internal.ads.AdExtractor;
import ca.harbour.intelligence.internal.ads.AdRecord;
import ca.harbour.intelligence.internal.ads.CanadianCities;
import ca.harbour.intelligence.internal.ads.Indicator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each indicator flag, the words that raise it, and texts that must not raise it. */
class IndicatorTests {

    private Map<Indicator, List<String>> flags(String text, String price) {
        Map<String, Object> fields = price == null
                ? Map.of("ad_id", "1", "site", "s", "body", text)
                : Map.of("ad_id", "1", "site", "s", "body", text, "price", price);
        AdRecord ad = ((AdRecord.Ok) AdRecord.check(1, fields)).ad();
        return Indicator.flags(CanadianCities.fold(text), new AdExtractor().extract(ad), ad.price());
    }

    private Map<Indicator, List<String>> flags(String text) {
        return flags(text, null);
    }

    @Test
    void anAgeUnder18OrYouthWordsFlagAPossibleMinor() {
        assertThat(flags("sweet 16 yo").get(Indicator.POSSIBLE_MINOR)).containsExactly(Indicator.AGE_UNDER_18);
        assertThat(flags("barely legal and fresh").get(Indicator.POSSIBLE_MINOR))
                .containsExactly("barely legal");
        assertThat(flags("toute jeune, à peine majeure").get(Indicator.POSSIBLE_MINOR))
                .containsExactly("a peine majeure", "toute jeune");
    }

    @Test
    void anAdultAgeAndOrdinaryWordsDoNotFlagAMinor() {
        assertThat(flags("22 yrs, mature and classy")).doesNotContainKey(Indicator.POSSIBLE_MINOR);
        assertThat(flags("steen street studio")).doesNotContainKey(Indicator.POSSIBLE_MINOR);
    }

    @Test
    void someoneElseSpeakingForThePersonFlagsThirdPartyControl() {
        assertThat(flags("Our girls are ready, just ask for Amy").get(Indicator.THIRD_PARTY))
                .containsExactly("our girls", "just ask for");
        assertThat(flags("Réservez avec mon gérant").get(Indicator.THIRD_PARTY))
                .containsExactly("reservez avec", "mon gerant");
        assertThat(flags("I ask for respect")).doesNotContainKey(Indicator.THIRD_PARTY);
        assertThat(flags("my girlfriends say hi")).doesNotContainKey(Indicator.THIRD_PARTY);
    }

    @Test
    void newInTownOrSeveralCitiesFlagMovement() {
        assertThat(flags("New in town! Just arrived").get(Indicator.MOVEMENT))
                .containsExactly("new in town", "just arrived");
        assertThat(flags("Toronto this week, Ottawa next").get(Indicator.MOVEMENT))
                .containsExactly(Indicator.SEVERAL_CITIES);
        assertThat(flags("de passage à Laval").get(Indicator.MOVEMENT)).containsExactly("de passage");
        assertThat(flags("living in Toronto for years")).doesNotContainKey(Indicator.MOVEMENT);
    }

    @Test
    void roundTheClockOrHotelFlagsRestrictedAvailability() {
        assertThat(flags("available 24/7, incall at the hotel").get(Indicator.RESTRICTED_AVAILABILITY))
                .containsExactly("24 7", "incall", "hotel");
        assertThat(flags("disponible jour et nuit").get(Indicator.RESTRICTED_AVAILABILITY))
                .containsExactly("jour et nuit");
        assertThat(flags("available weekdays 9 to 5")).doesNotContainKey(Indicator.RESTRICTED_AVAILABILITY);
    }

    @Test
    void aVeryLowPriceOrDiscountWordsFlagAPriceAnomaly() {
        assertThat(flags("only $40 tonight").get(Indicator.PRICE_ANOMALY)).containsExactly(Indicator.LOW_PRICE_CODE);
        assertThat(flags("nice", "35").get(Indicator.PRICE_ANOMALY)).containsExactly(Indicator.LOW_PRICE_CODE);
        assertThat(flags("cheap rates, two for one").get(Indicator.PRICE_ANOMALY))
                .containsExactly("cheap", "two for one");
        assertThat(flags("$200 per hour", "200")).doesNotContainKey(Indicator.PRICE_ANOMALY);
    }

    @Test
    void everyIndicatorHasWordsInBothLanguagesAlreadyFolded() {
        for (Indicator i : Indicator.values()) {
            assertThat(i.words()).isNotEmpty();
            for (String w : i.words()) {
                assertThat(CanadianCities.fold(w)).as(i + " " + w).isEqualTo(w);
            }
        }
    }
}
