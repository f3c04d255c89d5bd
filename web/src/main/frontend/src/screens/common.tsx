import { Alert, Tag, Tooltip } from 'antd';
import { ExclamationCircleOutlined, StarFilled } from '@ant-design/icons';
import { useI18n } from '../i18n/I18n';
import { ProblemError } from '../api/http';
import { statusMessage } from '../domain/problem';

const STATUS_COLOURS: Record<string, string> = {
  RECEIVED: 'default', AWAITING_TRIAGE: 'gold', INVESTIGATING: 'blue', AWAITING_APPROVAL: 'purple', REMEDY_READY: 'cyan',
  OFFERED: 'cyan', ACCEPTED: 'geekblue', EXECUTED: 'geekblue', CALLBACK_DUE: 'orange', INVALID: 'default',
  CLOSED: 'green', WITHDRAWN: 'default',
};
const LEVEL_COLOURS: Record<number, string> = { 1: 'red', 2: 'volcano', 3: 'blue', 4: 'default' };

/** A status as words (colour only adds to them). */
export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOURS[status] ?? 'default'}>{t(`status.${status}`)}</Tag>;
}

export function LevelTag({ level }: { level?: number | null }) {
  const { t } = useI18n();
  if (!level) return <>—</>;
  return <Tag color={LEVEL_COLOURS[level]}>{t(`level.${level}`)}</Tag>;
}

export function PriorityMark({ priority }: { priority: boolean }) {
  const { t } = useI18n();
  return priority ? <Tag icon={<StarFilled />} color="magenta">{t('work.priorityTag')}</Tag> : null;
}

export function OverdueMark({ overdue }: { overdue: boolean }) {
  const { t } = useI18n();
  return overdue ? <Tag icon={<ExclamationCircleOutlined />} color="error">{t('work.overdueTag')}</Tag> : null;
}

/** What went wrong, in the person's language, with what to do. */
export function problemText(error: unknown, t: (k: string, p?: Record<string, string | number>) => string): string {
  if (error instanceof ProblemError) {
    if (error.problem.status === 0) return t('problem.network');
    const rules = (error.problem.errors ?? []).map((e) => {
      const key = `rule.${e.rule}`;
      const text = t(key);
      return text === key ? e.message : text;
    });
    return rules.length ? rules.join('；') : statusMessage(error.problem, t);
  }
  return error instanceof Error ? error.message : String(error);
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return <Alert type="error" showIcon message={t('common.error')}
    description={t('common.loadFailed', { message: problemText(error, t) })}
    action={onRetry ? <a onClick={onRetry}>{t('common.retry')}</a> : undefined} />;
}

export function Ratio({ numerator, denominator, children }: { numerator: number; denominator: number; children: React.ReactNode }) {
  const { t } = useI18n();
  return <Tooltip title={t('stats.ratio', { numerator, denominator })}><span tabIndex={0}>{children}</span></Tooltip>;
}
