import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { COMPARED_FIGURES, asOfParam, changedFirst, dayOf, formatChange, formatFigure, formatTimeLeft, isPast, isPublicationDay, kindOf,
  percentOf, topicPercent, type Difference } from './history';

const difference = (figure: string, published: number | null, now: number | null, change: number | null): Difference =>
  ({ figure, published, now, change, changed: change !== 0 });

describe('the ledger as of an instant', () => {
  it('asks analytics with the instant in UTC, to the second', () => {
    expect(asOfParam(new Date('2026-11-05T16:00:00.750+08:00'))).toBe('2026-11-05T08:00:00Z');
    expect(asOfParam(undefined)).toBeUndefined();
    expect(asOfParam(new Date('not a date'))).toBeUndefined();
  });

  it('offers only instants up to now', () => {
    const now = new Date('2026-12-06T05:00:00Z');
    expect(isPast(new Date('2026-12-06T04:59:59Z'), now)).toBe(true);
    expect(isPast(new Date('2026-12-06T05:00:01Z'), now)).toBe(false);
  });
});

describe('a month as published on a date', () => {
  it('names the publication day in Shanghai', () => {
    expect(dayOf(new Date('2026-11-05T17:00:00Z'))).toBe('2026-11-06');
  });

  it('allows days from the month\'s first up to today', () => {
    expect(isPublicationDay('2026-11-05', '2026-10', '2026-12-06')).toBe(true);
    expect(isPublicationDay('2026-09-30', '2026-10', '2026-12-06')).toBe(false);
    expect(isPublicationDay('2026-12-07', '2026-10', '2026-12-06')).toBe(false);
  });

  it('writes each figure as its kind', () => {
    expect(kindOf('resolution')).toBe('rate');
    expect(kindOf('firstContact.medianHours')).toBe('hours');
    expect(kindOf('total')).toBe('count');
    expect(formatFigure('resolution', 0.3333, 'en')).toBe('33.3%');
    expect(formatFigure('timeToClose.meanHours', 12.25, 'en')).toBe('12.3');
    expect(formatFigure('firstContact.p90Hours', null, 'zh-CN')).toBe('—');
  });

  it('signs the change, rates in percentage points', () => {
    expect(formatChange(difference('total', 2, 3, 1), 'en')).toBe('+1');
    expect(formatChange(difference('resolution', 1, 0.3333, -0.6667), 'en')).toBe('−66.7 pp');
    expect(formatChange(difference('resolution', 1, 0.3333, -0.6667), 'zh-CN')).toBe('−66.7 个百分点');
    expect(formatChange(difference('escalations', 0, 0, 0), 'en')).toBe('±0');
    expect(formatChange(difference('satisfaction', null, 1, null), 'en')).toBe('—');
  });

  it('names every compared figure in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(COMPARED_FIGURES.filter((name) => !(`figure.${name}` in MESSAGES[lang]))).toEqual([]);
    }
  });

  it('lists the changed figures first', () => {
    const list = [difference('total', 2, 2, 0), difference('reopened', 0, 1, 1), difference('repeats', 0, 0, 0)];
    expect(changedFirst(list).map((d) => d.figure)).toEqual(['reopened', 'total', 'repeats']);
  });
});

describe('a rebuild\'s progress', () => {
  const running = { state: 'RUNNING', generation: 3, total: 200, applied: 50, eventsPerSecond: 10 };

  it('takes analytics\' percent, or computes it from older answers', () => {
    expect(percentOf({ ...running, percent: 24 })).toBe(24);
    expect(percentOf(running)).toBe(25);
    expect(percentOf({ ...running, state: 'DONE', total: 0, applied: 0 })).toBe(100);
    expect(percentOf({ ...running, total: 0, applied: 0 })).toBe(0);
  });

  it('shows each topic\'s share', () => {
    expect(topicPercent({ read: 5, toRead: 40 })).toBe(12);
    expect(topicPercent({ read: 0, toRead: 0 })).toBe(100);
  });

  it('estimates the time left in words', () => {
    expect(formatTimeLeft(3900, 'en')).toBe('about 1 h 5 min');
    expect(formatTimeLeft(125, 'zh-CN')).toBe('约 2 分钟');
    expect(formatTimeLeft(9, 'en')).toBe('about 9 s');
    expect(formatTimeLeft(null, 'en')).toBe('—');
  });
});
