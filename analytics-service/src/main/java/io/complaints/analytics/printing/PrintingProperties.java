package io.complaints.analytics.printing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How analytics prints PDF documents (reports, archives).
 *
 * @param cjkFonts TrueType fonts (.ttf, or .ttc collections, whose first font is taken) with Chinese
 *                 glyphs, tried in order; the first that loads is embedded (as a subset) in every
 *                 PDF. The defaults are where Debian's {@code fonts-wqy-microhei},
 *                 {@code fonts-wqy-zenhei}, {@code fonts-arphic-uming} and {@code fonts-droid-fallback}
 *                 install theirs. Fonts with CFF outlines (e.g. Noto Sans CJK's .ttc) cannot be
 *                 embedded and are passed over.
 */
@ConfigurationProperties("complaints.analytics.printing")
public record PrintingProperties(@DefaultValue({
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"}) List<String> cjkFonts) {

    public PrintingProperties {
        cjkFonts = cjkFonts == null ? List.of() : List.copyOf(cjkFonts);
    }
}
