package ca.harbour.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Places rather than people, as in restaurant or shelter listings: several places share one building (one
 * address, different names), and some places are listed twice with their names and addresses written
 * differently. Without labels, the listings of one place must be matched and the neighbours in one
 * building kept apart, which a two-class model, taking shared addresses for matches, did not do.
 */
class PlacesTests {
    private static final String[] WORDS = {
        "golden", "dragon", "blue", "moon", "river", "cafe", "garden", "olive", "tavern", "harbour", "maple", "grill",
        "house", "star", "palace", "corner", "little", "italy", "bistro", "noodle", "bar", "kitchen", "sun", "rose",
        "oak", "pearl", "jade", "lotus", "bay", "north", "city", "royal"
    };
    private static final String[] STREETS = {
        "main",
        "king",
        "queen",
        "spadina",
        "bloor",
        "dundas",
        "college",
        "yonge",
        "bay",
        "front",
        "church",
        "parliament"
    };
    private static final String[] CITIES = {"toronto", "ottawa", "montreal", "hamilton"};
    private static final String[] TYPES = {"italian", "chinese", "cafe", "diner", "thai", "french", "bar", "deli"};

    @Test
    void listingsOfOnePlaceMatchAndNeighboursInOneBuildingDoNot() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<Record> records = new ArrayList<>();
        int place = 0;
        // 60 buildings of 3 to 5 places each, then 400 places on their own
        List<String[]> places = new ArrayList<>();
        for (int b = 0; b < 60; b++) {
            String address = (10 + rnd.nextInt(3000)) + " " + pick(STREETS, rnd) + " street";
            String city = pick(CITIES, rnd);
            for (int k = 3 + rnd.nextInt(3); k > 0; k--) {
                places.add(new String[] {name(rnd), address, city, pick(TYPES, rnd)});
            }
        }
        for (int i = 0; i < 400; i++) {
            places.add(new String[] {
                name(rnd),
                (10 + rnd.nextInt(3000)) + " " + pick(STREETS, rnd) + " street",
                pick(CITIES, rnd),
                pick(TYPES, rnd)
            });
        }
        int twice = 0;
        for (String[] p : places) {
            records.add(new Record("p" + place + "-a", p.clone()));
            if (rnd.nextInt(4) == 0) {
                records.add(new Record("p" + place + "-b", relisted(p, rnd)));
                twice++;
            }
            place++;
        }
        DatasetDescription d = DatasetDescription.of(
                "id",
                List.of(
                        FieldSpec.of("name", "name", FieldKind.TEXT),
                        FieldSpec.of("address", "address", FieldKind.ADDRESS),
                        FieldSpec.of("city", "city", FieldKind.CITY),
                        FieldSpec.of("type", "type", FieldKind.CATEGORICAL)));
        LinkageResult r = new BatchLinker(d, 2).dedupe(records);
        int truePositives = 0;
        int predicted = 0;
        for (int k = 0; k < r.pairs().size(); k++) {
            if (r.pairs().weight(k) >= r.model().thresholdWeight()) {
                predicted++;
                String a = r.records().get(r.pairs().a(k)).id();
                String b = r.records().get(r.pairs().b(k)).id();
                if (a.substring(0, a.indexOf('-')).equals(b.substring(0, b.indexOf('-')))) {
                    truePositives++;
                }
            }
        }
        assertThat(twice).isGreaterThan(100);
        assertThat((double) truePositives / twice).as("recall").isGreaterThan(0.9);
        assertThat((double) truePositives / predicted).as("precision").isGreaterThan(0.9);
    }

    private static String name(SplittableRandom rnd) {
        return pick(WORDS, rnd) + " " + pick(WORDS, rnd) + (rnd.nextBoolean() ? " " + pick(WORDS, rnd) : "");
    }

    /** The same place as another listing writes it: its name shortened or with its city, its street type
     * and city spelled another way, often another type. */
    private static String[] relisted(String[] p, SplittableRandom rnd) {
        String name = switch (rnd.nextInt(3)) {
            case 0 -> p[0] + " (" + p[2] + ")";
            case 1 -> p[0].substring(0, p[0].lastIndexOf(' ')).isEmpty() ? p[0] : p[0] + " restaurant";
            default -> "the " + p[0];
        };
        String address = rnd.nextBoolean() ? p[1].replace(" street", " st.") : p[1];
        String city = rnd.nextInt(3) == 0 ? p[2] + " city" : p[2];
        String type = rnd.nextBoolean() ? pick(TYPES, rnd) : p[3];
        return new String[] {name, address, city, type};
    }

    private static String pick(String[] words, SplittableRandom rnd) {
        return words[rnd.nextInt(words.length)];
    }
}
