package ca.harbour.intelligence.ads;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.internal.ads.AdExtractor;
import ca.harbour.intelligence.internal.ads.AdRecord;
import ca.harbour.intelligence.internal.ads.CanadianCities;
import ca.harbour.intelligence.internal.ads.Extraction;
import ca.harbour.intelligence.internal.ads.Extraction.Found;
import ca.harbour.intelligence.internal.ads.Extraction.How;
import ca.harbour.intelligence.internal.ads.Extraction.Where;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.synthetic.SyntheticAds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the extraction finds in an ad's text: phones in many written forms, e-mails, handles, ages and cities. */
class AdExtractorTests {

    private final AdExtractor extractor = new AdExtractor();

    private Extraction body(String text) {
        AdRecord.Checked checked = AdRecord.check(1, Map.of("ad_id", "1", "site", "s", "body", text));
        return extractor.extract(((AdRecord.Ok) checked).ad());
    }

    private List<String> found(String text, EntityKind kind) {
        return body(text).identifiers().stream()
                .filter(f -> f.kind() == kind)
                .map(Found::normalised)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "call 416-555-0123 tonight",
                "416.555.0123",
                "(416) 555 0123",
                "+1 416 555 0123",
                "1-416-555-0123",
                "4165550123",
                "four one six 555 o1two3",
                "four one six five five five zero one two three",
                "quatre un six cinq cinq cinq zéro un deux trois",
                "4one6 555 0l23",
                "4\uFE0F\u20E31\uFE0F\u20E36\uFE0F\u20E3 555 0123",
                "416\uD83D\uDD25555\uD83D\uDD250123",
                "text me at 416 555 0123 ext 12",
                "tel:416 555 0123!",
                "two 416 555 0123"
            })
    void everyWrittenFormOfOneNumberIsTheSameE164(String text) {
        assertThat(found(text, EntityKind.PHONE)).containsExactly("+14165550123");
    }

    @Test
    void howAPhoneWasWrittenIsKept() {
        assertThat(body("416-555-0123").identifiers().get(0).how()).isEqualTo(How.PLAIN);
        assertThat(body("416 555 O123").identifiers().get(0).how()).isEqualTo(How.OBFUSCATED);
        assertThat(body("four one six 555 0123").identifiers().get(0).how()).isEqualTo(How.SPELLED);
        assertThat(body("416 555 0123").identifiers().get(0).where()).isEqualTo(Where.BODY);
    }

    @Test
    void twoNumbersSideBySideAreTwoPhones() {
        assertThat(found("416 555 0123 / 647 555 0199", EntityKind.PHONE))
                .containsExactly("+14165550123", "+16475550199");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "one night only, 2 hours, $200",
                "open 10am to 11pm 7 days",
                "posted 2026-03-01 12:30",
                "room 1201 floor 12",
                "someone special",
                "call 555 0123",
                "tel 016 555 0123"
            })
    void textWithoutAPlausibleNumberHasNoPhone(String text) {
        assertThat(found(text, EntityKind.PHONE)).isEmpty();
    }

    @Test
    void emailsAreFoundPlainAndSpelledOut() {
        assertThat(found("write Jane.Doe@Example.com now", EntityKind.EMAIL)).containsExactly("jane.doe@example.com");
        assertThat(found("write janedoe at gmail dot com", EntityKind.EMAIL)).containsExactly("janedoe@gmail.com");
        assertThat(found("janedoe [at] hotmail (dot) ca", EntityKind.EMAIL)).containsExactly("janedoe@hotmail.ca");
        assertThat(found("meet at the hotel", EntityKind.EMAIL)).isEmpty();
    }

    @Test
    void handlesAreFoundAfterAnAtOrAPlatformName() {
        assertThat(found("follow @Sweet_Lily99 for more", EntityKind.HANDLE)).containsExactly("sweet_lily99");
        assertThat(found("snap: lilyrose22", EntityKind.HANDLE)).containsExactly("lilyrose22");
        assertThat(found("add me on ig lily.rose", EntityKind.HANDLE)).containsExactly("lily.rose");
        assertThat(found("mail lily@example.com", EntityKind.HANDLE)).isEmpty();
    }

    @Test
    void agesAreFoundInTheirWrittenForms() {
        assertThat(body("sweet 22 yrs").ages()).containsExactly(22);
        assertThat(body("age 19, new").ages()).containsExactly(19);
        assertThat(body("19yo").ages()).containsExactly(19);
        assertThat(body("j'ai dix-neuf ans").ages()).containsExactly(19);
        assertThat(body("nineteen years old").ages()).containsExactly(19);
        assertThat(body("open 24 hours").ages()).isEmpty();
    }

    @Test
    void citiesComeFromTheGazetteerAndTheCityColumn() {
        AdRecord ad = ((AdRecord.Ok) AdRecord.check(
                        1,
                        Map.of(
                                "ad_id",
                                "1",
                                "site",
                                "s",
                                "city",
                                "montreal",
                                "body",
                                "now in Thunder Bay, then St. Catharines")))
                .ad();
        assertThat(extractor.extract(ad).cities()).containsExactly("Montréal", "Thunder Bay", "St. Catharines");
    }

    @Test
    void pricesAreFoundWithTheirCurrency() {
        assertThat(body("$150 half hour, 250 roses").prices()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Jade|New in Montréal, call me",
                "|only a body",
                "only a title|",
                "!!!|body after a title of marks",
                "title ending in a quote'|’body starting with one",
                "ÉCOLE Québec|Trois-Rivières . Lévis",
                "ΟΔΟΣ|greek final sigma",
                "e\u0301|\u0301combining marks at the seam",
                "...|...",
            })
    void theFoldedTextIsTheTitleAndBodyFoldedAsOne(String ad) {
        String[] parts = ad.split("\\|", -1);
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("ad_id", "1", "site", "s"));
        fields.put("title", parts[0]);
        fields.put("body", parts[1]);
        AdRecord record = ((AdRecord.Ok) AdRecord.check(1, fields)).ad();
        assertThat(extractor.extract(record).folded())
                .isEqualTo(CanadianCities.fold(record.title() + " . " + record.body()));
    }

    @Test
    void theFoldedTextOfGeneratedAdsIsTheirTitleAndBodyFoldedAsOne() {
        new SyntheticAds(23, 3000).generate(ad -> {
            AdRecord record = ((AdRecord.Ok) AdRecord.check(
                            1, Map.of("ad_id", ad.adId(), "site", ad.site(), "title", ad.title(), "body", ad.body())))
                    .ad();
            assertThat(extractor.extract(record).folded())
                    .isEqualTo(CanadianCities.fold(record.title() + " . " + record.body()));
        });
    }
}
