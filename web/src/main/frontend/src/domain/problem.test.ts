import { describe, expect, it } from 'vitest';
import { fieldPath, placeProblem, ruleMessage } from './problem';
import { translate } from '../i18n/messages';

const zh = (key: string, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const fields = new Set(['level', 'complainant.name', 'complainant.phone', 'complainant.email']);

describe('a refusal shown at the fields it names', () => {
  it('turns a service field path into the form field name', () => {
    expect(fieldPath('complainant.phone')).toEqual(['complainant', 'phone']);
    expect(fieldPath('items[2].name')).toEqual(['items', 2, 'name']);
  });

  it('places each error at its field, translated by rule code', () => {
    const placed = placeProblem({ status: 400, errors: [
      { field: 'complainant.phone', rule: 'Pattern', message: 'must be a phone number' },
      { field: 'level', rule: 'Max', message: 'must be less than or equal to 4' },
    ] }, zh, fields);
    expect(placed.fields).toEqual([
      { name: ['complainant', 'phone'], errors: ['电话格式不正确（数字，可含 +、空格或 -，7至20位）'] },
      { name: ['level'], errors: ['数值过大'] },
    ]);
    expect(placed.general).toEqual([]);
  });

  it('shows an error about the complainant as a whole at the phone, where it is fixed', () => {
    const placed = placeProblem({ status: 400, errors: [{ field: 'complainant', rule: 'contact-required', message: 'x' }] }, en, fields);
    expect(placed.fields).toEqual([{ name: ['complainant', 'phone'], errors: ['Give a phone number or an e-mail address'] }]);
  });

  it('says above the form what no field can show, and keeps the service words for an unknown rule', () => {
    const placed = placeProblem({ status: 409, errors: [{ field: 'case', rule: 'brand-new-rule', message: 'the service says so' }] }, en, fields);
    expect(placed.general).toEqual(['the service says so']);
    expect(placeProblem({ status: 403 }, en, fields).general).toEqual(['You may not do this.']);
  });

  it('translates a rule in both languages', () => {
    const problem = { field: 'caseId', rule: 'conflict-of-interest', message: 'x' };
    expect(ruleMessage(problem, zh)).toContain('回避');
    expect(ruleMessage(problem, en)).toContain('Conflict of interest');
  });
});
