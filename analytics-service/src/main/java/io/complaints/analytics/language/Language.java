package io.complaints.analytics.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.complaints.platform.RulesViolatedException;

/**
 * The languages analytics' files are written in (DOMAIN.md: the UI and reports offer zh-CN and
 * English), asked for by {@code ?lang=zh-CN} or {@code ?lang=en}.
 */
public enum Language {

    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** As asked for, e.g. {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language of {@code lang} ({@code zh-CN} or {@code en}, in any case), or {@code otherwise}
     * when none was asked for; anything else is refused, naming the field {@code lang}.
     */
    public static Language of(String lang, Language otherwise) {
        if (lang == null || lang.isBlank()) {
            return otherwise;
        }
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(lang.strip())).findFirst()
                .orElseThrow(() -> RulesViolatedException.ofField("lang", "enum", "must be one of: "
                        + Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "))));
    }
}
