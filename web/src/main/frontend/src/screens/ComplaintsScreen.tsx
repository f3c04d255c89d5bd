import { useEffect, useState } from 'react';
import { Card, Input, Space, Table } from 'antd';
import { useI18n } from '../i18n/I18n';
import { useMe } from '../session';
import { get, query } from '../api/http';
import { formatDateTime } from '../domain/format';
import { go } from '../route';
import type { ComplaintView } from './IntakeScreen';
import { LevelTag, LoadError, PriorityMark, StatusTag } from './common';

/** The intake agent's view of the complaints of their unit and the units below, newest first. */
export function ComplaintsScreen() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [page, setPage] = useState(0);
  const [data, setData] = useState<{ items: ComplaintView[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () => {
    setError(null);
    get<{ items: ComplaintView[]; total: number }>(`/api/intake/complaints${query({ unit: me.unit, page, size: 20 })}`)
      .then(setData).catch(setError);
  };
  useEffect(load, [page]);
  const find = async (number: string) => {
    if (!number.trim()) return;
    try {
      const found = await get<ComplaintView>(`/api/intake/complaints/by-number/${encodeURIComponent(number.trim())}`);
      go(`register/${found.complaintId}`);
    } catch (e) { setError(e); }
  };
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('complaints.title')}</h1>}
      extra={<Space><Input.Search aria-label={t('intake.lookup')} placeholder={t('intake.lookup')} enterButton={t('intake.find')} onSearch={find} /></Space>}>
      {error ? <LoadError error={error} onRetry={load} /> : null}
      <Table<ComplaintView> rowKey="complaintId" loading={!data && !error} dataSource={data?.items ?? []} size="middle"
        locale={{ emptyText: t('complaints.empty') }}
        pagination={{ current: page + 1, pageSize: 20, total: data?.total ?? 0, onChange: (p) => setPage(p - 1), showSizeChanger: false }}
        columns={[
          { title: t('field.registrationNumber'), dataIndex: 'registrationNumber',
            render: (n: string, c) => <a href={`#/register/${c.complaintId}`}>{n}</a> },
          { title: t('field.level'), dataIndex: 'level', render: (l: number, c) => <><LevelTag level={l} /><PriorityMark priority={c.priority} /></> },
          { title: t('field.category'), dataIndex: 'category', render: (v: string) => t(`category.${v}`) },
          { title: t('field.channel'), dataIndex: 'channel', render: (v: string) => t(`channel.${v}`) },
          { title: t('field.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          { title: t('field.receivedAt'), dataIndex: 'receivedAt', render: (v: string) => formatDateTime(v, lang) },
        ]} />
    </Card>
  );
}
