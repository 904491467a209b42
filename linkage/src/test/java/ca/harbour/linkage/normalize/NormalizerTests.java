package ca.harbour.linkage.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.engine.RecordPreparer;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTests {

    @ParameterizedTest(name = "phone \"{0}\" becomes {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "(416) 555 0123|+14165550123",
                "416.555.0123|+14165550123",
                "4one6 555 0123|+14165550123",
                "four one six five five five zero one two three|+14165550123",
                "quatre un six 555 0123|+14165550123",
                "4️⃣1️⃣6️⃣ 555 0123|+14165550123",
                "4 1 6 - 5 5 5 - 0 1 2 3|+14165550123",
                "416 555 01two3|+14165550123",
                "+1 (514) 555-0199|+15145550199",
                "1-514-555-0199|+15145550199",
                "4l6 555 Ol23|+14165550123",
                "4🔥1🔥6🔥5🔥5🔥5🔥0🔥1🔥2🔥3|+14165550123",
                "+44 20 7946 0958|+442079460958",
                "phone: +44 20 7946 0958|+442079460958",
                "téléphone : +33 1 42 68 53 00|+33142685300",
                "416-555-0123 ext. 12|+14165550123",
                "416 555 0123 x45|+14165550123",
                "416 555 0123 poste 221|+14165550123",
                "416-555-0123 #12|+14165550123",
                "416x555x0123|+14165550123",
                "call 416 fivefive5 O123 anytime|+14165550123",
            })
    void phonesAreCanonicalEvenWhenObfuscated(String raw, String expected) {
        assertThat(new PhoneNormalizer("CA").normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "name \"{0}\" becomes \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Hélène|helene",
                "  JOSÉE-ANNE |josee anne",
                "François|francois",
                "Œuvre-Lætitia|oeuvre laetitia",
                "O'Brien|obrien",
                "Dr. Jean-Luc Côté|jean luc cote",
                "St-Pierre|saint pierre",
                "Ste-Marie|saint marie",
                "Sainte-Marie|saint marie",
                "Saint-Onge|saint onge",
                "St|st",
            })
    void namesFoldCaseAccentsAndPunctuation(String raw, String expected) {
        assertThat(new NameNormalizer(false).normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "city \"{0}\" becomes \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Montréal|montreal",
                "St-Jérôme|saint jerome",
                "Saint-Jérôme|saint jerome",
                "Ste-Foy|saint foy",
                "Sainte Foy|saint foy",
                "Sault Ste. Marie|sault saint marie",
                "Trois-Rivières|trois rivieres",
            })
    void citiesFoldAndSpellSaintsOneWay(String raw, String expected) {
        var city = FieldSpec.of("c", "c", FieldKind.CITY);
        assertThat(Normalizers.forField(city).normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "full name \"{0}\" becomes \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "'Tremblay, Gaëtan'|gaetan tremblay",
                "Gaëtan Tremblay Jr.|gaetan tremblay",
            })
    void fullNamesInFamilyCommaGivenOrderAreTurnedAround(String raw, String expected) {
        assertThat(new NameNormalizer(true).normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "date \"{0}\" ({1}) becomes {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "19560409|DMY|19560409",
                "1956-04-09|DMY|19560409",
                "09/04/1956|DMY|19560409",
                "04/09/1956|MDY|19560409",
                "25/12/1990|MDY|19901225",
                "9 April 1956|MDY|19560409",
                "Apr 9, 1956|DMY|19560409",
                "9 avril 1956|DMY|19560409",
                "April 1956|DMY|19560400",
                "1956|DMY|19560000",
                "4.9.56|DMY|19560904",
                "1990-03-25T10:00:00Z|DMY|19900325",
                "'March 1, 1990 10:30 am'|MDY|19900301",
                "0000-00-00|DMY|",
                "age 34|DMY|",
                "34 ans|DMY|",
                "90|DMY|19900000",
            })
    void datesInManyFormatsBecomeYyyymmddWithZerosForUnknownParts(String raw, String order, String expected) {
        assertThat(new DateNormalizer(order).normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "e-mail \"{0}\" becomes {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "John.Smith+promo@GMail.com|johnsmith@gmail.com",
                "j.o.h.n@googlemail.com|john@gmail.com",
                "john.smith+x@outlook.com|john.smith@outlook.com",
                "john.smith+x@example.org|john.smith+x@example.org",
                "john at gmail dot com|john@gmail.com",
                "john [at] example (dot) org|john@example.org",
                "John Smith <John@Example.com>|john@example.com",
                "mailto:John@Example.com|john@example.com",
                "<john@example.com>|john@example.com",
                "john@example.com.|john@example.com",
                "\"john@example.com\";|john@example.com",
                "(john at example dot com)|john@example.com",
            })
    void emailsFoldProviderSpecificVariants(String raw, String expected) {
        assertThat(new EmailNormalizer().normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "address \"{0}\" becomes \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "123 Main Street|123 main st",
                "123 MAIN ST.|123 main st",
                "45 Boul. Saint-Laurent, Apt 5|45 blvd saint laurent apt 5",
                "12 rue de la Montagne|12 st de la montagne",
                "854 Seventh Ave.|854 7th ave",
                "1110 Third Avenue|1110 3rd ave",
                "21 First St|21 1st st",
                "45, rue St-Denis|45 st saint denis",
                "45 rue Ste-Catherine O|45 st saint catherine w",
                "45 rue Sainte-Catherine Ouest|45 st saint catherine w",
                "45 St Clair Ave W|45 saint clair ave w",
                "45 Main St Toronto|45 main st toronto",
                "Ste 200, 45 Main St|apt 200 45 main st",
            })
    void addressesUseShortStreetTypes(String raw, String expected) {
        assertThat(new AddressNormalizer().normalize(raw)).isEqualTo(expected);
    }

    @Test
    void anAddressStreetKeyIsItsNameNotItsTypeOrSaint() {
        var d = DatasetDescription.of("id", List.of(FieldSpec.of("a", "a", FieldKind.ADDRESS)));
        var p = new RecordPreparer(d);
        Function<String, String> key =
                raw -> p.prepare(0, 0, new Record("r", new String[] {raw})).alt()[0];
        // French order puts the street type first; "St-"/"Ste-" is Saint; "des" is no name
        assertThat(key.apply("45 boulevard René-Lévesque Ouest"))
                .isEqualTo(key.apply("1200 Rene Levesque Blvd W"))
                .isNotEqualTo(key.apply("45 boul. Saint-Laurent"));
        assertThat(key.apply("45 rue Ste-Catherine"))
                .isEqualTo(key.apply("300 Sainte-Catherine St"))
                .isNotEqualTo(key.apply("45 rue St-Denis"));
        assertThat(key.apply("12 avenue des Pins")).isEqualTo(key.apply("3 Pins Ave"));
    }

    @ParameterizedTest(name = "postcode or id \"{0}\" becomes {1}")
    @CsvSource(
            delimiter = '|',
            value = {"h2x 1y4|H2X1Y4", "123-456-789|123456789", "' '|"})
    void postcodesAndIdentifiersKeepOnlyLettersAndDigits(String raw, String expected) {
        assertThat(Normalizers.alphanumeric(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "number \"{0}\" becomes {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "42|42",
                "-3|-3",
                "+7|7",
                "1,200.50|1200.5",
                "1,200|1200",
                "1,234,567.89|1234567.89",
                // French: a decimal comma, and spaces (plain, no-break, narrow no-break) grouping thousands
                "12,5|12.5",
                "1,20|1.2",
                "1 200,50 $|1200.5",
                "1\u00a0200,50\u00a0$|1200.5",
                "1\u202f234\u202f567|1234567",
                "1.200,50 €|1200.5",
                "1.234.567|1234567",
                "1'299.00|1299",
                "0,75|0.75",
                ".5|0.5",
                // currency and units around the number
                "$45|45",
                "CA$ 45|45",
                "45.00 CAD|45",
                "USD -3.50|-3.5",
                "12 kg|12",
                "£1,000|1000",
                "45.|45",
                // no single number: the folded text
                "5-10|5 10",
                "n/a|n a",
                "N°12|n 12",
                "1.2.3,4,5|1 2 3 4 5",
                "1.5.2019|1 5 2019",
                "12,34,5|12 34 5"
            })
    void numbersAreReadInEnglishAndFrenchWays(String raw, String expected) {
        assertThat(Normalizers.numeric(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "text \"{0}\" becomes {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Sony KDL-32L5000 32\" LCD TV|sony kdl32l5000 32 lcd tv",
                "DMC-FX07 kit|dmcfx07 kit",
                "2-pack|2pack",
                "covid-19|covid19",
                "seen 2019-03-16|seen 2019 03 16",
                "wi-fi blu-ray|wi fi blu ray",
                "Jean-Pierre Côté|jean pierre cote",
                "ref. A/12|ref a12",
                "- 5 -|5",
                "end.|end"
            })
    void textJoinsTheMarksOfCodesAndPartsOtherWords(String raw, String expected) {
        assertThat(Normalizers.text(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "nickname {0} is {1}")
    @CsvSource({"bob,robert", "liz,elizabeth", "robert,robert", "zoltan,zoltan"})
    void nicknamesMapToCanonicalNames(String nick, String canon) {
        assertThat(Nicknames.canonical(nick)).isEqualTo(canon);
    }
}
