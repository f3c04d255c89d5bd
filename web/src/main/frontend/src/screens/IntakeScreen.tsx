import { useEffect, useState } from 'react';
import { Alert, App, AutoComplete, Button, Card, Checkbox, Col, DatePicker, Descriptions, Divider, Form, Input, InputNumber, Modal, Progress,
  Row, Select, Space, Table, Typography, Upload } from 'antd';
import { CopyOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../i18n/I18n';
import { useMe } from '../session';
import { erasurePath, mayErase } from '../domain/erasure';
import { get, post, upload, ProblemError } from '../api/http';
import { CATEGORIES, CHANNELS, LEVELS, PRIORITY_SOURCES, UNITS } from '../domain/enums';
import { checkRegistration, registrationRequest, type RegistrationForm } from '../domain/registration';
import { placeProblem } from '../domain/problem';
import { formatDateTime, formatNumber } from '../domain/format';
import { go } from '../route';
import { LevelTag, LoadError, PriorityMark, problemText, StatusTag } from './common';

interface Registration { complaintId: string; registrationNumber: string; receivedAt: string; priority: boolean; repeatOf?: string }
export interface ComplaintView {
  complaintId: string; registrationNumber: string; unitCode: string; status: string; channel: string; category: string;
  level: number; priority: boolean; prioritySources?: string[]; description: string; demand?: string; occurredAt?: string;
  complainedAbout?: { unitCode?: string; department?: string; person?: string; productOrService?: string };
  groupSize?: number; resolvedAtIntake?: string; repeatOf?: { complaintId: string; registrationNumber: string } | null;
  complainant: { reference: string; maskedName?: string; maskedPhone?: string; maskedEmail?: string; contactConsent?: boolean };
  receivedAt: string; receivedBy: string; amendments: number; withdrawal?: { reason: string; withdrawnAt: string } | null;
  erased?: boolean; erasure?: { erasedAt: string; erasedBy: string; reason: string } | null;
}
interface Evidence { evidenceId: string; fileName: string; contentType: string; size: number; uploadedAt: string; uploadedBy: string }

/** Every field of the form, as the services name them: a refusal naming one is shown there. */
const FORM_FIELDS = new Set(['unitCode', 'channel', 'category', 'level', 'description', 'demand', 'occurredAt',
  'complainedAbout.unitCode', 'complainedAbout.department', 'complainedAbout.person', 'complainedAbout.productOrService',
  'prioritySources', 'groupSize', 'resolvedAtIntake', 'actionTaken', 'complainant.name', 'complainant.organisation',
  'complainant.address', 'complainant.phone', 'complainant.email', 'complainant.contactConsent']);

type FormValues = Omit<RegistrationForm, 'occurredAt'> & { occurredAt?: Dayjs | null };

export function IntakeScreen({ complaintId }: { complaintId?: string }) {
  return complaintId ? <RegisteredComplaint complaintId={complaintId} /> : <RegistrationFormCard />;
}

function RegistrationFormCard() {
  const { t } = useI18n();
  const me = useMe();
  const [form] = Form.useForm();
  const [general, setGeneral] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const resolved = Form.useWatch('resolvedAtIntake', form);

  const submit = async () => {
    const values = form.getFieldsValue(true) as FormValues;
    const input: RegistrationForm = { ...values, occurredAt: values.occurredAt ? values.occurredAt.toISOString() : undefined };
    form.setFields([...FORM_FIELDS].map((f) => ({ name: f.split('.'), errors: [] })));
    const local = checkRegistration(input);
    if (local.length) {
      const placed = placeProblem({ status: 400, errors: local }, t, FORM_FIELDS);
      form.setFields(placed.fields);
      setGeneral([t('intake.fixErrors'), ...placed.general]);
      return;
    }
    setSending(true);
    setGeneral([]);
    try {
      const registration = await post<Registration>('/api/intake/complaints', registrationRequest(input),
        { 'Idempotency-Key': crypto.randomUUID() });
      sessionRepeat.set(registration.complaintId, registration);
      form.resetFields();
      go(`register/${registration.complaintId}`);
    } catch (error) {
      if (error instanceof ProblemError) {
        const placed = placeProblem(error.problem, t, FORM_FIELDS);
        form.setFields(placed.fields);
        setGeneral(placed.fields.length ? [t('intake.fixErrors'), ...placed.general] : placed.general);
      } else {
        setGeneral([problemText(error, t)]);
      }
    } finally {
      setSending(false);
    }
  };

  const options = (kind: string, values: readonly (string | number)[]) =>
    values.map((v) => ({ value: v, label: t(`${kind}.${v}`) }));

  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('intake.title')}</h1>}>
      {general.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={general.join(' ')} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ unitCode: me.unit, level: 3, complainant: { contactConsent: false } }}
        scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={8}><Form.Item name="unitCode" label={t('field.unitCode')} required>
            <Select options={UNITS.map((u) => ({ value: u, label: `${u} ${t(`unit.${u}`)}` }))} />
          </Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="channel" label={t('field.channel')} required>
            <Select options={options('channel', CHANNELS)} />
          </Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="category" label={t('field.category')} required>
            <Select options={options('category', CATEGORIES)} />
          </Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="level" label={t('field.level')} required extra={t('hint.groupSize')}>
            <Select options={options('level', LEVELS)} />
          </Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="occurredAt" label={t('field.occurredAt')}>
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="groupSize" label={t('field.groupSize')}>
            <InputNumber min={1} max={100000} style={{ width: '100%' }} />
          </Form.Item></Col>
          <Col span={24}><Form.Item name="description" label={t('field.description')} required>
            <Input.TextArea rows={4} maxLength={4000} showCount />
          </Form.Item></Col>
          <Col span={24}><Form.Item name="demand" label={t('field.demand')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item></Col>
          <Col span={24}><Form.Item name="prioritySources" label={t('field.prioritySources')}>
            <Checkbox.Group options={options('source', PRIORITY_SOURCES) as { value: string; label: string }[]} />
          </Form.Item></Col>
        </Row>
        <Divider orientation="left">{t('field.complainedAbout')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={6}><Form.Item name={['complainedAbout', 'unitCode']} label={t('field.complainedAbout.unitCode')}>
            <AutoComplete allowClear options={UNITS.map((u) => ({ value: u, label: `${u} ${t(`unit.${u}`)}` }))} />
          </Form.Item></Col>
          <Col xs={24} md={6}><Form.Item name={['complainedAbout', 'department']} label={t('field.complainedAbout.department')}>
            <Input maxLength={100} /></Form.Item></Col>
          <Col xs={24} md={6}><Form.Item name={['complainedAbout', 'person']} label={t('field.complainedAbout.person')}>
            <Input maxLength={100} /></Form.Item></Col>
          <Col xs={24} md={6}><Form.Item name={['complainedAbout', 'productOrService']} label={t('field.complainedAbout.productOrService')}>
            <Input maxLength={200} /></Form.Item></Col>
        </Row>
        <Divider orientation="left">{t('field.complainant')}</Divider>
        <Typography.Paragraph type="secondary">{t('hint.personalData')} {t('hint.contactRequired')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={8}><Form.Item name={['complainant', 'name']} label={t('field.complainant.name')} required>
            <Input maxLength={100} autoComplete="off" /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name={['complainant', 'phone']} label={t('field.complainant.phone')}>
            <Input autoComplete="off" inputMode="tel" /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name={['complainant', 'email']} label={t('field.complainant.email')}>
            <Input autoComplete="off" inputMode="email" /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name={['complainant', 'organisation']} label={t('field.complainant.organisation')}>
            <Input maxLength={200} autoComplete="off" /></Form.Item></Col>
          <Col xs={24} md={16}><Form.Item name={['complainant', 'address']} label={t('field.complainant.address')}>
            <Input maxLength={500} autoComplete="off" /></Form.Item></Col>
          <Col span={24}><Form.Item name={['complainant', 'contactConsent']} valuePropName="checked">
            <Checkbox>{t('field.complainant.contactConsent')}</Checkbox></Form.Item></Col>
        </Row>
        <Divider />
        <Form.Item name="resolvedAtIntake" valuePropName="checked" extra={t('hint.resolvedAtIntake')}>
          <Checkbox>{t('field.resolvedAtIntake')}</Checkbox>
        </Form.Item>
        {resolved && <Form.Item name="actionTaken" label={t('field.actionTaken')} required>
          <Input.TextArea rows={2} maxLength={2000} /></Form.Item>}
        <Space>
          <Button type="primary" htmlType="submit" loading={sending}>{t('intake.submit')}</Button>
          <Button onClick={() => { form.resetFields(); setGeneral([]); }}>{t('intake.reset')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

/** The answer of a registration, kept for this tab only, to show the repeat flag and priority at once. */
const sessionRepeat = new Map<string, Registration>();

function RegisteredComplaint({ complaintId }: { complaintId: string }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [complaint, setComplaint] = useState<ComplaintView | null>(null);
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'amend' | 'withdraw' | 'erase' | null>(null);
  const me = useMe();

  const load = () => {
    setError(null);
    get<ComplaintView>(`/api/intake/complaints/${complaintId}`).then(setComplaint).catch(setError);
    get<Evidence[]>(`/api/intake/complaints/${complaintId}/evidence`).then(setEvidence).catch(() => setEvidence([]));
  };
  useEffect(load, [complaintId]);

  if (error) return <LoadError error={error} onRetry={load} />;
  if (!complaint) return <Card loading />;
  const registration = sessionRepeat.get(complaintId);
  const repeatNumber = complaint.repeatOf?.registrationNumber ?? registration?.repeatOf;

  const copy = async () => {
    await navigator.clipboard?.writeText(complaint.registrationNumber).catch(() => undefined);
    message.success(t('intake.copied'));
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Alert type="success" showIcon message={t('intake.registered')} description={
          <Space direction="vertical">
            <Space>
              <span>{t('intake.number')}:</span>
              <Typography.Text strong copyable={false} style={{ fontSize: 20 }} data-testid="registration-number">
                {complaint.registrationNumber}</Typography.Text>
              <Button icon={<CopyOutlined />} onClick={copy} aria-label={t('intake.copy')}>{t('intake.copy')}</Button>
            </Space>
            {repeatNumber && <Alert type="warning" showIcon message={t('intake.repeat', { number: repeatNumber })} data-testid="repeat-flag" />}
            {!repeatNumber && complaint.priority && <span>{t('intake.priority')}</span>}
          </Space>} />
        <Descriptions column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }} size="small">
          <Descriptions.Item label={t('field.status')}><StatusTag status={complaint.status} /></Descriptions.Item>
          <Descriptions.Item label={t('field.level')}><LevelTag level={complaint.level} /> <PriorityMark priority={complaint.priority} /></Descriptions.Item>
          <Descriptions.Item label={t('field.receivedAt')}>{formatDateTime(complaint.receivedAt, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('field.channel')}>{t(`channel.${complaint.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('field.category')}>{t(`category.${complaint.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('field.contact')}>{[complaint.complainant.maskedName, complaint.complainant.maskedPhone,
            complaint.complainant.maskedEmail].filter(Boolean).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label={t('field.description')} span={3}>{complaint.description}</Descriptions.Item>
          {complaint.withdrawal && <Descriptions.Item label={t('intake.withdrawDone')} span={3}>{complaint.withdrawal.reason}</Descriptions.Item>}
        </Descriptions>
        {complaint.erasure && <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="erased"
          message={t('erasure.done', { at: formatDateTime(complaint.erasure.erasedAt, lang), by: complaint.erasure.erasedBy })}
          description={complaint.erasure.reason} />}
        <Space wrap>
          <Button onClick={() => go('register')} type="primary">{t('intake.another')}</Button>
          <Button onClick={() => setDialog('amend')} disabled={complaint.status === 'WITHDRAWN' || complaint.erased}>{t('intake.amend')}</Button>
          <Button danger onClick={() => setDialog('withdraw')} disabled={complaint.status === 'WITHDRAWN' || complaint.erased}>{t('intake.withdraw')}</Button>
          {mayErase(me) && !complaint.erased &&
            <Button danger onClick={() => setDialog('erase')} data-testid="erase">{t('erasure.action')}</Button>}
        </Space>
      </Card>
      <Card title={t('field.evidence')}>
        <Typography.Paragraph type="secondary">{t('intake.uploadHint')}</Typography.Paragraph>
        <Upload showUploadList={false} customRequest={({ file }) => {
          setProgress(0);
          upload<Evidence>(`/api/intake/complaints/${complaintId}/evidence`, file as File, setProgress)
            .then((item) => { message.success(t('intake.uploaded', { name: item.fileName })); load(); })
            .catch((e) => message.error(problemText(e, t)))
            .finally(() => setProgress(null));
        }}>
          <Button icon={<UploadOutlined />}>{t('intake.upload')}</Button>
        </Upload>
        {progress !== null && <Progress percent={progress} aria-label={t('intake.upload')} />}
        <Table<Evidence> rowKey="evidenceId" size="small" style={{ marginTop: 12 }} dataSource={evidence} pagination={false}
          locale={{ emptyText: t('intake.noEvidence') }} columns={[
            { title: t('field.file'), dataIndex: 'fileName',
              render: (name: string, item) => <a href={`/api/intake/complaints/${complaintId}/evidence/${item.evidenceId}`}>{name}</a> },
            { title: t('field.size'), dataIndex: 'size', render: (size: number) => `${formatNumber(size / 1024, lang, 1)} KB` },
            { title: t('field.time'), dataIndex: 'uploadedAt', render: (at: string) => formatDateTime(at, lang) },
            { title: t('field.actor'), dataIndex: 'uploadedBy' },
          ]} />
      </Card>
      <AmendDialog open={dialog === 'amend'} complaint={complaint} onClose={(done) => { setDialog(null); if (done) load(); }} />
      <WithdrawDialog open={dialog === 'withdraw'} complaintId={complaintId} onClose={(done) => { setDialog(null); if (done) load(); }} />
      <EraseDialog open={dialog === 'erase'} reference={complaint.complainant.reference}
        onClose={(done) => { setDialog(null); if (done) load(); }} />
    </Space>
  );
}

function AmendDialog({ open, complaint, onClose }: { open: boolean; complaint: ComplaintView; onClose: (done: boolean) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [sending, setSending] = useState(false);
  const fields = new Set(['reason', 'level', 'category', 'description', 'demand', 'complainant.phone', 'complainant.email']);
  const submit = async (values: Record<string, unknown>) => {
    setSending(true);
    const complainant = values.complainant as Record<string, string | undefined> | undefined;
    const body: Record<string, unknown> = { ...values };
    body.complainant = complainant && (complainant.phone || complainant.email)
      ? { phone: complainant.phone || undefined, email: complainant.email || undefined } : undefined;
    try {
      await post(`/api/intake/complaints/${complaint.complaintId}/amendments`, body);
      message.success(t('intake.amendDone'));
      form.resetFields();
      onClose(true);
    } catch (error) {
      if (error instanceof ProblemError) {
        const placed = placeProblem(error.problem, t, fields);
        form.setFields(placed.fields);
        if (placed.general.length) message.error(placed.general.join(' '));
      }
    } finally { setSending(false); }
  };
  return (
    <Modal open={open} title={t('intake.amend')} onCancel={() => onClose(false)} onOk={() => form.submit()} confirmLoading={sending}
      okText={t('action.submit')} cancelText={t('action.cancel')} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true, message: t('rule.HasText') }]}>
          <Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="level" label={t('field.level')}>
          <Select allowClear options={LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))} /></Form.Item>
        <Form.Item name="category" label={t('field.category')}>
          <Select allowClear options={CATEGORIES.map((v) => ({ value: v, label: t(`category.${v}`) }))} /></Form.Item>
        <Form.Item name="description" label={t('field.description')}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="demand" label={t('field.demand')}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name={['complainant', 'phone']} label={t('field.complainant.phone')}><Input autoComplete="off" /></Form.Item>
        <Form.Item name={['complainant', 'email']} label={t('field.complainant.email')}><Input autoComplete="off" /></Form.Item>
      </Form>
    </Modal>
  );
}

function WithdrawDialog({ open, complaintId, onClose }: { open: boolean; complaintId: string; onClose: (done: boolean) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = async (values: { reason: string }) => {
    try {
      await post(`/api/intake/complaints/${complaintId}/withdrawal`, values);
      message.success(t('intake.withdrawDone'));
      onClose(true);
    } catch (error) { message.error(problemText(error, t)); }
  };
  return (
    <Modal open={open} title={t('intake.withdraw')} onCancel={() => onClose(false)} onOk={() => form.submit()}
      okText={t('action.submit')} cancelText={t('action.cancel')} okButtonProps={{ danger: true }} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true, message: t('rule.HasText') }]}>
          <Input.TextArea rows={3} /></Form.Item>
      </Form>
    </Modal>
  );
}

/** Erasure cannot be undone: the reason is asked, and the dialog says what stays and what goes. */
function EraseDialog({ open, reference, onClose }: { open: boolean; reference: string; onClose: (done: boolean) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = async (values: { reason: string }) => {
    try {
      await post(erasurePath(reference), values);
      message.success(t('erasure.doneShort'));
      onClose(true);
    } catch (error) {
      if (error instanceof ProblemError) {
        const placed = placeProblem(error.problem, t, new Set(['reason']));
        form.setFields(placed.fields);
        if (placed.general.length) message.error(placed.general.join(' '));
      } else {
        message.error(problemText(error, t));
      }
    }
  };
  return (
    <Modal open={open} title={t('erasure.action')} onCancel={() => onClose(false)} onOk={() => form.submit()}
      okText={t('erasure.confirm')} cancelText={t('action.cancel')} okButtonProps={{ danger: true }} destroyOnHidden>
      <Alert type="warning" showIcon message={t('erasure.warning')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true, message: t('rule.HasText') }]}>
          <Input.TextArea rows={3} /></Form.Item>
      </Form>
    </Modal>
  );
}
