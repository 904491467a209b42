package ca.harbour.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.harbour.linkage.model.FieldKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparatorTests {

    @ParameterizedTest(name = "jaro-winkler({0}, {1}) = {2}")
    @CsvSource({"martha,marhta,0.9611", "dwayne,duane,0.84", "dixon,dicksonx,0.8133", "abc,abc,1.0", "abc,xyz,0.0"})
    void jaroWinklerMatchesTheTextbookValues(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.001));
        assertThat(JaroWinkler.similarity(b, a)).isCloseTo(expected, within(0.001));
    }

    @Test
    void jaroWinklerWithAFloorIsExactAtOrAboveItAndBelowItOtherwise() {
        SplittableRandom rnd = new SplittableRandom(11);
        String[] words = new String[3_000];
        for (int k = 0; k < words.length; k++) {
            // short and long words over four letters, many of them close to one another
            words[k] = rnd.ints(1 + rnd.nextInt(k % 3 == 0 ? 30 : 9), 0, 4)
                    .collect(StringBuilder::new, (sb, c) -> sb.append((char) ('a' + c)), StringBuilder::append)
                    .toString();
        }
        int above = 0;
        for (int x = 0; x < words.length; x++) {
            for (int y = x % 7; y < words.length; y += 7) {
                double exact = JaroWinkler.similarity(words[x], words[y]);
                for (double floor : new double[] {0.5, 0.7, 0.75, 0.8, 0.88, 0.9, 0.95}) {
                    double bounded = JaroWinkler.similarity(words[x], words[y], floor);
                    if (exact >= floor) {
                        assertThat(bounded)
                                .as("%s %s %s", words[x], words[y], floor)
                                .isEqualTo(exact);
                        above++;
                    } else {
                        assertThat(bounded)
                                .as("%s %s %s", words[x], words[y], floor)
                                .isLessThan(floor);
                    }
                }
            }
        }
        assertThat(above).isGreaterThan(100_000);
    }

    @Test
    void jaroWinklerHandlesStringsLongerThanSixtyFourCharacters() {
        String a = "x".repeat(70) + "abc";
        String b = "x".repeat(70) + "abd";
        assertThat(JaroWinkler.similarity(a, b)).isGreaterThan(0.95).isLessThan(1.0);
    }

    @ParameterizedTest(name = "edit distance({0}, {1}) = {2}")
    @CsvSource({"kitten,sitting,3", "abcd,abdc,1", "abc,abc,0", "abc,ab,1", "ab,ba,1", "1234567,1234576,1"})
    void editDistanceCountsAdjacentSwapsAsOneEdit(String a, String b, int d) {
        assertThat(EditDistance.distance(a, b, 5)).isEqualTo(d);
        assertThat(EditDistance.distance(a, b, 1)).isEqualTo(Math.min(d, 2));
    }

    @Test
    void boundedEditDistancesAgreeWithTheFullTable() {
        // every pair of strings of up to five letters over three, and random longer ones: the bounds of one
        // and two, found without the table, must give what the table gives
        List<String> words = new ArrayList<>(List.of(""));
        for (int from = 0; words.get(words.size() - 1).length() < 5; ) {
            int to = words.size();
            for (int w = from; w < to; w++) {
                for (char c = 'a'; c <= 'c'; c++) {
                    words.add(words.get(w) + c);
                }
            }
            from = to;
        }
        SplittableRandom rnd = new SplittableRandom(7);
        for (int k = 0; k < 20_000; k++) {
            words.add(rnd.ints(8 + rnd.nextInt(5), 0, 4)
                    .collect(StringBuilder::new, (sb, c) -> sb.append((char) ('0' + c)), StringBuilder::append)
                    .toString());
        }
        int checked = 0;
        for (int x = 0; x < words.size(); x += x < 364 ? 1 : 97) {
            for (int y = 0; y < words.size(); y += y < 364 ? 1 : 89) {
                String a = words.get(x);
                String b = words.get(y);
                int d = EditDistance.distance(a, b, 9);
                assertThat(EditDistance.distance(a, b, 2)).as("%s %s", a, b).isEqualTo(Math.min(d, 3));
                assertThat(EditDistance.distance(a, b, 1)).as("%s %s", a, b).isEqualTo(Math.min(d, 2));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(200_000);
    }

    @Test
    void tokenSetIgnoresWordOrder() {
        assertThat(TokenSet.INSTANCE.compare("smith john", "john smith")).isEqualTo(1.0);
        assertThat(TokenSet.jaccard("a b c", "a b d")).isCloseTo(0.5, within(1e-9));
    }

    @ParameterizedTest(name = "date {0} vs {1} is level {2}")
    @CsvSource({
        "19560409,19560409,3",
        "19560409,19560904,2",
        "19560409,19560419,2",
        "19560400,19560409,2",
        "19560409,19570101,1",
        "19560409,19800101,0",
        "19590407,20080407,2"
    })
    void datesAgreeOnLevelsByTyposSwapsYearsAndDistance(String a, String b, int level) {
        assertThat(new FieldComparison(FieldKind.DATE).level(a, b, null, null)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0}: {1} vs {2} is level {3}")
    @CsvSource({
        "IDENTIFIER,1234567,1234567,3",
        "IDENTIFIER,1234567,1234577,2",
        "IDENTIFIER,1234567,1299967,0",
        "GIVEN_NAME,jonathan,jonathon,2",
        "FAMILY_NAME,smith,smyth,1",
        "FAMILY_NAME,smith,jones,0",
        "GIVEN_NAME,j p,jean pierre,1",
        "GIVEN_NAME,jean pierre,j,1",
        "GIVEN_NAME,j,john,1",
        "GIVEN_NAME,j p,john,0",
        "GIVEN_NAME,k,john,0",
        "FAMILY_NAME,j,jones,0",
        "POSTCODE,H2X1Y4,H2X1Y5,2",
        "POSTCODE,H2X1Y4,H2X9Z9,1",
        "CATEGORICAL,vic,nsw,0",
        "PHONE,+14165550123,+14165550123,2",
        "PHONE,+14165550123,4165550123,1",
        "EMAIL,john@gmail.com,john@yahoo.com,1",
        "NUMERIC,69,96,2",
        "ADDRESS,12 main st,12 main st apt 3,2"
    })
    void eachKindHasAgreementLevels(FieldKind kind, String a, String b, int level) {
        assertThat(new FieldComparison(kind).level(a, b, null, null)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} vs {1} is level {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "152 w 44th st|402 w 44th st|0",
                "2 e 55th st|2 w 19th st|0",
                "12 main st|47 main st|0",
                "12 main st|13 main st|1",
                "3201 fillmore st|3221 fillmore st|1",
                "155 w 51st st|155 e 55th st|1",
                "2450 broadway between 90th and 91st sts|2450 broadway|1",
                "435 s la cienega blv|435 s la cienega blvd|2",
                "miller pl|miller pl|3"
            })
    void addressesWhoseNumbersDisagreeAreDifferentPlacesAndATypoApartAtMostSimilar(String a, String b, int level) {
        assertThat(new FieldComparison(FieldKind.ADDRESS).level(a, b, null, null))
                .isEqualTo(level);
    }

    @Test
    void numbersInAnotherOrderAreNoConflict() {
        // the same street (its phonetic key, as prepared records carry it) makes the words count in any order
        assertThat(new FieldComparison(FieldKind.ADDRESS).level("apt 5 123 main st", "123 main st apt 5", "MN", "MN"))
                .isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} vs {1} is level {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "virgils|virgils real bbq|1",
                "mifune|mifune japan center kintetsu building|1",
                "lespinasse|lespinasse new york city|1",
                "cafe bizou|cafe lalo|0",
                "arts deli|arts delicatessen|2",
                "the grill on the alley|grill on the alley|2",
                "hard rock cafe|planet hollywood|0"
            })
    void textContainedInOtherTextIsSimilar(String a, String b, int level) {
        assertThat(new FieldComparison(FieldKind.TEXT).level(a, b, null, null)).isEqualTo(level);
    }

    @Test
    void givenNamesWithTheSameNicknameKeyAgreeClosely() {
        assertThat(new FieldComparison(FieldKind.GIVEN_NAME).level("bob", "robert", "RPRT", "RPRT"))
                .isEqualTo(2);
    }
}
