package io.complaints.intake.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Looks units up by code; checks at start-up that the configured tree is a tree. */
@Component
@EnableConfigurationProperties(OrganisationProperties.class)
public class UnitDirectory {

    private final Map<String, OrganisationUnit> units;

    public UnitDirectory(OrganisationProperties properties) {
        Map<String, OrganisationProperties.Unit> byCode = new HashMap<>();
        for (OrganisationProperties.Unit unit : properties.units()) {
            if (byCode.put(unit.code(), unit) != null) {
                throw new IllegalStateException("unit " + unit.code() + " is configured twice");
            }
        }
        Map<String, OrganisationUnit> resolved = new HashMap<>();
        for (OrganisationProperties.Unit unit : properties.units()) {
            resolved.put(unit.code(), new OrganisationUnit(unit.code(), unit.name(), pathOf(unit, byCode),
                    unit.timeZone() != null ? unit.timeZone() : properties.defaultTimeZone()));
        }
        this.units = Map.copyOf(resolved);
    }

    public Optional<OrganisationUnit> find(String code) {
        return Optional.ofNullable(code).map(units::get);
    }

    private static List<String> pathOf(OrganisationProperties.Unit unit,
                                       Map<String, OrganisationProperties.Unit> byCode) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> path = new ArrayList<>();
        for (var current = unit; current != null; current = current.parent() == null ? null : byCode.get(current.parent())) {
            if (!seen.add(current.code())) {
                throw new IllegalStateException("the units above " + unit.code() + " form a cycle: " + seen);
            }
            if (current.parent() != null && !byCode.containsKey(current.parent())) {
                throw new IllegalStateException("unit " + current.code() + " names an unknown parent " + current.parent());
            }
            path.add(current.code());
        }
        Collections.reverse(path);
        return path;
    }
}
