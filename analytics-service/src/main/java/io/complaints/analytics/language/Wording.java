package io.complaints.analytics.language;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of analytics' files in one language, from {@code wording/labels_*.properties}: labels
 * (a column, a heading) by key, and the names of the contract's values (statuses, levels, channels,
 * categories, …) by kind and value.
 */
public final class Wording {

    private static final Map<Language, Wording> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle words;

    private Wording(Language language) {
        this.language = language;
        this.words = ResourceBundle.getBundle("wording.labels", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized Wording in(Language language) {
        return LOADED.computeIfAbsent(language, Wording::new);
    }

    public Language language() {
        return language;
    }

    /** The label of {@code key}, e.g. {@code column.status}; a key without a label is a fault of the code. */
    public String label(String key) {
        return words.getString(key);
    }

    /** The label of {@code key} with its {@code {0}}, {@code {1}}… replaced by the arguments. */
    public String label(String key, Object... arguments) {
        String text = label(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /**
     * The name of a value of a kind, e.g. {@code ("category", "BILLING")} → 计费/价格; a value the
     * wording does not name (one added to the contract since) is shown as it is, null as null.
     */
    public String value(String kind, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return words.getString(kind + "." + value);
        } catch (MissingResourceException unnamed) {
            return value.toString();
        }
    }

    /** Yes or no. */
    public String yesNo(boolean yes) {
        return label(yes ? "yes" : "no");
    }
}
