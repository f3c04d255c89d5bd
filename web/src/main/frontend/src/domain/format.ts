// Dates, numbers and rates as each language writes them; times in the organisation's zone.
export type Lang = 'zh-CN' | 'en';
export const ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(lang, {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hour12: false,
  }).format(date);
}

export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(lang, { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(iso));
}

export function formatNumber(value: number | null | undefined, lang: Lang, fractionDigits = 0): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(lang, { maximumFractionDigits: fractionDigits }).format(value);
}

/** A rate of 0..1 as a percentage with one decimal; a dash when there is nothing to divide by. */
export function formatRate(rate: number | string | null | undefined, lang: Lang): string {
  if (rate === null || rate === undefined) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
    .format(Number(rate));
}

/** The month (yyyy-MM) an instant falls in, in the organisation's zone. */
export function monthOf(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' })
    .formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}`;
}

/** The twelve months up to and including `month` (yyyy-MM), oldest first. */
export function lastTwelveMonths(month: string): string[] {
  const [year, m] = month.split('-').map(Number);
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const index = year * 12 + (m - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

export interface Remaining { overdue: boolean; days: number; hours: number; minutes: number }

/** How long until `due` (or how long past it), in whole days, hours and minutes. */
export function remaining(due: string, now: Date): Remaining {
  let ms = new Date(due).getTime() - now.getTime();
  const overdue = ms < 0;
  ms = Math.abs(ms);
  const minutesTotal = Math.floor(ms / 60000);
  return {
    overdue, days: Math.floor(minutesTotal / 1440), hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}

export function formatRemaining(r: Remaining, lang: Lang): string {
  const parts = lang === 'zh-CN'
    ? [r.days ? `${r.days}天` : '', r.hours ? `${r.hours}小时` : '', `${r.minutes}分钟`]
    : [r.days ? `${r.days} d` : '', r.hours ? `${r.hours} h` : '', `${r.minutes} min`];
  const span = parts.filter(Boolean).join(lang === 'zh-CN' ? '' : ' ');
  if (lang === 'zh-CN') return r.overdue ? `已超期 ${span}` : `剩余 ${span}`;
  return r.overdue ? `overdue by ${span}` : `${span} left`;
}

/** An ISO-8601 duration such as PT49H30M (the board's age) as hours. */
export function durationHours(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(iso);
  if (!match) return null;
  const [, d, h, m, s] = match;
  return Number(d ?? 0) * 24 + Number(h ?? 0) + Number(m ?? 0) / 60 + Number(s ?? 0) / 3600;
}
