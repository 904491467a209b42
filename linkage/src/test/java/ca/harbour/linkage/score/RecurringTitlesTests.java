package ca.harbour.linkage.score;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldKind;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.model.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Two catalogues in which some titles recur issue after issue ("Editorial", "Letters"). */
class RecurringTitlesTests {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ner", "tu", "vax", "zo", "pri", "del", "sun"};

    @Test
    void aTitleThatRecursCountsLittleWholeAndByItsWords() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<Record> a = new ArrayList<>();
        List<Record> b = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String title = word(rnd) + " " + word(rnd) + " " + word(rnd) + " " + word(rnd);
            String year = Integer.toString(1980 + rnd.nextInt(40));
            a.add(new Record("a" + i, new String[] {title, year}));
            b.add(new Record("b" + i, new String[] {title, year}));
        }
        for (int y = 0; y < 30; y++) {
            String year = Integer.toString(1990 + y);
            a.add(new Record("a-editorial-" + y, new String[] {"Editorial", year}));
            b.add(new Record("b-editorial-" + y, new String[] {"Editorial", year}));
            a.add(new Record("a-letters-" + y, new String[] {"Letters", year}));
            b.add(new Record("b-letters-" + y, new String[] {"Letters to the editor", year}));
        }
        a.add(new Record("a-rare", new String[] {"Quorvex", "2001"}));
        b.add(new Record("b-rare", new String[] {"Quorvex plindar zumba sorrel", "2001"}));
        DatasetDescription d = DatasetDescription.of(
                "id",
                List.of(
                        FieldSpec.of("title", "title", FieldKind.TEXT),
                        FieldSpec.of("year", "year", FieldKind.CATEGORICAL)));
        LinkageResult r = new BatchLinker(d, 2).link(a, b);
        FellegiSunter model = r.model().scorer();

        double rareExact = titleWeight(r, model, "a0", "b0");
        double editorial = titleWeight(r, model, "a-editorial-3", "b-editorial-3");
        assertThat(level(r, model, "a-editorial-3", "b-editorial-3")).isEqualTo(level(r, model, "a0", "b0"));
        assertThat(editorial).as("Editorial against a title of its own").isLessThan(rareExact - 2);

        int partial = level(r, model, "a-rare", "b-rare");
        assertThat(level(r, model, "a-letters-3", "b-letters-3"))
                .isEqualTo(partial)
                .isPositive();
        double letters = titleWeight(r, model, "a-letters-3", "b-letters-3");
        double rarePartial = titleWeight(r, model, "a-rare", "b-rare");
        assertThat(letters)
                .as("Letters / Letters to the editor against a rare shared word")
                .isLessThan(rarePartial - 1);
    }

    private static PreparedRecord record(LinkageResult r, String id) {
        return r.records().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static int level(LinkageResult r, FellegiSunter model, String x, String y) {
        return model.comparisons().level(0, record(r, x), record(r, y));
    }

    private static double titleWeight(LinkageResult r, FellegiSunter model, String x, String y) {
        PreparedRecord p = record(r, x);
        PreparedRecord q = record(r, y);
        return model.fieldWeight(0, model.comparisons().level(0, p, q), p, q);
    }

    private static String word(SplittableRandom rnd) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, k = 2 + rnd.nextInt(2); i < k; i++) {
            s.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        }
        return s.toString();
    }
}
