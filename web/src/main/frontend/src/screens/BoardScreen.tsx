import { useCallback, useEffect, useState } from 'react';
import { App, Badge, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useI18n } from '../i18n/I18n';
import { useMe } from '../session';
import { call, post, query } from '../api/http';
import { listen } from '../api/feed';
import { durationHours, formatDateTime, formatNumber, formatRemaining, remaining } from '../domain/format';
import { LevelTag, LoadError, OverdueMark, problemText, StatusTag } from './common';

interface OpenEscalation {
  complaintId: string; registrationNumber: string; unitCode: string; unitPath: string[]; holderUnit: string; status: string;
  level: number | null; escalationLevel: number | null; escalationReason: string; escalations: number; lastEscalatedAt: string;
  age: string; nextDeadline?: { limit: string; due: string; overdue: boolean } | null;
}

/** HQ's escalation board: every open escalation of the units below, refreshed as the live feed tells of changes. */
export function BoardScreen() {
  const { t, lang } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const [rows, setRows] = useState<OpenEscalation[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [live, setLive] = useState(0);

  const load = useCallback(() => {
    setLoading(true);
    call<OpenEscalation[]>('GET', `/api/analytics/escalations${query({ unit: me.unit, size: 200 })}`)
      .then(({ body, headers }) => { setRows(body); setTotal(Number(headers.get('X-Total-Count') ?? body.length)); setError(null); })
      .catch(setError).finally(() => setLoading(false));
  }, [me.unit]);
  useEffect(load, [load]);
  useEffect(() => listen(() => { setLive((n) => n + 1); load(); }), [load]);

  const takeOver = async (row: OpenEscalation) => {
    try {
      await post(`/api/handling/cases/${row.complaintId}/takeover`);
      message.success(t('case.done', { action: t('action.takeover') }));
      load();
    } catch (e) { message.error(problemText(e, t)); }
  };
  const now = new Date();
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('board.title')} <Badge count={total} showZero color="#cf1322" /></h1>}
      extra={<Tag color="green" aria-live="polite">{t('board.live')}{live ? ` · ${live}` : ''}</Tag>}>
      {error ? <LoadError error={error} onRetry={load} /> : (
        <Table<OpenEscalation> rowKey="complaintId" loading={loading && rows.length === 0} dataSource={rows} size="middle"
          locale={{ emptyText: t('board.empty') }} pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('field.registrationNumber'), dataIndex: 'registrationNumber', render: (n: string, r) => <a href={`#/cases/${r.complaintId}`}>{n}</a> },
            { title: t('field.level'), dataIndex: 'level', render: (l: number) => <LevelTag level={l} /> },
            { title: t('field.escalationLevel'), dataIndex: 'escalationLevel', render: (l: number | null) => (l === null ? '—' : t(`escalationLevel.${l}`)) },
            { title: t('field.escalationReason'), dataIndex: 'escalationReason', render: (r: string) => t(`escalation.${r}`).startsWith('escalation.') ? r : t(`escalation.${r}`) },
            { title: t('field.age'), dataIndex: 'age', render: (a: string) => `${formatNumber(durationHours(a), lang, 1)} h` },
            { title: t('field.due'), key: 'due', render: (_, r) => r.nextDeadline
              ? <span>{t(`limit.${r.nextDeadline.limit}`)} · {formatDateTime(r.nextDeadline.due, lang)}<br />
                <small>{formatRemaining(remaining(r.nextDeadline.due, now), lang)}</small> <OverdueMark overdue={r.nextDeadline.overdue} /></span> : '—' },
            { title: t('field.unitPath'), dataIndex: 'unitPath', render: (p: string[]) => p?.join(' › ') },
            { title: t('field.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
            { title: '', key: 'takeover', render: (_, r) => r.holderUnit === 'HQ' ? <Tag>{t('field.holderUnit')}: HQ</Tag> : (
              <Popconfirm title={t('action.takeover')} onConfirm={() => takeOver(r)} okText={t('action.submit')} cancelText={t('action.cancel')}>
                <Button size="small" danger>{t('board.takeover')}</Button></Popconfirm>) },
          ]} />
      )}
    </Card>
  );
}
