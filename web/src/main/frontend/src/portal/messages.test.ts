import { describe, expect, it } from 'vitest';
import { PORTAL_MESSAGES, portalText } from './messages';

describe('the portal speaks both languages', () => {
  it('has the same words in zh-CN and English', () => {
    expect(Object.keys(PORTAL_MESSAGES.en).sort()).toEqual(Object.keys(PORTAL_MESSAGES['zh-CN']).sort());
  });

  it('names every status, step and role the portal API answers', () => {
    const statuses = ['RECEIVED', 'AWAITING_TRIAGE', 'INVESTIGATING', 'OFFERED', 'ACCEPTED', 'CALLBACK_DUE', 'INVALID',
      'CLOSED', 'WITHDRAWN'];
    const steps = ['FILED', 'INFORMATION_ADDED', 'FILE_ADDED', 'WITHDRAWN', 'YOU_ACCEPTED', 'YOU_DECLINED',
      'YOU_ANSWERED_CALLBACK', 'CASE_OPENED', 'TRIAGED', 'CONTACTED', 'REMEDY_OFFERED', 'REMEDY_ACCEPTED',
      'REMEDY_DECLINED', 'REMEDY_EXECUTED', 'CALLBACK_DUE', 'CALLBACK_DONE', 'REOPENED', 'FOUND_INVALID',
      'INVALIDITY_EXPLAINED', 'ESCALATED', 'CLOSED'];
    const keys = [...statuses.map((s) => `status.${s}`), ...steps.map((s) => `step.${s}`),
      ...['COMPLAINANT', 'INTAKE_AGENT', 'COORDINATOR', 'HANDLER', 'CALLBACK_AGENT', 'SYSTEM'].map((r) => `role.${r}`)];
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(keys.filter((key) => portalText(lang, key) === key)).toEqual([]);
    }
  });
});
