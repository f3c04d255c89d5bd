import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './messages';
import { CALLBACK_METHODS, CASE_STATUSES, CATEGORIES, CAUSES, CHANNELS, ESCALATION_REASONS, INVALIDITY_REASONS, LEVELS, PRIORITY_SOURCES, REVIEW_OUTCOMES, ROLES, SATISFACTIONS,
  TIME_LIMITS } from '../domain/enums';
import { initialLanguage } from './I18n';

describe('the translations', () => {
  it('say every word in both languages', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES['zh-CN']).sort());
  });

  it('name every enum value the services speak', () => {
    const keys = [...CASE_STATUSES.map((v) => `status.${v}`), ...CATEGORIES.map((v) => `category.${v}`),
      ...CHANNELS.map((v) => `channel.${v}`), ...LEVELS.map((v) => `level.${v}`), ...ROLES.map((v) => `role.${v}`),
      ...SATISFACTIONS.map((v) => `satisfaction.${v}`), ...PRIORITY_SOURCES.map((v) => `source.${v}`),
      ...INVALIDITY_REASONS.map((v) => `invalid.${v}`), ...TIME_LIMITS.map((v) => `limit.${v}`), ...CAUSES.map((v) => `cause.${v}`),
      ...ESCALATION_REASONS.map((v) => `escalation.${v}`), ...CALLBACK_METHODS.map((v) => `method.${v}`),
      ...REVIEW_OUTCOMES.map((v) => `review.${v}`)];
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(keys.filter((key) => !(key in MESSAGES[lang]))).toEqual([]);
    }
  });

  it('fills in parameters', () => {
    expect(translate('en', 'ledger.total', { count: 3 })).toBe('3 in all');
    expect(translate('zh-CN', 'ledger.total', { count: 3 })).toBe('共 3 条');
  });

  it('starts in Chinese unless English was chosen', () => {
    expect(initialLanguage(null)).toBe('zh-CN');
    expect(initialLanguage('en')).toBe('en');
    expect(initialLanguage('fr')).toBe('zh-CN');
  });
});
