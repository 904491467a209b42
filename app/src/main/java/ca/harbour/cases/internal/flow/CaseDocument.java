package ca.harbour.cases.internal.flow;

import java.time.Instant;
import java.util.UUID;

/** A document on a case, without its content: what it is, its name as uploaded, its detected type and size. */
public record CaseDocument(
        UUID id,
        UUID caseId,
        DocumentKind kind,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedByName,
        Instant uploadedAt) {}
