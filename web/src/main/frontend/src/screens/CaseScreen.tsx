import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, List, Modal, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EyeOutlined, PauseCircleOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../i18n/I18n';
import { useMe } from '../session';
import { get, post, query, ProblemError } from '../api/http';
import { caseActions, STEP_PATH, type CaseAction } from '../domain/caseActions';
import { placeProblem } from '../domain/problem';
import { CONTACT_PURPOSES } from '../domain/enums';
import { formatDateTime, formatRemaining, remaining } from '../domain/format';
import type { ComplaintView } from './IntakeScreen';
import { LevelTag, LoadError, OverdueMark, PriorityMark, problemText, StatusTag } from './common';
import { stepFields, STEP_FIELD_NAMES, type DepartmentChoice } from './caseForms';
import { departmentOptions, departmentsUrl, type UnitDepartments } from '../domain/departments';

export interface CaseView {
  caseId: string; registrationNumber: string; unitCode: string; unitPath: string[]; holderUnit: string; level: number | null;
  priority: boolean; status: string; responsibleDepartment?: string; handlerId?: string; paused: boolean;
  escalationsOpen: boolean; deadlinesMissed: number; deadlines: Record<string, string>; nextDue?: string;
  openedAt: string; closedAt?: string; outcome?: string; satisfaction?: string;
}
interface TimelineEntry { eventId: string; time: string; service: string; type: string; actor?: string; unit?: string; what?: string; why?: string }

/** Steps without a body are confirmed, not filled in. */
const NO_BODY: CaseAction[] = ['offer', 'instructCallback', 'resume', 'takeover', 'explainInvalidity'];

