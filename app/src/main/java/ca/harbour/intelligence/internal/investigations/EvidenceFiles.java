package ca.harbour.intelligence.internal.investigations;

import ca.harbour.intake.PoliceTipContent;
import ca.harbour.intelligence.internal.PoliceTips.PoliceTip;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.investigations.EvidenceRows.AdRow;
import ca.harbour.intelligence.internal.investigations.EvidenceRows.EntityRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The shapes of an evidence package's JSON files, each item with its provenance, and of its manifest. */
final class EvidenceFiles {

    private EvidenceFiles() {}

    record Provenance(
            String source,
            @Nullable UUID importId,
            @Nullable String site,
            @Nullable String adId,
            @Nullable Instant importedAt,
            @Nullable Instant receivedAt,
            @Nullable UUID sendingOrganizationId,
            @Nullable String sendingOrganization,
            @Nullable String howFound,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen) {

        static Provenance ad(AdRow a) {
            return new Provenance(
                    "ad import",
                    a.importId(),
                    a.site(),
                    a.sourceId(),
                    a.importedAt(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        static Provenance tip(PoliceTip t, String sender) {
            return new Provenance(
                    "tip from the hotline",
                    null,
                    null,
                    null,
                    null,
                    t.receivedAt(),
                    t.senderOrganizationId(),
                    sender,
                    null,
                    null,
                    null);
        }

        static Provenance link(String kind) {
            return new Provenance(
                    "link", null, null, null, null, null, null, null, EvidenceExport.howFound(kind), null, null);
        }

        static Provenance entity(EntityRow e) {
            return new Provenance(
                    e.kind() == EntityKind.AD
                            ? "ad import"
                            : e.kind() == EntityKind.TIP ? "tip from the hotline" : "extracted from ads and tips",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    e.firstSeen(),
                    e.lastSeen());
        }
    }

    record EntityOut(UUID id, EntityKind kind, @Nullable String label, boolean pinned, Provenance provenance) {}

    record AdOut(
            UUID id,
            String site,
            String adId,
            @Nullable Instant postedAt,
            @Nullable String city,
            @Nullable BigDecimal price,
            @Nullable String title,
            @Nullable String body,
            List<Integer> ages,
            List<String> flags,
            JsonNode flagEvidence,
            @Nullable UUID clusterId,
            Provenance provenance) {}

    record TipOut(UUID id, String basis, String status, PoliceTipContent content, Provenance provenance) {}

    record LinkOut(
            UUID from,
            UUID to,
            String kind,
            @Nullable Double score,
            JsonNode evidence,
            @Nullable Instant seenAt,
            Provenance provenance) {}

    record NoteOut(UUID id, String author, Instant createdAt, String body) {}

    record Exporter(UUID userId, String username, String displayName) {}

    record Counts(
            int pinned,
            int entities,
            int ads,
            long adsLinked,
            int tips,
            long tipsLinked,
            int links,
            boolean linksCapped,
            int notes,
            boolean notesCapped) {

        boolean capped() {
            return linksCapped || ads < adsLinked || tips < tipsLinked;
        }
    }

    record Limits(int ads, int tips, int links, int notes) {}

    record Manifest(
            String format,
            UUID investigationId,
            String investigationName,
            UUID policeOrganizationId,
            Exporter exportedBy,
            Instant exportedAt,
            Counts counts,
            Limits limits,
            List<PackageWriter.Written> files) {}
}
