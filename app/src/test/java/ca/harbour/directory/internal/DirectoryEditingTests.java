package ca.harbour.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;

/** Parts are read back ordered by id, so the ids given on save follow the order the person chose. */
class DirectoryEditingTests {

    private record Part(UUID id, String label) {}

    @RepeatedTest(20)
    void idsAreKeptWhileInOrderAndReplacedWhereTheyWouldReorderTheParts() {
        UUID low = UUID.fromString("10000000-0000-4000-8000-000000000000");
        UUID high = UUID.fromString("f0000000-0000-4000-8000-000000000000");
        List<Part> parts = List.of(new Part(low, "first"), new Part(high, "second"), new Part(UUID.randomUUID(), "third"),
                new Part(UUID.randomUUID(), "fourth"));
        List<Part> ordered = DirectoryEditing.inOrder(parts, Part::id, (p, id) -> new Part(id, p.label()));
        assertThat(ordered).extracting(Part::label).containsExactly("first", "second", "third", "fourth");
        assertThat(ordered.get(0).id()).isEqualTo(low);
        assertThat(ordered.get(1).id()).isEqualTo(high);
        assertThat(ordered).extracting(p -> p.id().toString()).isSorted();
    }
}
