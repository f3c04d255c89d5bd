package io.complaints.analytics.printing;

import java.util.List;

/** No font with Chinese glyphs could be loaded from the configured paths: nothing can be printed. */
public class NoCjkFontException extends RuntimeException {

    public NoCjkFontException(List<String> tried) {
        super("No font with Chinese glyphs was found to print the PDF with; tried " + String.join(", ", tried)
                + ". Install one (Debian: apt-get install fonts-wqy-microhei) or name a TrueType font in "
                + "complaints.analytics.printing.cjk-fonts.");
    }
}
