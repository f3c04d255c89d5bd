// RFC 7807 problem+json answers of the services, and where the console shows them.
export interface FieldProblem { field: string; rule: string; message: string }
export interface Problem {
  type?: string; title?: string; status: number; detail?: string; errors?: FieldProblem[];
}

/** antd's field name for a service's field path: "complainant.phone" → ["complainant", "phone"]. */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').flatMap((part) => {
    const indexed = /^(.*)\[(\d+)\]$/.exec(part);
    return indexed ? [indexed[1], Number(indexed[2])] : [part];
  });
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The message for a refused rule, in the person's language; the service's own words when none is known. */
export function ruleMessage(problem: FieldProblem, t: Translate): string {
  const key = `rule.${problem.rule}`;
  const text = t(key);
  return text === key ? problem.message : text;
}

export interface Placed {
  /** errors for fields the form shows, by antd field name */
  fields: { name: (string | number)[]; errors: string[] }[];
  /** what no field of the form can show: said above the form */
  general: string[];
}

/** Splits a refusal into the errors shown at the form's fields and the rest, shown above the form. */
export function placeProblem(problem: Problem, t: Translate, formFields: Set<string>): Placed {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of problem.errors ?? []) {
    const field = nearestField(error.field, formFields);
    const message = ruleMessage(error, t);
    if (field) byField.set(field, [...(byField.get(field) ?? []), message]);
    else general.push(message);
  }
  if (!problem.errors?.length) general.push(statusMessage(problem, t));
  return { fields: [...byField].map(([field, errors]) => ({ name: fieldPath(field), errors })), general };
}

/** Errors about a whole object are shown at the field that fixes them: the complainant's contact at the phone. */
const SHOWN_AT: Record<string, string> = { complainant: 'complainant.phone' };

function nearestField(field: string | undefined, formFields: Set<string>): string | undefined {
  if (!field) return undefined;
  if (formFields.has(field)) return field;
  if (SHOWN_AT[field] && formFields.has(SHOWN_AT[field])) return SHOWN_AT[field];
  const child = [...formFields].find((f) => f.startsWith(`${field}.`));
  return child;
}

export function statusMessage(problem: Problem, t: Translate): string {
  const key = `problem.${problem.status}`;
  const text = t(key);
  return text === key ? (problem.detail ?? problem.title ?? t('problem.unknown')) : text;
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).status === 'number';
}
