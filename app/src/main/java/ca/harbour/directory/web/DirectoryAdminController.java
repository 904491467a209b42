package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryEditing;
import ca.harbour.directory.internal.DirectoryTransfer;
import ca.harbour.directory.internal.ImportProblem;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.Scope;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Import and export of the whole directory, for administrators (directory updates in every organization). */
@Controller
@PreAuthorize("hasAuthority('DIRECTORY:UPDATE')")
class DirectoryAdminController {

    private final DirectoryTransfer transfer;
    private final MessageSource messages;

    DirectoryAdminController(DirectoryTransfer transfer, MessageSource messages) {
        this.transfer = transfer;
        this.messages = messages;
    }

    /** Report lines as the admin reads them: where, and what is wrong, in their language. */
    record ReportLine(String file, int row, String field, String problem) {}

    /** The import limits, as the page states them. */
    @ModelAttribute("importMegabytes")
    int importMegabytes() {
        return DirectoryTransfer.MAX_BYTES / (1024 * 1024);
    }

    @ModelAttribute("importServices")
    int importServices() {
        return DirectoryTransfer.MAX_RECORDS;
    }

    @GetMapping("/admin/directory")
    String page() {
        requireAll();
        return "directory/admin";
    }

    @GetMapping("/admin/directory/export.json")
    ResponseEntity<byte[]> exportJson() {
        requireAll();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("harbour-directory-hsds.json")
                                .build()
                                .toString())
                .body(transfer.exportJson());
    }

    @GetMapping("/admin/directory/export.zip")
    ResponseEntity<byte[]> exportPackage() {
        requireAll();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("harbour-directory-hsds.zip")
                                .build()
                                .toString())
                .body(transfer.exportPackage());
    }

    @PostMapping("/admin/directory/import")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        requireAll();
        String name = file == null || file.getOriginalFilename() == null ? "" : safeName(file.getOriginalFilename());
        DirectoryTransfer.Outcome outcome;
        if (file == null || file.isEmpty()) {
            outcome = new DirectoryTransfer.Outcome(
                    0, 0, List.of(new ImportProblem(name, 0, "", "directory.import.noFile", List.of())));
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            outcome = transfer.importPackage(name, file.getBytes());
        } else {
            outcome = transfer.importJson(name, file.getBytes());
        }
        if (!outcome.imported()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute(
                "report",
                outcome.problems().stream()
                        .map(p -> new ReportLine(
                                p.file(),
                                p.row(),
                                p.field(),
                                messages.getMessage(
                                        p.messageKey(),
                                        p.args().toArray(),
                                        p.messageKey(),
                                        LocaleContextHolder.getLocale())))
                        .limit(1000)
                        .toList());
        return "directory/admin";
    }

    private static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void requireAll() {
        if (AccessPolicy.scope(CurrentStaff.require(), DirectoryEditing.UPDATE) != Scope.ALL) {
            throw new AccessDeniedException("directory import and export are for administrators");
        }
    }
}
