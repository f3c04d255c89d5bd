// The registration form (投诉登记表): the checks intake-service makes, made before sending, so a person
// sees them at once; the service checks again and its refusal is shown at the same fields.
import type { FieldProblem } from './problem';

export interface RegistrationForm {
  unitCode?: string;
  channel?: string;
  category?: string;
  level?: number;
  description?: string;
  demand?: string;
  occurredAt?: string; // ISO instant
  complainedAbout?: { unitCode?: string; department?: string; person?: string; productOrService?: string };
  prioritySources?: string[];
  groupSize?: number | null;
  resolvedAtIntake?: boolean;
  actionTaken?: string;
  complainant?: {
    name?: string; organisation?: string; address?: string; phone?: string; email?: string; contactConsent?: boolean;
  };
}

/** intake-service's pattern: digits with an optional leading + and inner spaces or dashes, 7 to 20 long. */
export const PHONE = /^\+?[0-9][0-9 -]{5,18}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
export const GROUP_COMPLAINT = 5;

const blank = (value?: string | null) => !value || value.trim() === '';

export function checkRegistration(form: RegistrationForm, now: Date = new Date()): FieldProblem[] {
  const errors: FieldProblem[] = [];
  const fail = (field: string, rule: string, message: string) => errors.push({ field, rule, message });
  const max = (field: string, value: string | undefined, limit: number) => {
    if (value && value.length > limit) fail(field, 'Size', `at most ${limit} characters`);
  };
  if (blank(form.unitCode)) fail('unitCode', 'NotNull', 'required');
  max('unitCode', form.unitCode, 32);
  if (!form.channel) fail('channel', 'NotNull', 'required');
  if (!form.category) fail('category', 'NotNull', 'required');
  if (form.level === undefined || form.level === null) fail('level', 'NotNull', 'required');
  else if (form.level < 1 || form.level > 4) fail('level', 'range', 'must be 1 to 4');
  if (blank(form.description)) fail('description', 'HasText', 'required');
  max('description', form.description, 4000);
  max('demand', form.demand, 2000);
  if (form.occurredAt && new Date(form.occurredAt).getTime() > now.getTime()) {
    fail('occurredAt', 'not-in-future', 'must not be later than now');
  }
  max('complainedAbout.unitCode', form.complainedAbout?.unitCode, 32);
  max('complainedAbout.department', form.complainedAbout?.department, 100);
  max('complainedAbout.person', form.complainedAbout?.person, 100);
  max('complainedAbout.productOrService', form.complainedAbout?.productOrService, 200);
  if (form.groupSize !== undefined && form.groupSize !== null) {
    if (form.groupSize < 1) fail('groupSize', 'Min', 'at least 1');
    else if (form.groupSize > 100000) fail('groupSize', 'Max', 'at most 100000');
    else if (form.groupSize >= GROUP_COMPLAINT && form.level !== 1) {
      fail('level', 'group-complaint-is-major', 'a group complaint is level 1');
    }
  }
  if (form.resolvedAtIntake) {
    if (form.level !== 4) fail('resolvedAtIntake', 'only-minor', 'only level 4');
    if (blank(form.actionTaken)) fail('actionTaken', 'HasText', 'required');
    max('actionTaken', form.actionTaken, 2000);
  }
  const person = form.complainant ?? {};
  if (blank(person.name)) fail('complainant.name', 'HasText', 'required');
  max('complainant.name', person.name, 100);
  max('complainant.organisation', person.organisation, 200);
  max('complainant.address', person.address, 500);
  if (!blank(person.phone) && !PHONE.test(person.phone!.trim())) fail('complainant.phone', 'Pattern', 'phone');
  if (!blank(person.email) && (!EMAIL.test(person.email!.trim()) || person.email!.length > 254)) {
    fail('complainant.email', 'Email', 'e-mail');
  }
  if (blank(person.phone) && blank(person.email)) fail('complainant.phone', 'contact-required', 'phone or e-mail');
  return errors;
}

const trimmed = (value?: string) => (blank(value) ? undefined : value!.trim());

/** The body of POST /api/complaints; empty fields are left out. */
export function registrationRequest(form: RegistrationForm): Record<string, unknown> {
  const about = form.complainedAbout ?? {};
  const complainedAbout = {
    unitCode: trimmed(about.unitCode), department: trimmed(about.department), person: trimmed(about.person),
    productOrService: trimmed(about.productOrService),
  };
  const person = form.complainant ?? {};
  return {
    unitCode: form.unitCode,
    channel: form.channel,
    category: form.category,
    level: form.level,
    description: trimmed(form.description),
    demand: trimmed(form.demand),
    occurredAt: form.occurredAt || undefined,
    complainedAbout: Object.values(complainedAbout).some(Boolean) ? complainedAbout : undefined,
    prioritySources: form.prioritySources?.length ? form.prioritySources : undefined,
    groupSize: form.groupSize ?? undefined,
    resolvedAtIntake: form.resolvedAtIntake ? { actionTaken: trimmed(form.actionTaken) } : undefined,
    complainant: {
      name: trimmed(person.name), organisation: trimmed(person.organisation), address: trimmed(person.address),
      phone: trimmed(person.phone), email: trimmed(person.email), contactConsent: person.contactConsent ?? false,
    },
  };
}
