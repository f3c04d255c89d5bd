package io.complaints.analytics.printing;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The font every PDF is printed in: the first of {@link PrintingProperties#cjkFonts()} that loads
 * and holds Chinese glyphs, found once and remembered. None found: {@link NoCjkFontException}.
 */
@Component
@EnableConfigurationProperties(PrintingProperties.class)
public class CjkFont {

    /** A glyph every usable font must have: 投 (of 投诉). */
    private static final int PROBE = '投';

    private final List<String> candidates;
    private final AtomicReference<Path> found = new AtomicReference<>();

    public CjkFont(PrintingProperties properties) {
        this.candidates = properties.cjkFonts();
    }

    /** The font's file. */
    public Path path() {
        Path known = found.get();
        if (known != null) {
            return known;
        }
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isReadable(path) && usable(path)) {
                found.set(path);
                return path;
            }
        }
        throw new NoCjkFontException(candidates);
    }

    /** The font opened for one document, subset-embedded in it; close it once the document is saved. */
    public Loaded load(PDDocument document) {
        Path path = path();
        try {
            Source source = open(path);
            return new Loaded(PDType0Font.load(document, source.font(), true), source);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the font " + path, e);
        }
    }

    /** A font loaded into a document, and the file it is read from until the document is saved. */
    public record Loaded(PDFont font, Closeable source) implements Closeable {

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private record Source(TrueTypeFont font, Closeable file) implements Closeable {

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    private static boolean usable(Path path) {
        try (Source source = open(path); PDDocument probe = new PDDocument()) {
            if (source.font().getUnicodeCmapLookup().getGlyphId(PROBE) == 0) {
                return false;
            }
            PDType0Font.load(probe, source.font(), true).encode("投诉");
            return true;
        } catch (IOException | RuntimeException unusable) {
            return false; // not a font, CFF outlines, or no Chinese: try the next one
        }
    }

    private static Source open(Path path) throws IOException {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(font -> first.compareAndSet(null, font));
            if (first.get() == null) {
                collection.close();
                throw new IOException("an empty font collection: " + path);
            }
            return new Source(first.get(), collection);
        }
        TrueTypeFont font = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".otf")
                ? new OTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()))
                : new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        return new Source(font, font);
    }
}
