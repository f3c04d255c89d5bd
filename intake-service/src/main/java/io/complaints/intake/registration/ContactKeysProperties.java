package io.complaints.intake.registration;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys of the hashes by which repeat complaints (二次投诉) are recognised, by version, so that the
 * key can be rotated: new registrations are hashed with the {@code current} key; earlier complaints
 * are looked up with every key still configured. Retire a version only when no complaint within
 * {@code complaints.intake.repeat-window} was hashed with it.
 *
 * @param current the version new registrations are hashed with, e.g. {@code v2}
 * @param keys    the secret of each version; from a secret store, never the shipped development values
 */
@ConfigurationProperties("complaints.intake.contact-keys")
public record ContactKeysProperties(String current, @DefaultValue Map<String, String> keys) {

    static final String PREFIX = "complaints.intake.contact-keys";

    public ContactKeysProperties {
        keys = Map.copyOf(new TreeMap<>(keys));
        if (current == null || current.isBlank()) {
            throw new IllegalStateException(PREFIX + ".current is not set: name the version of the key that new "
                    + "registrations are hashed with (keys under " + PREFIX + ".keys)");
        }
        String currentKey = keys.get(current);
        if (currentKey == null || currentKey.isBlank()) {
            throw new IllegalStateException(PREFIX + ".keys." + current + " (the current key) is not set");
        }
        keys.forEach((version, key) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalStateException(PREFIX + ".keys." + version + " is empty");
            }
        });
    }
}
