package ca.harbour.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;

/** Parts are read back ordered by id, so the ids given on save follow the order the person chose. */
class DirectoryEditingTests {

    private record Part(UUID id, String label) {}

    @RepeatedTest(20)
    void idsAreKeptWhileInOrderAndNewOrMisplacedPartsGetOnesThatFollow() {
        UUID low = UUID.fromString("10000000-0000-4000-8000-000000000000");
        UUID high = UUID.fromString("c0000000-0000-4000-8000-000000000000");
        UUID misplaced = UUID.fromString("20000000-0000-4000-8000-000000000000");
        List<Part> parts = List.of(
                new Part(low, "first"),
                new Part(high, "second"),
                new Part(misplaced, "third"),
                new Part(null, "fourth"),
                new Part(null, "fifth"));
        List<Part> ordered = DirectoryEditing.inOrder(parts, Part::id, (p, id) -> new Part(id, p.label()));
        assertThat(ordered).extracting(Part::label).containsExactly("first", "second", "third", "fourth", "fifth");
        assertThat(ordered.get(0).id()).isEqualTo(low);
        assertThat(ordered.get(1).id()).isEqualTo(high);
        assertThat(ordered.get(2).id()).isNotEqualTo(misplaced);
        assertThat(ordered).extracting(p -> p.id().toString()).isSorted();
    }

    @RepeatedTest(20)
    void partsAfterAnIdAtTheTopOfTheRangeStillComeBackInOrder() {
        UUID top = UUID.fromString("ffffffff-ffff-4fff-bfff-fffffffffff0");
        List<Part> parts =
                List.of(new Part(top, "first"), new Part(null, "second"), new Part(UUID.randomUUID(), "third"));
        List<Part> ordered = DirectoryEditing.inOrder(parts, Part::id, (p, id) -> new Part(id, p.label()));
        assertThat(ordered).extracting(Part::label).containsExactly("first", "second", "third");
        assertThat(ordered).extracting(p -> p.id().toString()).isSorted().doesNotHaveDuplicates();
    }
}
