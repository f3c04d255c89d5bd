import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Row, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../i18n/I18n';
import { useMe } from '../session';
import { call, query } from '../api/http';
import { CASE_STATUSES, CATEGORIES, CHANNELS, LEVELS, UNITS } from '../domain/enums';
import { formatDateTime } from '../domain/format';
import { asOfParam, isPast } from '../domain/history';
import { LevelTag, LoadError, OverdueMark, PriorityMark, StatusTag } from './common';

interface LedgerRow {
  complaintId: string; registrationNumber: string; unitCode: string; channel: string; category: string; level: number | null;
  priority: boolean; repeat: boolean; status: string; responsibleDepartment?: string; handlerId?: string; causeCode?: string;
  satisfaction?: string; overdue: boolean; escalations: number; receivedAt: string; closedAt?: string;
}
interface Filters { unit?: string; from?: Dayjs; to?: Dayjs; status?: string; level?: number; category?: string; channel?: string;
  department?: string; overdue?: boolean; asOf?: Dayjs | null }

/**
 * The ledger (投诉台账): every filter of analytics' API, paging, and the selection exported as CSV or Excel;
 * with an "as of" instant, the ledger as it stood then (recomputed from the events by analytics).
 */
export function LedgerScreen() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({ unit: me.unit });
  const [page, setPage] = useState({ current: 1, size: 20 });
  const [rows, setRows] = useState<LedgerRow[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const params = (f: Filters) => ({
    unit: f.unit, from: f.from?.format('YYYY-MM'), to: f.to?.format('YYYY-MM'), status: f.status, level: f.level,
    category: f.category, channel: f.channel, department: f.department, overdue: f.overdue,
    asOf: asOfParam(f.asOf?.toDate()),
  });
  const load = () => {
    setLoading(true);
    call<LedgerRow[]>('GET', `/api/analytics/ledger${query({ ...params(filters), sort: 'receivedAt,desc', page: page.current - 1, size: page.size })}`)
      .then(({ body, headers }) => { setRows(body); setTotal(Number(headers.get('X-Total-Count') ?? body.length)); setError(null); })
      .catch(setError).finally(() => setLoading(false));
  };
  useEffect(load, [filters, page]);
  const selection = query(params(filters));
  const opts = (kind: string, values: readonly (string | number)[]) => values.map((v) => ({ value: v, label: t(`${kind}.${v}`) }));

  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('ledger.title')}</h1>} extra={<Space>
      <Button icon={<DownloadOutlined />} href={`/api/analytics/ledger/export.csv${selection}`} data-testid="export-csv">{t('ledger.export.csv')}</Button>
      <Button icon={<DownloadOutlined />} href={`/api/analytics/ledger/export.xlsx${selection}`}>{t('ledger.export.xlsx')}</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={{ unit: me.unit }}
        onFinish={(values) => { setFilters(values); setPage((p) => ({ ...p, current: 1 })); }}>
        <Row gutter={12}>
          <Col xs={12} md={4}><Form.Item name="unit" label={t('field.unit')}><Select options={UNITS.map((u) => ({ value: u, label: `${u} ${t(`unit.${u}`)}` }))} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="from" label={t('field.from')}><DatePicker picker="month" style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="to" label={t('field.to')}><DatePicker picker="month" style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="status" label={t('field.status')}><Select allowClear options={opts('status', CASE_STATUSES)} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="level" label={t('field.level')}><Select allowClear options={opts('level', LEVELS)} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="category" label={t('field.category')}><Select allowClear options={opts('category', CATEGORIES)} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="channel" label={t('field.channel')}><Select allowClear options={opts('channel', CHANNELS)} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="department" label={t('field.department')}><Select allowClear mode={undefined}
            options={['billing', 'service', 'customer-service', 'quality'].map((d) => ({ value: d, label: d }))} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="overdue" label={t('field.overdue')}><Select allowClear
            options={[{ value: true, label: t('common.yes') }, { value: false, label: t('common.no') }]} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="asOf" label={t('field.asOf')} tooltip={t('ledger.asOfTooltip')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="ledger-as-of"
              disabledDate={(d) => !isPast(d.startOf('day').toDate(), new Date())} /></Form.Item></Col>
          <Col xs={24} md={8} style={{ display: 'flex', alignItems: 'flex-end', paddingBottom: 24 }}><Space>
            <Button type="primary" htmlType="submit">{t('ledger.search')}</Button>
            <Button onClick={() => { form.resetFields(); setFilters({ unit: me.unit }); }}>{t('ledger.clear')}</Button></Space></Col>
        </Row>
      </Form>
      {filters.asOf && <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="ledger-as-of-note"
        message={t('ledger.asOfNote', { time: formatDateTime(filters.asOf.toISOString(), lang) })} />}
      <Typography.Text type="secondary" data-testid="ledger-total">{t('ledger.total', { count: total })}</Typography.Text>
      {error ? <LoadError error={error} onRetry={load} /> : (
        <Table<LedgerRow> rowKey="complaintId" loading={loading} dataSource={rows} size="small" scroll={{ x: 1100 }}
          locale={{ emptyText: t('ledger.empty') }}
          pagination={{ current: page.current, pageSize: page.size, total, showSizeChanger: true,
            onChange: (current, size) => setPage({ current, size }) }}
          columns={[
            { title: t('field.registrationNumber'), dataIndex: 'registrationNumber', fixed: 'left' },
            { title: t('field.receivedAt'), dataIndex: 'receivedAt', render: (v: string) => formatDateTime(v, lang) },
            { title: t('field.level'), dataIndex: 'level', render: (l: number, r) => <><LevelTag level={l} /><PriorityMark priority={r.priority} /></> },
            { title: t('field.category'), dataIndex: 'category', render: (v: string) => t(`category.${v}`) },
            { title: t('field.channel'), dataIndex: 'channel', render: (v: string) => t(`channel.${v}`) },
            { title: t('field.status'), dataIndex: 'status', render: (s: string, r) => <><StatusTag status={s} /><OverdueMark overdue={r.overdue} /></> },
            { title: t('field.department'), dataIndex: 'responsibleDepartment' },
            { title: t('field.cause'), dataIndex: 'causeCode', render: (c?: string) => (c ? t(`cause.${c}`) : '—') },
            { title: t('field.satisfaction'), dataIndex: 'satisfaction', render: (s?: string) => (s ? t(`satisfaction.${s}`) : '—') },
            { title: t('field.unit'), dataIndex: 'unitCode' },
          ]} />
      )}
    </Card>
  );
}