export function CaseScreen({ caseId }: { caseId?: string }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const [view, setView] = useState<CaseView | null>(null);
  const [complaint, setComplaint] = useState<ComplaintView | null>(null);
  const [timeline, setTimeline] = useState<TimelineEntry[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [step, setStep] = useState<CaseAction | null>(null);
  const [now, setNow] = useState(new Date());

  const load = () => {
    if (!caseId) return;
    setError(null);
    get<CaseView>(`/api/handling/cases/${caseId}`).then(setView).catch(setError);
    get<ComplaintView>(`/api/intake/complaints/${caseId}`).then(setComplaint).catch(() => setComplaint(null));
    get<TimelineEntry[]>(`/api/analytics/complaints/${caseId}/timeline`).then(setTimeline).catch(() => setTimeline([]));
  };
  useEffect(load, [caseId]);
  useEffect(() => { const timer = setInterval(() => setNow(new Date()), 30000); return () => clearInterval(timer); }, []);

  if (error) {
    const notFound = error instanceof ProblemError && error.problem.status === 404;
    return notFound ? <Empty description={t('case.notFound')}><Button href="#/work">{t('case.back')}</Button></Empty>
      : <LoadError error={error} onRetry={load} />;
  }
  if (!view) return <Card loading />;
  const actions = caseActions(me.roles, view);
  const deadlines = Object.entries(view.deadlines ?? {}).sort(([, a], [, b]) => a.localeCompare(b));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space><Button icon={<ArrowLeftOutlined />} href="#/work">{t('case.back')}</Button>
        <Button href={`#/register/${view.caseId}`}>{t('case.complaint')}</Button></Space>
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }} data-testid="case-title">{t('case.title', { number: view.registrationNumber })}</h1>}
        extra={<Space><StatusTag status={view.status} /><LevelTag level={view.level} /><PriorityMark priority={view.priority} />
          {view.escalationsOpen && <Tag color="red">{t('case.escalationsOpen')}</Tag>}
          {view.paused && <Tag icon={<PauseCircleOutlined />}>{t('case.paused')}</Tag>}</Space>}>
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Descriptions title={t('case.facts')} column={1} size="small" bordered>
              <Descriptions.Item label={t('field.unitPath')}>{view.unitPath?.join(' › ')}</Descriptions.Item>
              <Descriptions.Item label={t('field.holderUnit')}>{view.holderUnit}</Descriptions.Item>
              <Descriptions.Item label={t('field.responsibleDepartment')}>{view.responsibleDepartment ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('case.handler')}>{view.handlerId ?? '—'}</Descriptions.Item>
              {complaint && <>
                <Descriptions.Item label={t('field.channel')}>{t(`channel.${complaint.channel}`)}</Descriptions.Item>
                <Descriptions.Item label={t('field.category')}>{t(`category.${complaint.category}`)}</Descriptions.Item>
                <Descriptions.Item label={t('field.description')}>{complaint.description}</Descriptions.Item>
                <Descriptions.Item label={t('field.demand')}>{complaint.demand ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.receivedAt')}>{formatDateTime(complaint.receivedAt, lang)}</Descriptions.Item>
                <Descriptions.Item label={t('field.contact')}>
                  <Space wrap>
                    <span data-testid="masked-contact">{[complaint.complainant.maskedName, complaint.complainant.maskedPhone,
                      complaint.complainant.maskedEmail].filter(Boolean).join(' · ')}</span>
                    <RevealContact reference={complaint.complainant.reference} />
                  </Space>
                </Descriptions.Item>
                {complaint.repeatOf && <Descriptions.Item label={t('field.repeat')}>{complaint.repeatOf.registrationNumber}</Descriptions.Item>}
              </>}
              {view.satisfaction && <Descriptions.Item label={t('field.satisfaction')}>{t(`satisfaction.${view.satisfaction}`)}</Descriptions.Item>}
            </Descriptions>
          </Col>
          <Col xs={24} lg={10}>
            <Typography.Title level={5}>{t('case.deadlines')}</Typography.Title>
            {view.deadlinesMissed > 0 && <Alert type="error" showIcon message={t('case.missed', { count: view.deadlinesMissed })} style={{ marginBottom: 8 }} />}
            <List size="small" bordered dataSource={deadlines} locale={{ emptyText: t('case.noDeadlines') }}
              renderItem={([limit, due]) => {
                const left = remaining(due, now);
                return <List.Item>
                  <Space direction="vertical" size={0}>
                    <strong>{t(`limit.${limit}`)}</strong>
                    <span>{formatDateTime(due, lang)} · <span data-testid={`countdown-${limit}`}>{formatRemaining(left, lang)}</span> <OverdueMark overdue={left.overdue} /></span>
                  </Space>
                </List.Item>;
              }} />
            <Typography.Title level={5} style={{ marginTop: 16 }}>{t('case.actions')}</Typography.Title>
            {actions.length === 0 ? <Typography.Text type="secondary">{t('case.noActions')}</Typography.Text> : (
              <Space wrap>{actions.map((a) => (
                <Button key={a} type={['escalate', 'takeover', 'reject'].includes(a) ? 'default' : 'primary'}
                  danger={['escalate', 'takeover', 'reject', 'invalidity'].includes(a)} onClick={() => setStep(a)} data-testid={`action-${a}`}>
                  {t(`action.${a}`)}</Button>))}</Space>)}
          </Col>
        </Row>
      </Card>
      <Card title={t('case.timeline')}>
        <Table<TimelineEntry> rowKey="eventId" size="small" dataSource={timeline} pagination={false}
          columns={[
            { title: t('field.time'), dataIndex: 'time', width: 170, render: (v: string) => formatDateTime(v, lang) },
            { title: t('field.event'), dataIndex: 'type', render: (v: string, e) => <span>{v}<br /><small>{e.what}</small></span> },
            { title: t('field.actor'), dataIndex: 'actor', render: (v: string, e) => `${v ?? '—'}${e.unit ? ` (${e.unit})` : ''}` },
            { title: t('field.why'), dataIndex: 'why', render: (v?: string) => v ?? '—' },
          ]} />
      </Card>
      {step && <StepDialog caseId={view.caseId} unit={view.unitCode} action={step} level={view.level}
        current={{ status: view.status, responsibleDepartment: view.responsibleDepartment }} onClose={(done) => {
        setStep(null);
        if (done) load();
      }} />}
    </Space>
  );
}

