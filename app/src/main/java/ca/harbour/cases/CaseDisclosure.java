package ca.harbour.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What another organization may see of a case now, category by category: {@code shared} are the categories
 * disclosed, and each part outside them is null (the label and status travel in {@code summary}, which the
 * caller shows only for {@link ConsentCategory#IDENTITY} and {@link ConsentCategory#CASE_SUMMARY}).
 */
public record CaseDisclosure(
        CaseSummary summary,
        Set<ConsentCategory> shared,
        @Nullable Contact contact,
        @Nullable Plan safetyPlan,
        @Nullable List<Document> documents) {

    /** Someone the person can safely turn to, and how to reach them. */
    public record SafeContact(String name, String reach, String relationship) {}

    /** How to reach the person safely: the safe contacts and safe times of their safety plan. */
    public record Contact(List<SafeContact> safeContacts, String safeTimes) {

        public Contact {
            safeContacts = List.copyOf(safeContacts);
        }
    }

    /** One step of the safety plan, done or not. */
    public record Step(String text, boolean done) {}

    /** The safety plan, to read only. */
    public record Plan(
            List<String> risks, List<SafeContact> contacts, String codeWords, String safeTimes, List<Step> steps) {

        public Plan {
            risks = List.copyOf(risks);
            contacts = List.copyOf(contacts);
            steps = List.copyOf(steps);
        }
    }

    /** A document of the case, without its content: downloaded on its own, audited, never shown inline. */
    public record Document(
            UUID id, String kind, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {}

    /** A document's content as it is sent: its detected type and the name the download gets. */
    public record File(byte[] content, String contentType, String fileName) {}

    public CaseDisclosure {
        shared = Set.copyOf(shared);
        documents = documents == null ? null : List.copyOf(documents);
    }

    public boolean shows(ConsentCategory category) {
        return shared.contains(category);
    }
}
