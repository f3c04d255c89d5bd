import { useEffect, useState } from 'react';
import { Card, Col, DatePicker, Empty, Form, Radio, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useI18n } from '../i18n/I18n';
import { useMe } from '../session';
import { get, query } from '../api/http';
import { childrenOf, UNITS } from '../domain/enums';
import { formatNumber, formatRate, lastTwelveMonths, monthOf } from '../domain/format';
import { changedFirst, dayOf, type Difference, formatChange, formatFigure, isPublicationDay } from '../domain/history';
import { LoadError, Ratio } from './common';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Rate { rate: number | null; numerator: number; denominator: number }
interface Figures { total: number; valid: number; invalid: number; withdrawn: number; onTime: Rate; resolution: Rate; satisfaction: Rate;
  escalations: number; reopened: number; repeats: number; timeToClose: { closed: number; meanHours: number | null; p90Hours: number | null };
  firstContact?: { contacted: number; medianHours: number | null; p90Hours: number | null } | null }
interface Comparison { publishedAt: string; differences: Difference[] }
interface StatisticsView { unit: string; period: string; figures: Figures; by?: string; breakdown?: { key: string; figures: Figures }[] }
interface Pareto { causes: { cause: string; count: number; share: number; cumulativeCount: number; cumulativeShare: number }[] }

const BREAKDOWNS = ['category', 'level', 'channel', 'department', 'unit'] as const;

/**
 * Monthly and yearly figures of a unit and the units below it (投诉管理月度统计分析); a month's figures as
 * published on a date beside today's, with what changed since.
 */
