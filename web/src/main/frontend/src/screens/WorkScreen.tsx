import { useCallback, useEffect, useState } from 'react';
import { Badge, Button, Card, Table, Tabs } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/I18n';
import { hasRole, useMe, type Me } from '../session';
import { call, query } from '../api/http';
import { listen } from '../api/feed';
import { byUrgency, fromCase, fromLedger, type CaseViewLike, type LedgerLike, type WorkItem } from '../domain/worklist';
import { formatDateTime, formatRemaining, remaining } from '../domain/format';
import { go } from '../route';
import { LevelTag, LoadError, OverdueMark, PriorityMark, StatusTag } from './common';

interface WorkList { key: string; fetch: (me: Me) => Promise<{ items: WorkItem[]; total: number }> }

const PAGE = 100;

const handlingList = (name: string): WorkList => ({
  key: name,
  fetch: async (me) => {
    const { body } = await call<{ cases: CaseViewLike[]; total: number }>('GET',
      `/api/handling/worklists/${name}${query({ unit: me.unit, page: 0, size: PAGE })}`);
    const now = new Date();
    return { items: body.cases.map((c) => fromCase(c, now)), total: body.total };
  },
});

/** Coordinators' lists of a status come from the ledger (台账) of their units. */
const ledgerList = (key: string, status: string): WorkList => ({
  key,
  fetch: async (me) => {
    const { body, headers } = await call<LedgerLike[]>('GET',
      `/api/analytics/ledger${query({ unit: me.unit, status, size: PAGE, sort: 'receivedAt,asc' })}`);
    const now = new Date();
    return { items: body.map((r) => fromLedger(r, now)), total: Number(headers.get('X-Total-Count') ?? body.length) };
  },
});

export function workLists(me: Me): WorkList[] {
  const lists: WorkList[] = [];
  if (hasRole(me, 'HANDLER')) lists.push(handlingList('mine'));
  if (hasRole(me, 'APPROVER')) lists.push(handlingList('approvals'));
  if (hasRole(me, 'CALLBACK_AGENT')) lists.push(handlingList('callbacks'));
  if (hasRole(me, 'COORDINATOR')) {
    lists.push(ledgerList('triage', 'AWAITING_TRIAGE'), ledgerList('executed', 'EXECUTED'), ledgerList('invalid', 'INVALID'));
  }
  if (hasRole(me, 'COORDINATOR', 'HQ_SUPERVISOR')) {
    lists.push(handlingList('overdue'), handlingList('escalated'), handlingList('effectiveness-reviews'));
  }
  return lists;
}

interface Loaded { items: WorkItem[]; total: number; error?: unknown }

export function WorkScreen({ list }: { list?: string }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const lists = workLists(me);
  const active = lists.find((l) => l.key === list)?.key ?? lists[0]?.key;
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});
  const [loading, setLoading] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    Promise.all(lists.map((l) => l.fetch(me).then((r): [string, Loaded] => [l.key, r])
      .catch((error): [string, Loaded] => [l.key, { items: [], total: 0, error }])))
      .then((entries) => setLoaded(Object.fromEntries(entries)))
      .finally(() => setLoading(false));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me.id]);
  useEffect(load, [load]);
  useEffect(() => listen(() => load()), [load]);

  const now = new Date();
  const current = active ? loaded[active] : undefined;
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('work.title')}</h1>}
      extra={<Button icon={<ReloadOutlined />} onClick={load} loading={loading}>{t('work.refresh')}</Button>}>
      <Tabs activeKey={active} onChange={(key) => go(`work/${key}`)} items={lists.map((l) => ({
        key: l.key,
        label: <span data-testid={`tab-${l.key}`}>{t(`work.${l.key}`)} <Badge count={loaded[l.key]?.total ?? 0} showZero
          color={loaded[l.key]?.total ? '#1f5fbf' : '#bbb'} /></span>,
      }))} />
      {current?.error ? <LoadError error={current.error} onRetry={load} /> : (
        <Table<WorkItem> rowKey="id" loading={loading && !current} size="middle" pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={[...(current?.items ?? [])].sort(byUrgency)} locale={{ emptyText: t('work.empty') }}
          onRow={(item) => ({ onDoubleClick: () => go(`cases/${item.id}`) })}
          rowClassName={(item) => (item.overdue ? 'row-overdue' : '')}
          columns={[
            { title: t('field.registrationNumber'), dataIndex: 'number',
              render: (number: string, item) => <a href={`#/cases/${item.id}`}>{number}</a> },
            { title: t('field.level'), dataIndex: 'level', render: (level: number, item) => <><LevelTag level={level} /><PriorityMark priority={item.priority} /></> },
            { title: t('field.status'), dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
            { title: t('field.unit'), dataIndex: 'unit' },
            { title: t('field.due'), dataIndex: 'due', render: (due: string | null, item) => due
              ? <span>{formatDateTime(due, lang)} <br /><small>{formatRemaining(remaining(due, now), lang)}</small> <OverdueMark overdue={item.overdue} /></span>
              : <OverdueMark overdue={item.overdue} /> },
            { title: '', key: 'open', render: (_, item) => <Button size="small" href={`#/cases/${item.id}`}>{t('work.open')}</Button> },
          ]} />
      )}
    </Card>
  );
}
