package io.complaints.analytics.statistics;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.complaints.analytics.language.Language;

/**
 * The cause catalogue ({@code complaints.causes.catalogue}), the same as handling's: each cause a
 * code, which findings name and the statistics count, and a name, written {@code English / 中文}
 * (e.g. {@code Billing error / 计费差错}). The Pareto and the reports show a cause by code and name;
 * a code the catalogue does not name (yet) is shown by its code alone.
 */
@ConfigurationProperties("complaints.causes")
public record CauseCatalogue(List<Cause> catalogue) {

    /** Without a catalogue every cause is shown by its code. */
    public static final CauseCatalogue NONE = new CauseCatalogue(List.of());

    public record Cause(String code, String name) {
    }

    public CauseCatalogue {
        catalogue = catalogue == null ? List.of() : List.copyOf(catalogue);
    }

    /**
     * A name as configured, {@code English / 中文}, in one language: its English or its Chinese part;
     * a name without both parts as it is; null as empty.
     */
    public static String in(String name, Language language) {
        if (name == null) {
            return "";
        }
        String[] parts = name.split("\\s+/\\s+", 2);
        if (parts.length < 2) {
            return name;
        }
        return language == Language.EN ? parts[0] : parts[1];
    }

    /** The cause's name as configured (both languages), if the catalogue names the code. */
    public Optional<String> nameOf(String code) {
        return catalogue.stream().filter(cause -> cause.code().equals(code)).map(Cause::name).findFirst();
    }
}
