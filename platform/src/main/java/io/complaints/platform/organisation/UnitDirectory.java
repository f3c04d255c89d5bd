package io.complaints.platform.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.complaints.platform.Actor;

/**
 * Looks units and their departments up by code and answers who sees what (DOMAIN.md, "Organisation": a
 * unit sees its own complaints and those of the units below it; headquarters sees everything). Checks at
 * start-up that the configured tree is a tree and that no unit names a department twice.
 */
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
            checkDepartments(unit);
            resolved.put(unit.code(), new OrganisationUnit(unit.code(), unit.name(), pathOf(unit, byCode),
                    unit.timeZone() != null ? unit.timeZone() : properties.defaultTimeZone(), unit.departments()));
        }
        this.units = Map.copyOf(resolved);
    }

    /** The department with this code of this unit, if both are configured (codes compared ignoring case). */
    public Optional<OrganisationProperties.Department> department(String unit, String code) {
        return find(unit).flatMap(found -> found.department(code));
    }

    /** The code as the organisation lists it, when some unit has a department with this code (ignoring case). */
    public Optional<String> departmentAnywhere(String code) {
        return units.values().stream().map(unit -> unit.department(code)).flatMap(Optional::stream)
                .map(OrganisationProperties.Department::code).findFirst();
    }

    private static void checkDepartments(OrganisationProperties.Unit unit) {
        Set<String> codes = new HashSet<>();
        for (OrganisationProperties.Department department : unit.departments()) {
            if (department.code() == null || !Actor.DEPARTMENT.matcher(department.code()).matches()) {
                throw new IllegalStateException("unit " + unit.code() + ": '" + department.code()
                        + "' is not a department code (letters, digits, '.', '_' and '-', up to 64)");
            }
            if (!codes.add(department.code().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("unit " + unit.code() + " names department " + department.code()
                        + " twice");
            }
        }
    }

    public Optional<OrganisationUnit> find(String code) {
        return Optional.ofNullable(code).map(units::get);
    }

    /** Every configured unit, in no particular order. */
    public List<OrganisationUnit> all() {
        return List.copyOf(units.values());
    }

    /** The configured units with no unit below them: the branches. */
    public List<OrganisationUnit> branches() {
        Set<String> parents = new java.util.HashSet<>();
        units.values().forEach(unit -> parents.addAll(unit.path().subList(0, unit.path().size() - 1)));
        return units.values().stream().filter(unit -> !parents.contains(unit.code())).toList();
    }

    /** The unit at the top of the tree (headquarters): it sees every unit, configured or not. */
    public boolean isTop(String code) {
        return find(code).map(unit -> unit.path().size() == 1).orElse(false);
    }

    /**
     * Whether {@code unit} is {@code viewer} or lies below it. The top of the tree sees every unit,
     * even one the configuration does not name; any other viewer sees only configured units.
     */
    public boolean isWithin(String unit, String viewer) {
        if (isTop(viewer)) {
            return true;
        }
        return find(unit).map(found -> found.path().contains(viewer)).orElse(false);
    }

    /** Whether a unit path (codes from the top down, as events carry it) lies within {@code viewer}'s subtree. */
    public boolean isWithin(List<String> unitPath, String viewer) {
        return isTop(viewer) || unitPath.contains(viewer);
    }

    /** The codes of {@code viewer} and every configured unit below it. */
    public Set<String> subtreeOf(String viewer) {
        Set<String> subtree = new java.util.TreeSet<>();
        units.values().stream().filter(unit -> unit.path().contains(viewer)).forEach(unit -> subtree.add(unit.code()));
        return subtree;
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