export default function StatisticsScreen() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [mode, setMode] = useState<'month' | 'year'>('month');
  const [date, setDate] = useState<Dayjs>(dayjs());
  const [unit, setUnit] = useState(me.unit === 'HQ' ? 'HQ' : me.unit);
  const [by, setBy] = useState<(typeof BREAKDOWNS)[number]>('category');
  const [view, setView] = useState<StatisticsView | null>(null);
  const [trend, setTrend] = useState<StatisticsView[]>([]);
  const [pareto, setPareto] = useState<Pareto | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [publishedOn, setPublishedOn] = useState<Dayjs | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [comparisonError, setComparisonError] = useState<unknown>(null);
  const period = mode === 'month' ? monthOf(date.toDate()) : String(date.year());
  const publicationDay = mode === 'month' && publishedOn ? dayOf(publishedOn.toDate()) : null;

  useEffect(() => {
    setComparison(null);
    setComparisonError(null);
    if (!publicationDay) return;
    get<Comparison>(`/api/analytics/statistics/as-published${query({ unit, month: period, publishedOn: publicationDay })}`)
      .then(setComparison).catch(setComparisonError);
  }, [unit, period, publicationDay]);

  useEffect(() => {
    setError(null);
    // analytics breaks down by category, level, channel and department; by unit below is one read per unit
    const figures = get<StatisticsView>(`/api/analytics/statistics${query({ unit, period, by: by === 'unit' ? undefined : by })}`);
    const below = by === 'unit'
      ? Promise.all(childrenOf(unit).map((child) => get<StatisticsView>(`/api/analytics/statistics${query({ unit: child, period })}`)
        .then((v) => ({ key: child, figures: v.figures }))))
      : Promise.resolve(undefined);
    Promise.all([figures, below]).then(([v, units]) => setView(units ? { ...v, breakdown: units } : v)).catch(setError);
    get<Pareto>(`/api/analytics/statistics/causes${query({ unit, period })}`).then(setPareto).catch(() => setPareto(null));
  }, [unit, period, by]);
  useEffect(() => {
    const months = lastTwelveMonths(mode === 'month' ? period : `${period}-12`);
    Promise.all(months.map((m) => get<StatisticsView>(`/api/analytics/statistics${query({ unit, period: m })}`)))
      .then(setTrend).catch(() => setTrend([]));
  }, [unit, period, mode]);

  const f = view?.figures;
  const rate = (key: 'onTime' | 'resolution' | 'satisfaction') => f && (
    <Ratio numerator={f[key].numerator} denominator={f[key].denominator}>
      <Statistic title={t(`stats.${key}`)} value={formatRate(f[key].rate, lang)} />
      <small>{t('stats.ratio', { numerator: formatNumber(f[key].numerator, lang), denominator: formatNumber(f[key].denominator, lang) })}</small>
    </Ratio>);
  const label = (key: string) => {
    const known = { category: `category.${key}`, level: `level.${key}`, channel: `channel.${key}`, unit: `unit.${key}`, department: '' }[by];
    const text = known ? t(known) : key;
    return text === known ? key : text;
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('stats.title')}</h1>}>
        <Form layout="inline">
          <Form.Item label={t('field.period')}>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} optionType="button"
              options={[{ value: 'month', label: t('stats.month') }, { value: 'year', label: t('stats.year') }]} />
          </Form.Item>
          <Form.Item><DatePicker aria-label={t('field.period')} picker={mode} value={date} allowClear={false} onChange={(d) => d && setDate(d)} /></Form.Item>
          <Form.Item label={t('field.unit')}><Select value={unit} onChange={setUnit} style={{ width: 180 }}
            options={UNITS.map((u) => ({ value: u, label: `${u} ${t(`unit.${u}`)}` }))} /></Form.Item>
          {mode === 'month' && <Form.Item label={t('stats.publishedOn')}>
            <DatePicker aria-label={t('stats.publishedOn')} value={publishedOn} onChange={setPublishedOn} data-testid="stats-published-on"
              disabledDate={(d) => !isPublicationDay(dayOf(d.toDate()), period, dayOf(new Date()))} /></Form.Item>}
        </Form>
      </Card>
      {publicationDay && (comparisonError ? <LoadError error={comparisonError} /> : (
        <Card title={t('stats.asPublished', { month: period, day: publicationDay })} loading={!comparison} data-testid="stats-as-published">
          <Table<Difference> size="small" rowKey="figure" pagination={false} dataSource={changedFirst(comparison?.differences ?? [])}
            columns={[
              { title: t('stats.figure'), dataIndex: 'figure', render: (name: string) => t(`figure.${name}`) },
              { title: t('stats.published'), dataIndex: 'published', render: (v: number | null, d) => formatFigure(d.figure, v, lang) },
              { title: t('stats.now'), dataIndex: 'now', render: (v: number | null, d) => formatFigure(d.figure, v, lang) },
              { title: t('stats.change'), key: 'change', render: (_, d) => (d.changed
                ? <Tag color="orange">{formatChange(d, lang)}</Tag> : formatChange(d, lang)) },
            ]} />
        </Card>))}
      {error ? <LoadError error={error} /> : f && <Card loading={!view}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}><Statistic title={t('stats.total')} value={formatNumber(f.total, lang)} data-testid="stats-total" />
            <small>{t('stats.valid')} {formatNumber(f.valid, lang)} · {t('stats.invalid')} {formatNumber(f.invalid, lang)} · {t('stats.withdrawn')} {formatNumber(f.withdrawn, lang)}</small></Col>
          <Col xs={12} md={6}>{rate('onTime')}</Col>
          <Col xs={12} md={6}>{rate('resolution')}</Col>
          <Col xs={12} md={6}>{rate('satisfaction')}</Col>
          <Col xs={12} md={4}><Statistic title={t('stats.escalations')} value={formatNumber(f.escalations, lang)} /></Col>
          <Col xs={12} md={4}><Statistic title={t('stats.reopened')} value={formatNumber(f.reopened, lang)} /></Col>
          <Col xs={12} md={4}><Statistic title={t('stats.repeats')} value={formatNumber(f.repeats, lang)} /></Col>
          <Col xs={12} md={6}><Statistic title={t('stats.meanHours')} value={formatNumber(f.timeToClose.meanHours, lang, 1)} /></Col>
          <Col xs={12} md={6}><Statistic title={t('stats.p90Hours')} value={formatNumber(f.timeToClose.p90Hours, lang)} /></Col>
          <Col xs={12} md={6}><Statistic title={t('stats.firstContactMedian')} value={formatNumber(f.firstContact?.medianHours, lang)} /></Col>
          <Col xs={12} md={6}><Statistic title={t('stats.firstContactP90')} value={formatNumber(f.firstContact?.p90Hours, lang)} /></Col>
        </Row>
      </Card>}
      <Card title={t('stats.trend')}>
        <ReactEChartsCore echarts={echarts} style={{ height: 300 }} notMerge option={{
          tooltip: { trigger: 'axis' },
          legend: { data: [t('stats.total'), t('stats.onTime'), t('stats.resolution'), t('stats.satisfaction')] },
          xAxis: { type: 'category', data: trend.map((s) => s.period) },
          yAxis: [{ type: 'value', name: t('stats.count'), minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
          series: [
            { name: t('stats.total'), type: 'bar', data: trend.map((s) => s.figures.total) },
            ...(['onTime', 'resolution', 'satisfaction'] as const).map((k, i) => ({
              name: t(`stats.${k}`), type: 'line', yAxisIndex: 1, symbol: ['circle', 'rect', 'triangle'][i],
              lineStyle: { type: ['solid', 'dashed', 'dotted'][i] },
              data: trend.map((s) => (s.figures[k].rate === null ? null : Math.round(Number(s.figures[k].rate) * 1000) / 10)),
            })),
          ],
        }} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}><Card title={t('stats.breakdown')} extra={<Select aria-label={t('field.by')} value={by} onChange={setBy} style={{ width: 140 }}
          options={BREAKDOWNS.map((b) => ({ value: b, label: t(`stats.by.${b}`) }))} />}>
          <Table size="small" rowKey="key" pagination={false} dataSource={view?.breakdown ?? []} columns={[
            { title: t('stats.key'), dataIndex: 'key', render: (k: string) => label(k) },
            { title: t('stats.total'), key: 'total', render: (_, g) => formatNumber(g.figures.total, lang) },
            ...(['onTime', 'resolution', 'satisfaction'] as const).map((k) => ({
              title: t(`stats.${k}`), key: k, render: (_: unknown, g: { figures: Figures }) => (
                <Ratio numerator={g.figures[k].numerator} denominator={g.figures[k].denominator}>{formatRate(g.figures[k].rate, lang)}</Ratio>),
            })),
          ]} />
        </Card></Col>
        <Col xs={24} lg={12}><Card title={t('stats.pareto')}>
          {!pareto?.causes.length ? <Empty description={t('stats.noCauses')} /> : (
            <ReactEChartsCore echarts={echarts} style={{ height: 300 }} notMerge option={{
              tooltip: { trigger: 'axis' },
              legend: { data: [t('stats.count'), t('stats.cumulative')] },
              xAxis: { type: 'category', data: pareto.causes.map((c) => t(`cause.${c.cause}`)), axisLabel: { interval: 0, rotate: 30 } },
              yAxis: [{ type: 'value', name: t('stats.count'), minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
              series: [
                { name: t('stats.count'), type: 'bar', data: pareto.causes.map((c) => c.count) },
                { name: t('stats.cumulative'), type: 'line', yAxisIndex: 1, data: pareto.causes.map((c) => Math.round(Number(c.cumulativeShare) * 1000) / 10) },
              ],
            }} />)}
        </Card></Col>
      </Row>
    </Space>
  );
}
