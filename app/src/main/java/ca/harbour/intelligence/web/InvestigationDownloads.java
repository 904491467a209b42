package ca.harbour.intelligence.web;

import ca.harbour.identity.StaffPrincipal;
import ca.harbour.intelligence.internal.investigations.EvidenceExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends an evidence package as it is written, as an attachment the browser may not sniff or cache; the headers are
 * set only once the export's checks have passed, so a refusal is an ordinary "not found".
 */
@Component
class InvestigationDownloads {

    private final EvidenceExport evidence;

    InvestigationDownloads(EvidenceExport evidence) {
        this.evidence = evidence;
    }

    void send(StaffPrincipal viewer, UUID id, HttpServletResponse response) throws IOException {
        evidence.export(viewer, id, fileName -> {
            response.setContentType("application/zip");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return new BufferedOutputStream(response.getOutputStream());
        });
    }
}
