package ca.harbour.intelligence.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.investigations.InvestigationDesk;
import ca.harbour.intelligence.internal.investigations.Investigations.Investigation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Investigations for machines, under the same rules as the pages: list, start, read, pin, note and export. */
@RestController
@RequestMapping("/api/v1/intelligence/investigations")
@Tag(name = "Intelligence investigations", description = "Analysts' investigations and their evidence packages")
class InvestigationApi {

    private final InvestigationDesk desk;
    private final InvestigationDownloads downloads;

    InvestigationApi(InvestigationDesk desk, InvestigationDownloads downloads) {
        this.desk = desk;
        this.downloads = downloads;
    }

    /** An investigation in a list. */
    record Summary(UUID id, String name, String owner, boolean mine, boolean shared, int entities, Instant updatedAt) {

        static Summary of(Investigation i, UUID viewer) {
            return new Summary(
                    i.id(),
                    i.name(),
                    i.ownerName(),
                    i.ownerId().equals(viewer),
                    i.shared(),
                    i.entityCount(),
                    i.updatedAt());
        }
    }

    /** A pinned entity with how many ads, tips and other entities it is linked to. */
    record PinnedEntity(
            UUID id, EntityKind kind, @Nullable String label, int ads, int tips, int others, Instant pinnedAt) {}

    record NoteView(UUID id, String author, Instant createdAt, String body) {}

    /** One investigation with its pinned entities and notes. */
    record Detail(
            UUID id,
            String name,
            String owner,
            boolean mine,
            boolean shared,
            Instant createdAt,
            Instant updatedAt,
            List<PinnedEntity> entities,
            List<NoteView> notes) {}

    record NewInvestigation(
            @Schema(description = "1 to 120 characters") @Nullable
            String name,

            @Schema(description = "An entity of the caller's police service to pin at once (optional)") @Nullable
            String entity) {}

    record NewPin(
            @Schema(description = "The id of an entity of the caller's police service") @Nullable
            String entity) {}

    record NewNote(
            @Schema(description = "1 to 4,000 characters") @Nullable
            String body) {}

    @GetMapping
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:READ')")
    @Operation(summary = "The caller's investigations and those shared within their police service, latest first")
    List<Summary> list() {
        StaffPrincipal viewer = CurrentStaff.require();
        return desk.list(viewer).stream()
                .map(i -> Summary.of(i, viewer.userId()))
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts an investigation owned by the caller, not shared, optionally pinning one entity")
    Detail create(@RequestBody NewInvestigation body) {
        StaffPrincipal viewer = CurrentStaff.require();
        return read(desk.create(viewer, body.name(), body.entity()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:READ')")
    @Operation(summary = "One investigation (the caller's own, or shared in their service) with its entities and notes")
    Detail read(@PathVariable UUID id) {
        StaffPrincipal viewer = CurrentStaff.require();
        InvestigationDesk.Detail d = desk.read(viewer, id);
        Investigation i = d.investigation();
        return new Detail(
                i.id(),
                i.name(),
                i.ownerName(),
                d.mine(),
                i.shared(),
                i.createdAt(),
                i.updatedAt(),
                d.pinned().stream()
                        .map(p -> new PinnedEntity(
                                p.entityId(), p.kind(), p.label(), p.ads(), p.tips(), p.others(), p.pinnedAt()))
                        .toList(),
                d.notes().stream()
                        .map(n -> new NoteView(n.id(), n.authorName(), n.createdAt(), n.body()))
                        .toList());
    }

    @PostMapping("/{id}/entities")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    @Operation(summary = "Pins an entity of the investigation's police service (another service's entity: 404)")
    Detail pin(@PathVariable UUID id, @RequestBody NewPin body) {
        desk.pin(CurrentStaff.require(), id, body.entity());
        return read(id);
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:UPDATE')")
    @Operation(summary = "Adds a note signed by the caller")
    Detail note(@PathVariable UUID id, @RequestBody NewNote body) {
        desk.addNote(CurrentStaff.require(), id, body.body());
        return read(id);
    }

    @PostMapping("/{id}/export")
    @PreAuthorize("hasAuthority('INTEL_INVESTIGATION:EXPORT')")
    @Operation(
            summary =
                    "The evidence package (zip), by POST only (a download changes the audit log): entities, ads, tips and links as JSON and CSV with provenance,"
                            + " notes, a PDF summary and a manifest of SHA-256 hashes; audited",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The package, as an attachment",
                            content = @Content(mediaType = "application/zip")))
    void export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        downloads.send(CurrentStaff.require(), id, response);
    }
}
