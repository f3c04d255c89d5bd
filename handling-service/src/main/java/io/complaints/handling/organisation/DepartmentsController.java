package io.complaints.handling.organisation;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.organisation.OrganisationUnit;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The departments (部门) of each unit, from the organisation's configuration: the codes triage, re-triage and
 * assignment accept for a case of the unit, with their names for the console to show.
 */
@RestController
@RequestMapping("/api/organisation")
@Tag(name = "Organisation", description = "the units' departments (DOMAIN.md, \"Organisation\")")
class DepartmentsController {

    private final UnitDirectory units;

    DepartmentsController(UnitDirectory units) {
        this.units = units;
    }

    @GetMapping("/units/{unit}/departments")
    @Operation(summary = "The departments of a unit: the responsible and handler's departments its cases may name")
    ResponseEntity<?> departments(@PathVariable String unit) {
        return Problems.okOrNotFound(units.find(unit).map(UnitDepartments::of), "Unit not found",
                "The organisation has no unit " + unit);
    }

    /** A unit and its departments, each with its code and names. */
    record UnitDepartments(String unit, String name, List<Department> departments) {

        static UnitDepartments of(OrganisationUnit unit) {
            return new UnitDepartments(unit.code(), unit.name(), unit.departments().stream()
                    .map(department -> new Department(department.code(), department.nameZh(), department.nameEn()))
                    .toList());
        }
    }

    /** @param nameZh the name in Chinese; {@code nameEn} in English */
    record Department(String code, String nameZh, String nameEn) {
    }
}
