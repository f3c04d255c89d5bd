import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { stepFields, STEP_FIELD_NAMES } from './caseForms';
import { translate } from '../i18n/messages';
import { placeProblem } from '../domain/problem';

const t = (key: string) => translate('en', key);
type Item = ReactElement<{ name: string; rules?: { required?: boolean }[]; help?: ReactNode; children: ReactElement<Record<string, unknown>> }>;
const items = (nodes: ReactNode[]) => nodes.filter(isValidElement) as Item[];
const names = (nodes: ReactNode[]) => items(nodes).map((item) => item.props.name);
const field = (nodes: ReactNode[], name: string) => items(nodes).find((item) => item.props.name === name)!;
const options = (item: Item) => (item.props.children.props.options as { value: unknown; label: string }[]);
const required = (item: Item) => (item.props.rules ?? []).some((rule) => rule.required);

const departments = { options: [{ value: 'billing', label: 'Billing' }, { value: 'customer-service', label: 'Customer service' }] };

describe('the fields each step asks for', () => {
  it('triage: the level and a department of the unit, from the organisation', () => {
    const fields = stepFields('triage', t, 2, departments);
    expect(names(fields)).toEqual(['level', 'responsibleDepartment']);
    expect(options(field(fields, 'responsibleDepartment'))).toEqual(departments.options);
    expect(required(field(fields, 'responsibleDepartment'))).toBe(true);
  });

  it('re-triage: the level, a department of the unit (the current one first), validity only of an invalid case, and the reason', () => {
    const fields = stepFields('retriage', t, 3, departments, { status: 'INVESTIGATING', responsibleDepartment: 'billing' });
    expect(names(fields)).toEqual(['level', 'responsibleDepartment', 'reason']);
    expect(options(field(fields, 'responsibleDepartment'))).toEqual(departments.options);
    expect((field(fields, 'responsibleDepartment').props as { initialValue?: string }).initialValue).toBe('billing');
    expect(names(stepFields('retriage', t, 3, departments, { status: 'INVALID' }))).toEqual(['level', 'responsibleDepartment', 'valid', 'reason']);
  });

  it('assignment: the handler and a department of the unit, from the organisation', () => {
    const fields = stepFields('assign', t, null, departments);
    expect(names(fields)).toEqual(['handlerId', 'handlerName', 'handlerDepartment']);
    expect(options(field(fields, 'handlerDepartment'))).toEqual(departments.options);
  });

  it('offers no department while none were read, and says so when reading failed', () => {
    const loading = field(stepFields('triage', t, 1, { options: [], loading: true }), 'responsibleDepartment');
    expect(options(loading)).toEqual([]);
    expect(loading.props.children.props.loading).toBe(true);
    expect(loading.props.help).toBeUndefined();
    const failed = field(stepFields('assign', t, 1, { options: [], failed: true, retry: () => undefined }), 'handlerDepartment');
    expect(failed.props.help).toBeTruthy();
    expect(failed.props.children.props.disabled).toBe(true);
  });

  it('callback: satisfaction, satisfaction with timeliness on the same scale, the method and a comment', () => {
    const fields = stepFields('callback', t);
    expect(names(fields)).toEqual(['satisfaction', 'timelinessSatisfaction', 'method', 'comment']);
    expect(options(field(fields, 'timelinessSatisfaction'))).toEqual(options(field(fields, 'satisfaction')));
    expect(required(field(fields, 'satisfaction'))).toBe(true);
    expect(required(field(fields, 'timelinessSatisfaction'))).toBe(false);
    expect(required(field(fields, 'method'))).toBe(false);
  });

  it('callback: staff reach the complainant by phone, visit or message, never "online" (the portal\'s own)', () => {
    const methods = options(field(stepFields('callback', t), 'method'));
    expect(methods.map((m) => m.value)).toEqual(['PHONE', 'VISIT', 'MESSAGE']);
    expect(methods.map((m) => m.label)).toEqual(['Phone', 'Visit', 'Message']);
  });

  it('effectiveness review: the outcome and a note, both required', () => {
    const fields = stepFields('reviewEffectiveness', t);
    expect(names(fields)).toEqual(['outcome', 'note']);
    expect(options(field(fields, 'outcome')).map((o) => o.value)).toEqual(['EFFECTIVE', 'NOT_EFFECTIVE']);
    expect(items(fields).every(required)).toBe(true);
  });

  it('shows a refusal at each field the new forms ask for', () => {
    for (const name of ['timelinessSatisfaction', 'method', 'outcome', 'note', 'responsibleDepartment', 'handlerDepartment']) {
      expect(STEP_FIELD_NAMES.has(name)).toBe(true);
    }
  });

  it('shows the review-due refusal above the form, and an unknown department at its field, in both languages', () => {
    const reviewDue = { status: 409, errors: [{ field: null as unknown as string, rule: 'review-due', message: 'no effectiveness review is due' }] };
    expect(placeProblem(reviewDue, t, STEP_FIELD_NAMES).general).toEqual([translate('en', 'rule.review-due')]);
    expect(placeProblem(reviewDue, (key) => translate('zh-CN', key), STEP_FIELD_NAMES).general[0]).toContain('有效性验证');
    const unknown = { status: 400, errors: [{ field: 'handlerDepartment', rule: 'unknown-department', message: 'x' }] };
    expect(placeProblem(unknown, t, STEP_FIELD_NAMES).fields)
      .toEqual([{ name: ['handlerDepartment'], errors: ['Not a department of the unit'] }]);
  });
});
