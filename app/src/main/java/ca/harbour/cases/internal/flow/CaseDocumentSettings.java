package ca.harbour.cases.internal.flow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits of case documents ({@code harbour.cases.documents.*}).
 *
 * @param maxSize the largest document a worker may upload (the multipart limit,
 *     {@code spring.servlet.multipart.max-file-size}, must stay above it)
 */
@ConfigurationProperties("harbour.cases.documents")
public record CaseDocumentSettings(@DefaultValue("10MB") DataSize maxSize) {}
