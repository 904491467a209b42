package ca.harbour.cases.internal.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What a document is, decided from its bytes alone (Apache Tika's magic detection; the name and the type the
 * browser claims are never asked), and whether it is one of the kinds a case may hold: PDF, PNG, JPEG, plain text,
 * a Word (DOCX) or an OpenDocument (ODT) text. A Word file is a zip whose first entry is {@code [Content_Types].xml}
 * and which names {@code word/document.xml}; the check reads the names stored in clear and inflates nothing.
 */
public final class DocumentTypes {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    /** The allowed types, each with the file extension a download gets. */
    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf",
            "pdf",
            "image/png",
            "png",
            "image/jpeg",
            "jpg",
            "text/plain",
            "txt",
            DOCX,
            "docx",
            ODT,
            "odt");

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
    private static final byte[] WORD_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

    private DocumentTypes() {}

    /** The allowed type the bytes are, or empty when they are anything else (a program, a web page, a zip...). */
    public static Optional<String> allowed(byte[] content) {
        String type = detect(content);
        return ALLOWED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    /** The type Tika reads in the bytes, without parameters (such as a text's character set). */
    static String detect(byte[] content) {
        try (InputStream in = TikaInputStream.get(content)) {
            MediaType type = MAGIC.detect(in, new Metadata()).getBaseType();
            String name = type.toString();
            if (("application/x-tika-ooxml".equals(name) || "application/zip".equals(name))
                    && contains(content, WORD_PART)) {
                return DOCX;
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String extension(String type) {
        return ALLOWED.getOrDefault(type, "bin");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
