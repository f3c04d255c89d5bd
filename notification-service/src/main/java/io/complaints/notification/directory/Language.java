package io.complaints.notification.directory;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/** The language a person reads their notifications in; the UI and messages offer both. */
public enum Language {
    ZH_CN("zh-CN"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The IETF tag, e.g. {@code zh-CN}: how configuration and the API write it. */
    @JsonValue
    public String tag() {
        return tag;
    }

    public static Language ofTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + tag + "' is not a language: write zh-CN or en"));
    }
}
