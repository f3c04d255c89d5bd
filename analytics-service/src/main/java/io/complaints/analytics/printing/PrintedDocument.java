package io.complaints.analytics.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A printable document written top to bottom: a title, headings, paragraphs and tables whose
 * cells wrap, onto A4 pages added as they fill, every page numbered at its foot. All text in one
 * font with Chinese glyphs ({@link CjkFont}); a character the font lacks prints as {@code ?}.
 * Close it after {@link #save}.
 */
public final class PrintedDocument implements AutoCloseable {

    private static final float MARGIN = 40;
    private static final float TITLE = 16;
    private static final float HEADING = 12;
    private static final float TEXT = 9;
    private static final float CELL = 8;
    private static final float PADDING = 3;
    private static final float KEEP_WITH_HEADING = 90;

    private final PDDocument document = new PDDocument();
    private final CjkFont.Loaded loaded;
    private final PDFont font;
    private final PDRectangle size;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    /** Portrait or landscape A4, printed in the font. */
    public PrintedDocument(CjkFont cjkFont, boolean landscape, String title) {
        this.loaded = cjkFont.load(document);
        this.font = loaded.font();
        this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(title);
        information.setCreator("complaints analytics-service");
        document.setDocumentInformation(information);
        newPage();
    }

    public PrintedDocument title(String text) {
        return block(text, TITLE, 8);
    }

    /** A heading, on a new page when too little of this one is left for anything below it. */
    public PrintedDocument heading(String text) {
        if (y - KEEP_WITH_HEADING < MARGIN) {
            newPage();
        }
        space(6);
        return block(text, HEADING, 4);
    }

    public PrintedDocument paragraph(String text) {
        return block(text, TEXT, 3);
    }

    public PrintedDocument space(float points) {
        y -= points;
        return this;
    }

    /**
     * A table: a header row, then the rows; column widths in proportion to {@code weights}; the
     * header repeated on every page the table runs onto.
     */
    public PrintedDocument table(List<String> header, float[] weights, List<List<String>> rows) {
        float width = size.getWidth() - 2 * MARGIN;
        float total = 0;
        for (float weight : weights) {
            total += weight;
        }
        float[] widths = new float[weights.length];
        for (int c = 0; c < weights.length; c++) {
            widths[c] = width * weights[c] / total;
        }
        if (!row(header, widths, true)) {
            newPage();
            row(header, widths, true);
        }
        for (List<String> row : rows) {
            if (!row(row, widths, false)) {
                newPage();
                row(header, widths, true);
                row(row, widths, false);
            }
        }
        return space(4);
    }

    /** Writes the document; it can be saved once. */
    public void save(OutputStream out) {
        try {
            int pages = document.getNumberOfPages();
            page.close();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    text(foot, (i + 1) + " / " + pages, size.getWidth() - MARGIN - 30, MARGIN / 2, CELL);
                }
            }
            page = null;
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (document; loaded) {
            if (page != null) {
                page.close();
            }
        }
    }

    /** A row of cells, unless it does not fit on what is left of the page (then nothing: false). */
    private boolean row(List<String> cells, float[] widths, boolean header) {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> wrapped = wrap(c < cells.size() ? cells.get(c) : "", widths[c] - 2 * PADDING, CELL);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float height = most * leading(CELL) + 2 * PADDING;
        if (y - height < MARGIN) {
            if (y > size.getHeight() - MARGIN - 1) {
                throw new IllegalStateException("a table row taller than a page");
            }
            return false;
        }
        try {
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                if (header) {
                    page.setNonStrokingColor(0.9f);
                    page.addRect(x, y - height, widths[c], height);
                    page.fill();
                    page.setNonStrokingColor(0f);
                }
                page.addRect(x, y - height, widths[c], height);
                page.stroke();
                float lineY = y - PADDING - CELL;
                for (String line : lines.get(c)) {
                    text(page, line, x + PADDING, lineY, CELL);
                    lineY -= leading(CELL);
                }
                x += widths[c];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
        return true;
    }

    private PrintedDocument block(String text, float fontSize, float after) {
        for (String line : wrap(text, size.getWidth() - 2 * MARGIN, fontSize)) {
            if (y - leading(fontSize) < MARGIN) {
                newPage();
            }
            y -= leading(fontSize);
            try {
                text(page, line, MARGIN, y + leading(fontSize) - fontSize, fontSize);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return space(after);
    }

    private void text(PDPageContentStream stream, String line, float x, float baseline, float fontSize)
            throws IOException {
        stream.beginText();
        stream.setFont(font, fontSize);
        stream.newLineAtOffset(x, baseline);
        stream.showText(line);
        stream.endText();
    }

    /** The text in lines no wider than {@code width}: broken at a space where one is, else between characters. */
    List<String> wrap(String text, float width, float fontSize) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(i);
                line.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
                if (width(line.toString(), fontSize) > width && line.length() > 1) {
                    int space = line.lastIndexOf(" ");
                    int cut = space > 0 ? space : line.length() - Character.charCount(codePoint);
                    lines.add(line.substring(0, cut).stripTrailing());
                    String rest = line.substring(cut).stripLeading();
                    line.setLength(0);
                    line.append(rest);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tabs as spaces, other control characters and characters the font lacks as {@code ?}. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(codePoint) || !printable.computeIfAbsent(codePoint, this::hasGlyph)) {
                out.append('?');
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException lacking) {
            return false;
        }
    }

    private static float leading(float fontSize) {
        return fontSize * 1.35f;
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(size);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            page.setLineWidth(0.4f);
            y = size.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
