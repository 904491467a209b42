package ca.harbour.linkage;

import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.io.RecordSource;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small deterministic data sets for tests. */
public final class TestData {
    private static final String[] GIVEN = {
        "james",
        "mary",
        "robert",
        "linda",
        "michel",
        "hélène",
        "françois",
        "sarah",
        "david",
        "chloé",
        "thomas",
        "nancy",
        "paul",
        "emma",
        "kevin",
        "julie"
    };
    private static final String[] FAMILY = {
        "smith",
        "tremblay",
        "gagnon",
        "roy",
        "côté",
        "bouchard",
        "gauthier",
        "morin",
        "lavoie",
        "fortin",
        "wilson",
        "martin",
        "brown",
        "taylor",
        "lee",
        "white",
        "nguyen",
        "singh"
    };

    private TestData() {}

    /** Description of {@link #people}: given, family, dob, phone, city. */
    public static DatasetDescription peopleDescription() {
        return DatasetDescription.of(
                "id",
                List.of(
                        FieldSpec.of("given", "given", FieldKind.GIVEN_NAME),
                        FieldSpec.of("family", "family", FieldKind.FAMILY_NAME),
                        FieldSpec.of("dob", "dob", FieldKind.DATE),
                        FieldSpec.of("phone", "phone", FieldKind.PHONE),
                        FieldSpec.of("city", "city", FieldKind.CITY)));
    }

    /** {@code entities} people, some with one or two noisy duplicates; ids "e&lt;entity&gt;-&lt;copy&gt;". */
    public static List<Record> people(int entities, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Record> out = new ArrayList<>();
        for (int e = 0; e < entities; e++) {
            String[] v = {
                GIVEN[r.nextInt(GIVEN.length)],
                FAMILY[r.nextInt(FAMILY.length)] + (e % 7 == 0 ? "" : e % 50),
                String.format("%04d-%02d-%02d", 1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                String.format("(%d) %03d-%04d", 416 + r.nextInt(3), 200 + r.nextInt(700), r.nextInt(10000)),
                r.nextBoolean() ? "montréal" : "toronto"
            };
            out.add(new Record("e" + e + "-0", v));
            int copies = r.nextInt(3);
            for (int c = 1; c <= copies; c++) {
                String[] d = v.clone();
                int f = r.nextInt(5);
                d[f] = r.nextInt(4) == 0 ? null : typo(d[f], r);
                out.add(new Record("e" + e + "-" + c, d));
            }
        }
        return out;
    }

    private static String typo(String s, SplittableRandom r) {
        int i = 1 + r.nextInt(s.length() - 2);
        return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    }

    /** Path of a test resource. */
    public static Path resource(String name) {
        try {
            return Path.of(TestData.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** FEBRL dataset 1 (1,000 records, 500 originals with one duplicate each) and its description. */
    public static List<Record> febrl1() {
        return RecordSource.read(resource("febrl-dataset1.csv"), febrlDescription());
    }

    public static DatasetDescription febrlDescription() {
        return DescriptionReader.read(resource("febrl.json"));
    }
}
