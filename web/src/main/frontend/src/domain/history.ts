// The past as the console asks about it: the ledger as of an instant, a month's statistics as
// published on a date beside today's, and how far a rebuild of the analytics has come.
import { formatNumber, formatRate, type Lang, ZONE } from './format';

/** The `asOf` parameter for an instant picked in the ledger: ISO-8601 in UTC; none for the live ledger. */
export function asOfParam(picked: Date | null | undefined): string | undefined {
  if (!picked || Number.isNaN(picked.getTime())) return undefined;
  return new Date(Math.floor(picked.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Whether an instant may be asked about: not after now (analytics refuses the future). */
export function isPast(picked: Date, now: Date): boolean {
  return picked.getTime() <= now.getTime();
}

/** The day (yyyy-MM-dd) a date falls on in the organisation's zone: the `publishedOn` parameter. */
export function dayOf(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date);
}

/** Whether a publication day may be asked for a month (yyyy-MM): from its first day up to today. */
export function isPublicationDay(day: string, month: string, today: string): boolean {
  return day >= `${month}-01` && day <= today;
}

/** One figure of the comparison, as analytics answers it. */
export interface Difference { figure: string; published: number | null; now: number | null; change: number | null; changed: boolean }

/** The figures analytics compares, in its order: each has its name in both languages (`figure.<name>`). */
export const COMPARED_FIGURES = ['total', 'valid', 'invalid', 'withdrawn', 'onTime', 'resolution', 'satisfaction',
  'timelinessSatisfaction', 'escalations', 'reopened', 'repeats', 'timeToClose.closed', 'timeToClose.meanHours',
  'timeToClose.p90Hours', 'firstContact.contacted', 'firstContact.medianHours', 'firstContact.p90Hours'] as const;

/** How a figure is written: a count, a rate (0..1) or hours. */
export type FigureKind = 'count' | 'rate' | 'hours';

const RATES = new Set(['onTime', 'resolution', 'satisfaction', 'timelinessSatisfaction']);

export function kindOf(figure: string): FigureKind {
  if (RATES.has(figure)) return 'rate';
  return /Hours$/.test(figure) ? 'hours' : 'count';
}

/** A figure's value as published or now, as its kind is written. */
export function formatFigure(figure: string, value: number | null, lang: Lang): string {
  const kind = kindOf(figure);
  if (kind === 'rate') return formatRate(value, lang);
  return formatNumber(value === null ? null : Number(value), lang, kind === 'hours' ? 1 : 0);
}

/**
 * The change since publication, signed: counts and hours as numbers, rates in percentage points
 * (e.g. −66.7 pp); a dash when either side is not known, "±0" when unchanged.
 */
export function formatChange(d: Difference, lang: Lang): string {
  if (d.change === null || d.change === undefined) return '—';
  const change = Number(d.change);
  if (change === 0) return '±0';
  const sign = change > 0 ? '+' : '−';
  const kind = kindOf(d.figure);
  const size = kind === 'rate'
    ? `${formatNumber(Math.abs(change) * 100, lang, 1)} ${lang === 'zh-CN' ? '个百分点' : 'pp'}`
    : formatNumber(Math.abs(change), lang, kind === 'hours' ? 1 : 0);
  return `${sign}${size}`;
}

/** The differences to show: the changed ones first, each group in analytics' order. */
export function changedFirst(differences: Difference[]): Difference[] {
  return [...differences.filter((d) => d.changed), ...differences.filter((d) => !d.changed)];
}

/** A rebuild's progress as analytics reports it. */
export interface RebuildProgress {
  state: string; generation: number; total: number; applied: number; eventsPerSecond: number; error?: string;
  percent?: number | null; secondsLeft?: number | null; topics?: { topic: string; read: number; toRead: number }[];
}

/** The share done in whole percent: analytics' own, else computed (older answers had none). */
export function percentOf(progress: RebuildProgress): number {
  if (progress.percent !== null && progress.percent !== undefined) return progress.percent;
  if (progress.state === 'DONE') return 100;
  return progress.total > 0 ? Math.floor((progress.applied / progress.total) * 100) : 0;
}

/** A topic's share done, in whole percent (100 for a topic with nothing to read). */
export function topicPercent(topic: { read: number; toRead: number }): number {
  return topic.toRead > 0 ? Math.floor((Math.min(topic.read, topic.toRead) / topic.toRead) * 100) : 100;
}

/** The estimated time left, e.g. "1 h 5 min", "约 2 分钟"; a dash while unknown. */
export function formatTimeLeft(seconds: number | null | undefined, lang: Lang): string {
  if (seconds === null || seconds === undefined) return '—';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (lang === 'zh-CN') {
    if (h > 0) return `约 ${h} 小时 ${m} 分钟`;
    return m > 0 ? `约 ${m} 分钟` : `约 ${s} 秒`;
  }
  if (h > 0) return `about ${h} h ${m} min`;
  return m > 0 ? `about ${m} min` : `about ${s} s`;
}
