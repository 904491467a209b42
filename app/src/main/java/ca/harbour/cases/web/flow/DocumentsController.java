package ca.harbour.cases.web.flow;

import ca.harbour.cases.internal.flow.DocumentDesk;
import ca.harbour.cases.internal.flow.DocumentKind;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.web.FormErrors;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's documents: the list, the upload form (a refused file goes back with the error next to the field) and
 * the download, always as an attachment of the type read from the bytes, never shown inline.
 */
@Controller
@PreAuthorize("hasAuthority('CASE:READ')")
class DocumentsController {

    private final DocumentDesk desk;
    private final FormErrors formErrors;

    DocumentsController(DocumentDesk desk, FormErrors formErrors) {
        this.desk = desk;
        this.formErrors = formErrors;
    }

    @GetMapping("/cases/{id}/documents")
    String documents(@PathVariable UUID id, Model model) {
        model.addAttribute("view", desk.forCase(CurrentStaff.require(), id));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", Math.max(1, desk.maxBytes() / (1024 * 1024)));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "cases/flow/documents";
    }

    @PostMapping("/cases/{id}/documents")
    String upload(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        try {
            byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
            desk.upload(CurrentStaff.require(), id, kind, file == null ? null : file.getOriginalFilename(), content);
            flash.addFlashAttribute("noticeKey", "cases.flow.document.added");
        } catch (Rejected e) {
            flash.addFlashAttribute("errors", formErrors.of(e.rejection()));
            flash.addFlashAttribute("typed", Map.of("kind", kind));
        }
        return "redirect:/cases/" + id + "/documents";
    }

    @GetMapping("/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
        return attachment(desk.download(CurrentStaff.require(), id, documentId));
    }

    /** The answer every download gets: an attachment of the detected type, which the browser may not sniff. */
    static ResponseEntity<byte[]> attachment(DocumentDesk.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }
}
