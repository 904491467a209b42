package ca.harbour.intelligence.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intelligence.internal.synthetic.AdFiles;
import ca.harbour.intelligence.internal.synthetic.AdFiles.Format;
import ca.harbour.intelligence.internal.synthetic.PhoneStyle;
import ca.harbour.intelligence.internal.synthetic.SyntheticAd;
import ca.harbour.intelligence.internal.synthetic.SyntheticAd.WrittenPhone;
import ca.harbour.intelligence.internal.synthetic.SyntheticAds;
import ca.harbour.linkage.normalize.PhoneNormalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticAdsTests {

    /** Words that have no place in our synthetic ads: sexual or explicit terms and the acronyms ads use for them. */
    private static final Pattern DENIED = Pattern.compile(
            "\\b(sex\\w*|nude\\w*|naked|porn\\w*|erotic\\w*|fetish\\w*|orgasm\\w*|bdsm|xxx|gfe|pse|bbbj|fbsm|nuru"
                    + "|happy ending|escort\\w*|hooker\\w*|prostitut\\w*|breast\\w*|boob\\w*|lingerie|busty|horny"
                    + "|seins|salope|coquine\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MINOR = Pattern.compile("(Age 1[67]\\.|\\b1[67] (yrs|ans)\\.|\\b1[67]yo,)");

    private static final PhoneNormalizer PHONES = new PhoneNormalizer("CA");

    private static byte[][] files(long seed, int count, Format format) throws IOException {
        ByteArrayOutputStream ads = new ByteArrayOutputStream();
        ByteArrayOutputStream truth = new ByteArrayOutputStream();
        AdFiles.write(new SyntheticAds(seed, count), format, ads, truth);
        return new byte[][] {ads.toByteArray(), truth.toByteArray()};
    }

    private static List<SyntheticAd> ads(long seed, int count) {
        List<SyntheticAd> out = new ArrayList<>();
        new SyntheticAds(seed, count).generate(out::add);
        return out;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers(Format format) throws IOException {
        byte[][] first = files(7, 1_500, format);
        byte[][] again = files(7, 1_500, format);
        byte[][] other = files(8, 1_500, format);

        assertThat(again[0]).isEqualTo(first[0]);
        assertThat(again[1]).isEqualTo(first[1]);
        assertThat(other[0]).isNotEqualTo(first[0]);
        String text = new String(first[0], StandardCharsets.UTF_8);
        long lines = text.lines().count();
        assertThat(lines).isEqualTo(format == Format.CSV ? 1_501 : 1_500);
        if (format == Format.CSV) {
            assertThat(text).startsWith(AdFiles.HEADER + "\n");
        } else {
            assertThat(text.lines()).allMatch(l -> l.startsWith("{\"ad_id\":\"ad-") && l.endsWith("]}"));
        }
        assertThat(new String(first[1], StandardCharsets.UTF_8).lines().count()).isEqualTo(1_501);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20_261_205})
    void everyPlantedPhoneAsWrittenNormalisesToItsNumberAndOnlyNetworksSharePhones(long seed) {
        List<SyntheticAd> ads = ads(seed, 3_000);
        Map<Integer, Set<String>> phonesByNetwork = new TreeMap<>();
        Map<String, Integer> ownerOfPhone = new HashMap<>();
        int planted = 0;
        for (int i = 0; i < ads.size(); i++) {
            SyntheticAd ad = ads.get(i);
            for (WrittenPhone w : ad.writtenPhones()) {
                assertThat(PHONES.normalize(w.text()))
                        .as("%s written %s as '%s'", ad.adId(), w.style(), w.text())
                        .isEqualTo(w.e164());
                assertThat(ad.title() + " " + ad.body()).contains(w.text());
            }
            // an advertiser's phone is theirs alone: a network's phones are its own, an independent's is used once
            int owner = ad.network() == null ? -1 - i : ad.network();
            for (String phone : ad.truePhones()) {
                assertThat(ownerOfPhone.putIfAbsent(phone, owner)).isIn(null, owner);
            }
            if (ad.network() != null) {
                planted++;
                phonesByNetwork
                        .computeIfAbsent(ad.network(), n -> new HashSet<>())
                        .addAll(ad.truePhones());
            } else {
                assertThat(ad.truePhones()).hasSize(1);
            }
        }
        assertThat(planted).isBetween(800, 1_000);
        assertThat(phonesByNetwork.values()).allSatisfy(p -> assertThat(p).hasSizeBetween(0, 4));
    }

    @ParameterizedTest
    @EnumSource(PhoneStyle.class)
    void everyStyleOfWritingAPhoneReadsBackToTheSameNumber(PhoneStyle style) {
        Random random = new Random(style.ordinal());
        for (String digits : List.of("4165550123", "6135551010", "5145550000", "9025557981", "7805551111")) {
            String written = style.write(digits, random);
            assertThat(PHONES.normalize(written)).as(written).isEqualTo("+1" + digits);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7})
    void theTruthNamesEveryPlantedAdsNetworkAndNetworkSizesAreSkewed(long seed) throws IOException {
        List<SyntheticAd> ads = ads(seed, 20_000);
        String truth = new String(files(seed, 20_000, Format.CSV)[1], StandardCharsets.UTF_8);
        List<String> rows = truth.lines().skip(1).toList();
        assertThat(rows).hasSize(ads.size());
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < ads.size(); i++) {
            SyntheticAd ad = ads.get(i);
            String[] row = rows.get(i).split(",", -1);
            assertThat(row[0]).isEqualTo(ad.adId());
            assertThat(row[1])
                    .isEqualTo(ad.network() == null ? "" : ad.network().toString());
            if (ad.network() != null) {
                sizes.merge(ad.network(), 1, Integer::sum);
            }
        }
        List<Integer> sorted = sizes.values().stream().sorted().toList();
        int median = sorted.get(sorted.size() / 2);
        int largest = sorted.get(sorted.size() - 1);
        assertThat(sorted.size()).isGreaterThan(100);
        assertThat(median).isLessThanOrEqualTo(5);
        assertThat(largest).isGreaterThanOrEqualTo(20 * median);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void aNetworkMovesBetweenCitiesReusesItsTemplateAndSometimesMentionsAMinor(long seed) {
        List<SyntheticAd> ads = ads(seed, 10_000);
        Map<Integer, Set<String>> cities = new HashMap<>();
        Map<Integer, List<String>> titles = new HashMap<>();
        int minors = 0;
        for (SyntheticAd ad : ads) {
            if (ad.network() != null) {
                cities.computeIfAbsent(ad.network(), n -> new HashSet<>()).add(ad.city());
                titles.computeIfAbsent(ad.network(), n -> new ArrayList<>()).add(ad.body());
                if (MINOR.matcher(ad.body()).find()) {
                    minors++;
                }
            }
        }
        assertThat(cities.values().stream().filter(c -> c.size() >= 3).count()).isGreaterThan(10);
        assertThat(minors).isGreaterThan(0);
        // a network's ads repeat most of their words: the first two ads of the largest share over half their words
        List<String> largest = titles.values().stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElseThrow();
        assertThat(overlap(largest.get(0), largest.get(1))).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 99, 2026})
    void noAdUsesAnExplicitWord(long seed) {
        for (SyntheticAd ad : ads(seed, 5_000)) {
            assertThat(DENIED.matcher(ad.title() + " " + ad.body()).find())
                    .as(ad.title() + " " + ad.body())
                    .isFalse();
        }
    }

    private static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> y = new HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }
}
