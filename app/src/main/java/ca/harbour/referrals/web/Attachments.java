package ca.harbour.referrals.web;

import ca.harbour.cases.CaseDisclosure;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answer a disclosed document gets: an attachment of its detected type that the browser may not sniff. */
final class Attachments {

    private Attachments() {}

    static ResponseEntity<byte[]> of(CaseDisclosure.File file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
