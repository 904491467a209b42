package ca.harbour.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A staff home card counts only when a module gives it counts, works them out each time, and keeps them through the other changes. */
class NavigationCardCountsTests {

    @Test
    void anEntryWithoutCountsHasNone() {
        assertThat(NavigationEntry.to("/things", "things.nav", 1)
                        .withCard("things.card")
                        .counts())
                .isEmpty();
    }

    @Test
    void theCountsAreWorkedOutEachTimeTheCardIsShownAndSurviveTheOtherChanges() {
        List<Long> seen = new ArrayList<>();
        NavigationEntry entry = NavigationEntry.to("/things", "things.nav", 1)
                .withCounts(() -> {
                    seen.add((long) seen.size());
                    return List.of(new CardCount("things.late", seen.size(), "/things?late", true));
                })
                .withCard("things.card")
                .forAny("THING:READ")
                .withShortcut("t")
                .landingFor("ROLE_THING", 1);
        assertThat(entry.counts()).extracting(CardCount::count).containsExactly(1L);
        assertThat(entry.counts()).extracting(CardCount::count).containsExactly(2L);
        assertThat(entry.cardOnly("things.card").counts()).hasSize(1);
    }

    @Test
    void aCountLinksInsideTheApplicationAndIsNeverNegative() {
        assertThatThrownBy(() -> new CardCount("k", 1, "https://elsewhere.example", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardCount("k", -1, "/things", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
