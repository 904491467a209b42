package ca.harbour.intelligence.internal.investigations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Flows plain text down letter-size pages in an embedded Unicode font (Liberation Sans, as PDFBox ships it, so
 * French accents print), wrapping at the margin and starting a new page at the foot. A character the font lacks
 * prints as a question mark.
 */
final class PdfText implements AutoCloseable {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 54;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    PdfText(String title, String language) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("the PDF font is missing from the class path");
            }
            font = PDType0Font.load(document, in, true);
        }
        document.getDocumentInformation().setTitle(printable(title));
        document.getDocumentCatalog().setLanguage(language);
        newPage();
    }

    void heading(String text) throws IOException {
        space(8);
        paragraph(text, 15, 0);
        space(2);
    }

    void subheading(String text) throws IOException {
        space(6);
        paragraph(text, 12, 0);
    }

    void line(String text) throws IOException {
        paragraph(text, 10, 0);
    }

    void indented(String text) throws IOException {
        paragraph(text, 10, 14);
    }

    void space(float points) {
        y -= points;
    }

    void save(OutputStream out) throws IOException {
        page.close();
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void paragraph(String text, float size, float indent) throws IOException {
        for (String part : printable(text).split("\n", -1)) {
            for (String line : wrap(part, size, WIDTH - indent)) {
                if (y - size * 1.3f < MARGIN) {
                    page.close();
                    newPage();
                }
                y -= size * 1.3f;
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN + indent, y);
                page.showText(line);
                page.endText();
            }
        }
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (width(tried, size) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word wider than the page is cut where it reaches the margin
            String rest = word;
            while (width(rest, size) > width && rest.length() > 1) {
                // the longest start that fits, found by halving (a width grows with each character)
                int fits = 1;
                int over = rest.length();
                while (over - fits > 1) {
                    int mid = (fits + over) >>> 1;
                    if (width(rest.substring(0, mid), size) <= width) {
                        fits = mid;
                    } else {
                        over = mid;
                    }
                }
                int cut = fits;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with tabs as spaces, other control characters dropped, and what the font cannot print as '?'. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append(printable.computeIfAbsent(c, this::inFont) ? Character.toString(c) : "?");
            }
        });
        return out.toString();
    }

    private boolean inFont(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.LETTER);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }
}
