package io.tessera.plugins.accounting.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A4 pages written top to bottom with PDFBox: a cursor that moves down, text left- or right-aligned, wrapped to a
 * width, a new page when the cursor reaches the bottom margin. Uses the standard Helvetica fonts (WinAnsi: Latin
 * scripts, €), so nothing is embedded; a character those fonts cannot show is printed as {@code ?}.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float RIGHT = WIDTH - MARGIN;
    private static final float BOTTOM = 70;

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;
    private Runnable pageHeader = () -> { };

    PdfCanvas(String title) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Tessera");
        newPage();
    }

    /** What to repeat at the top of each following page (a table's column titles). */
    void onNewPage(Runnable header) {
        this.pageHeader = header;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Starts a new page when less than {@code points} are left above the bottom margin. */
    void ensure(float points) {
        if (y - points < BOTTOM) {
            newPage();
            pageHeader.run();
        }
    }

    private void newPage() {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void text(String text, float x, float baseline, PDFont font, float size) {
        String safe = safe(font, text);
        if (safe.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(safe);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void right(String text, float rightEdge, float baseline, PDFont font, float size) {
        text(text, rightEdge - width(text, font, size), baseline, font, size);
    }

    float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(safe(font, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text broken into lines no wider than {@code maxWidth} (at spaces where it can, else anywhere). */
    List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    void line(float x1, float y1, float x2, float y2) {
        try {
            content.setLineWidth(0.5f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws an image scaled to fit the box, its top-left corner at (x, top); returns the height drawn. */
    float image(byte[] bytes, float x, float top, float maxWidth, float maxHeight) {
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "logo");
            float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            content.drawImage(image, x, top - h, w, h);
            return h;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes "page / pages" at the bottom of every page (a format with {0} and {1}) and returns the PDF. */
    byte[] finish(String pageFormat) {
        closeContent();
        try {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = footer;
                    right(java.text.MessageFormat.format(pageFormat, i + 1, pages.size()), RIGHT, 40, regular, 8);
                }
            }
            content = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with what the font cannot show replaced: tabs and line breaks by spaces, other characters by '?'. */
    static String safe(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(' ');
                return;
            }
            String ch = Character.toString(cp);
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?'); // no glyph in the font's encoding
            }
        });
        return out.toString();
    }
}
