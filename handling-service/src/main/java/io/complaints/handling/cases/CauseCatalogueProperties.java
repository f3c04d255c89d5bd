package io.complaints.handling.cases;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cause catalogue ({@code complaints.causes.catalogue}): each cause a code and a name. A code is
 * what findings name and what the statistics count, so it never changes once used; a name may.
 */
@ConfigurationProperties("complaints.causes")
public record CauseCatalogueProperties(List<Cause> catalogue) implements CauseCatalogue {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    public record Cause(String code, String name) {
    }

    public CauseCatalogueProperties {
        catalogue = catalogue == null ? List.of() : List.copyOf(catalogue);
        if (catalogue.isEmpty()) {
            throw new IllegalArgumentException("complaints.causes.catalogue is empty: findings need causes to name");
        }
        for (Cause cause : catalogue) {
            if (cause.code() == null || !CODE.matcher(cause.code()).matches()) {
                throw new IllegalArgumentException("complaints.causes.catalogue: '" + cause.code()
                        + "' is not a cause code (capitals, digits and -, up to 40)");
            }
        }
        if (catalogue.stream().map(Cause::code).distinct().count() != catalogue.size()) {
            throw new IllegalArgumentException("complaints.causes.catalogue names a code twice");
        }
    }

    @Override
    public boolean contains(String causeCode) {
        return catalogue.stream().anyMatch(cause -> cause.code().equals(causeCode));
    }
}
