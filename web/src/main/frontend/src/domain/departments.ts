// The departments (部门) of a unit, as handling-service lists them from the organisation's configuration
// (GET /api/handling/organisation/units/{unit}/departments): the codes a case's triage and assignment may name.

export interface Department { code: string; nameZh?: string | null; nameEn?: string | null }
export interface UnitDepartments { unit: string; name?: string; departments: Department[] }

export interface DepartmentOption { value: string; label: string }

/** One option per department: its name in the language (the other name, then the code, when missing), sending the code. */
export function departmentOptions(answer: UnitDepartments | null | undefined, lang: 'zh-CN' | 'en'): DepartmentOption[] {
  return (answer?.departments ?? []).map((d) => {
    const name = lang === 'zh-CN' ? d.nameZh || d.nameEn : d.nameEn || d.nameZh;
    return { value: d.code, label: name || d.code };
  });
}

/** Where the departments of a unit are read, through the console's relay to handling-service. */
export const departmentsUrl = (unit: string) => `/api/handling/organisation/units/${encodeURIComponent(unit)}/departments`;
