// What went wrong, worded when the page is drawn: a switch of language words it again.
import { PortalProblem } from './api';

export type T = (key: string) => string;

/** What went wrong, in the complainant's words: each refused field with the service's reason. */
export function problemText(error: unknown, t: T): string {
  if (!(error instanceof PortalProblem)) return t('problem.other');
  const { problem } = error;
  if (problem.status === 0) return t('problem.network');
  if (problem.status === 401) return t('problem.session');
  if (problem.status === 429) return t('problem.locked');
  // a refused rule the complainant can act on, in their words; the service's own words otherwise
  const fields = (problem.errors ?? []).map((e) => {
    const key = `problem.rule.${e.rule}`;
    const text = t(key);
    return text === key ? e.message : text;
  }).join('; ');
  return t('problem.other') + (fields || problem.detail || problem.title || String(problem.status));
}