/** The steps that name a department of the case's unit. */
const NAMES_DEPARTMENT: CaseAction[] = ['triage', 'retriage', 'assign'];

/** The case unit's departments, read when a step names one. */
function useDepartments(unit: string, wanted: boolean): DepartmentChoice {
  const { lang } = useI18n();
  const [answer, setAnswer] = useState<UnitDepartments | null>(null);
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return undefined;
    let current = true;
    setState('loading');
    get<UnitDepartments>(departmentsUrl(unit))
      .then((a) => { if (current) { setAnswer(a); setState('loaded'); } })
      .catch(() => { if (current) setState('failed'); });
    return () => { current = false; };
  }, [unit, wanted, attempt]);
  return { options: departmentOptions(answer, lang), loading: state === 'loading', failed: state === 'failed',
    retry: () => setAttempt((n) => n + 1) };
}

function StepDialog({ caseId, unit, action, level, current, onClose }: { caseId: string; unit: string; action: CaseAction;
  level: number | null; current: { status: string; responsibleDepartment?: string }; onClose: (done: boolean) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [sending, setSending] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const departments = useDepartments(unit, NAMES_DEPARTMENT.includes(action));
  const fields = stepFields(action, t, level, departments, current);
  const submit = async (values: Record<string, unknown>) => {
    setSending(true);
    setGeneral(null);
    const body = { ...values };
    if (body.dueDate) body.dueDate = (body.dueDate as Dayjs).format('YYYY-MM-DD');
    try {
      await post(`/api/handling/cases/${caseId}/${STEP_PATH[action]}`, NO_BODY.includes(action) ? undefined : body);
      message.success(t('case.done', { action: t(`action.${action}`) }));
      onClose(true);
    } catch (error) {
      if (error instanceof ProblemError) {
        const placed = placeProblem(error.problem, t, STEP_FIELD_NAMES);
        form.setFields(placed.fields);
        setGeneral(placed.general.join(' ') || null);
      } else setGeneral(problemText(error, t));
    } finally { setSending(false); }
  };
  return (
    <Modal open title={t(`action.${action}`)} onCancel={() => onClose(false)} onOk={() => form.submit()} confirmLoading={sending}
      okText={t('action.submit')} cancelText={t('action.cancel')} destroyOnHidden>
      {general && <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit}>{fields}</Form>
    </Modal>
  );
}

function RevealContact({ reference }: { reference: string }) {
  const { t } = useI18n();
  const [purpose, setPurpose] = useState<string>();
  const [contact, setContact] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reveal = async () => {
    setError(null);
    try {
      setContact(await get<Record<string, string>>(`/api/intake/complainants/${encodeURIComponent(reference)}/contact${query({ purpose })}`));
    } catch (e) { setError(problemText(e, t)); }
  };
  return (
    <>
      <Select aria-label={t('field.purpose')} placeholder={t('field.purpose')} value={purpose} onChange={setPurpose} size="small"
        style={{ width: 120 }} options={CONTACT_PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}`) }))} />
      <Button size="small" icon={<EyeOutlined />} disabled={!purpose} onClick={reveal} title={t('case.revealHint')}>{t('case.reveal')}</Button>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Modal open={!!contact} title={t('field.contact')} footer={null} onCancel={() => setContact(null)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('case.revealHint')}</Typography.Paragraph>
        <Descriptions column={1} size="small">
          {contact && ['name', 'organisation', 'address', 'phone', 'email'].filter((k) => contact[k]).map((k) => (
            <Descriptions.Item key={k} label={t(`field.complainant.${k}`)}>{contact[k]}</Descriptions.Item>))}
        </Descriptions>
      </Modal>
    </>
  );
}

