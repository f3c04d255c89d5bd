import { useEffect, useState } from 'react';
import { App, Button, Card, Progress, Space, Table, Typography } from 'antd';
import { useI18n } from '../i18n/I18n';
import { get, post, query } from '../api/http';
import { formatDateTime, formatNumber } from '../domain/format';
import { formatTimeLeft, percentOf, type RebuildProgress, topicPercent } from '../domain/history';
import { LoadError, problemText } from './common';

interface Delivery { id: string; registrationNumber?: string; rule: string; recipientRole: string; recipientUnit: string;
  recipientId?: string; channel: string; status: string; attempts: number; createdAt: string; lastError?: string }

/** Operators: notifications that failed, queued again on demand; the analytics rebuild and its progress. */
export function OperationsScreen() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [failed, setFailed] = useState<Delivery[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [rebuild, setRebuild] = useState<RebuildProgress | null>(null);

  const load = () => get<Delivery[]>(`/api/notification/notifications${query({ status: 'FAILED', size: 200 })}`)
    .then((d) => { setFailed(d); setError(null); }).catch(setError);
  const poll = () => get<RebuildProgress>('/api/analytics/admin/rebuild').then(setRebuild).catch(() => undefined);
  useEffect(() => { load(); poll(); }, []);
  useEffect(() => {
    if (rebuild?.state !== 'RUNNING') return undefined;
    const timer = setInterval(poll, 1000);
    return () => clearInterval(timer);
  }, [rebuild?.state]);

  const retry = async (d: Delivery) => {
    try { await post(`/api/notification/notifications/${d.id}/retry`); message.success(t('ops.retried')); load(); }
    catch (e) { message.error(problemText(e, t)); }
  };
  const startRebuild = async () => {
    try { setRebuild(await post<RebuildProgress>('/api/analytics/admin/rebuild')); poll(); }
    catch (e) { message.error(problemText(e, t)); }
  };
  const percent = rebuild ? percentOf(rebuild) : 0;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('ops.failed')}</h1>}>
        {error ? <LoadError error={error} onRetry={load} /> : (
          <Table<Delivery> rowKey="id" size="small" loading={!failed} dataSource={failed ?? []} locale={{ emptyText: t('ops.noFailed') }}
            columns={[
              { title: t('field.time'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, lang) },
              { title: t('field.registrationNumber'), dataIndex: 'registrationNumber' },
              { title: t('field.rule'), dataIndex: 'rule' },
              { title: t('field.recipient'), key: 'r', render: (_, d) => `${d.recipientId ?? d.recipientRole} (${d.recipientUnit})` },
              { title: t('field.channelOfDelivery'), dataIndex: 'channel' },
              { title: t('field.attempts'), dataIndex: 'attempts', render: (n: number) => formatNumber(n, lang) },
              { title: t('field.lastError'), dataIndex: 'lastError', ellipsis: true },
              { title: '', key: 'retry', render: (_, d) => <Button size="small" onClick={() => retry(d)}>{t('ops.retry')}</Button> },
            ]} />)}
      </Card>
      <Card title={t('ops.rebuild')}>
        <Typography.Paragraph type="secondary">{t('ops.rebuildHint')}</Typography.Paragraph>
        {rebuild && <>
          <Progress percent={percent} status={rebuild.state === 'FAILED' ? 'exception' : rebuild.state === 'RUNNING' ? 'active' : undefined} />
          <Typography.Paragraph>{t('ops.rebuildState', { state: rebuild.state, applied: formatNumber(rebuild.applied, lang),
            total: formatNumber(rebuild.total, lang), rate: formatNumber(rebuild.eventsPerSecond, lang) })}
            {rebuild.state === 'RUNNING' && ` ${t('ops.rebuildLeft', { left: formatTimeLeft(rebuild.secondsLeft, lang) })}`}</Typography.Paragraph>
          {(rebuild.topics ?? []).map((topic) => (
            <div key={topic.topic} data-testid={`rebuild-topic-${topic.topic}`}>
              <Typography.Text type="secondary">{t('ops.rebuildTopic', { topic: topic.topic, read: formatNumber(topic.read, lang),
                toRead: formatNumber(topic.toRead, lang) })}</Typography.Text>
              <Progress size="small" percent={topicPercent(topic)} />
            </div>))}
          {rebuild.error && <Typography.Text type="danger">{rebuild.error}</Typography.Text>}
        </>}
        <Button type="primary" onClick={startRebuild} disabled={rebuild?.state === 'RUNNING'}>{t('ops.rebuildStart')}</Button>
      </Card>
    </Space>
  );
}
