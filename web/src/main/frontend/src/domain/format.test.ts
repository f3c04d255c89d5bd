import { describe, expect, it } from 'vitest';
import { durationHours, formatDateTime, formatNumber, formatRate, formatRemaining, lastTwelveMonths, monthOf, remaining } from './format';

describe('dates in the organisation zone (Asia/Shanghai), numbers and rates per language', () => {
  it('shows an instant in Shanghai time', () => {
    expect(formatDateTime('2026-11-30T17:30:00Z', 'zh-CN')).toBe('2026/12/01 01:30');
    expect(formatDateTime('2026-11-30T17:30:00Z', 'en')).toBe('12/01/2026, 01:30');
    expect(formatDateTime(null, 'en')).toBe('—');
  });

  it('counts an instant in its Shanghai month', () => {
    expect(monthOf(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12');
  });

  it('formats rates as percentages and numbers with grouping', () => {
    expect(formatRate(0.8333, 'zh-CN')).toBe('83.3%');
    expect(formatRate('0.5', 'en')).toBe('50.0%');
    expect(formatRate(null, 'en')).toBe('—');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'zh-CN')).toBe('1,234,567');
  });

  it('counts down to a time limit and past it', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(formatRemaining(remaining('2026-12-02T03:05:00Z', now), 'zh-CN')).toBe('剩余 1天3小时5分钟');
    expect(formatRemaining(remaining('2026-12-02T03:05:00Z', now), 'en')).toBe('1 d 3 h 5 min left');
    expect(formatRemaining(remaining('2026-11-30T23:30:00Z', now), 'en')).toBe('overdue by 30 min');
    expect(remaining('2026-11-30T23:30:00Z', now).overdue).toBe(true);
  });

  it('lists twelve months up to one, across a year', () => {
    expect(lastTwelveMonths('2026-03')).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10',
      '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('reads the board age as hours', () => {
    expect(durationHours('PT49H30M')).toBe(49.5);
    expect(durationHours('P1DT2H')).toBe(26);
  });
});
