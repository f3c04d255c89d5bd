import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Popconfirm, Radio, Space, Timeline, Upload } from 'antd';
import { SATISFACTIONS } from '../domain/enums';
import { portal, type PortalComplaint } from './api';
import { problemText, type T } from './refusal';

interface Props { t: T; complaint: PortalComplaint; onChanged: (c: PortalComplaint) => void; onSignedOut: () => void }

/** One complaint, as its complainant follows it: status, next step, what they may do now, and the steps so far. */
export function ComplaintView({ t, complaint, onChanged, onSignedOut }: Props) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [moreForm] = Form.useForm();
  /** Does it; true when done (the page then shows the complaint as it is now). */
  const act = async (action: () => Promise<PortalComplaint>) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await action());
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const allowed = (what: string) => complaint.allowed.includes(what);
  const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString() : '—');
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
      <Card title={t('complaint.title')} extra={<Space>
        <Button size="small" onClick={() => act(portal.complaint)} data-testid="refresh">{t('complaint.refresh')}</Button>
        <Button size="small" onClick={() => portal.close().finally(onSignedOut)}>{t('complaint.signOut')}</Button>
      </Space>}>
        {error !== undefined && <Alert type="error" message={problemText(error, t)} style={{ marginBottom: 12 }}
          data-testid="complaint-error" />}
        <Descriptions column={1} size="small">
          {/* the whole number on a phone too: a card's title is cut short */}
          <Descriptions.Item label={t('follow.number')}>
            <span data-testid="complaint-number">{complaint.registrationNumber}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.status')}>
            <strong data-testid="status" data-status={complaint.status}>{t(`status.${complaint.status}`)}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.next')}>{t(`next.${complaint.nextStep}`)}</Descriptions.Item>
          {complaint.due && <Descriptions.Item label={t('complaint.due')}>{when(complaint.due)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {allowed('DECIDE_ON_REMEDY') && complaint.remedy && <RemedyCard t={t} busy={busy} remedy={complaint.remedy}
        onDecide={(accepted, reason) => act(() => portal.decide(accepted, reason))} />}
      {allowed('ANSWER_CALLBACK') && <CallbackCard t={t} busy={busy}
        onAnswer={(s, timely, comment) => act(() => portal.answerCallback(s, timely, comment))} />}
      {allowed('ADD_INFORMATION') && (
        <Card title={t('more.title')} size="small">
          <Form form={moreForm} layout="vertical"
            onFinish={(v: { text: string }) => act(() => portal.addInformation(v.text)).then((done) => done && moreForm.resetFields())}>
            <Form.Item name="text" label={t('more.text')} rules={[{ required: true, message: t('file.required') }]}>
              <Input.TextArea rows={3} maxLength={2000} data-testid="more-text" />
            </Form.Item>
            <Space wrap>
              <Button htmlType="submit" loading={busy} data-testid="more-send">{t('more.send')}</Button>
              <Upload showUploadList={false} beforeUpload={(file) => { act(() => portal.addFile(file)); return false; }}>
                <Button>{t('more.file')}</Button>
              </Upload>
            </Space>
          </Form>
        </Card>
      )}
      {allowed('WITHDRAW') && <WithdrawCard t={t} busy={busy} onWithdraw={(reason) => act(() => portal.withdraw(reason))} />}
      <Card title={t('complaint.timeline')} size="small">
        <Timeline data-testid="timeline" items={complaint.timeline.map((step) => ({
          children: <span data-step={step.step}>{t(`step.${step.step}`)} · {t(`role.${step.role}`)} · {when(step.at)}</span>,
        }))} />
      </Card>
    </Space>
  );
}

function RemedyCard({ t, busy, remedy, onDecide }: { t: T; busy: boolean; remedy: NonNullable<PortalComplaint['remedy']>;
  onDecide: (accepted: boolean, reason?: string) => void }) {
  const [reason, setReason] = useState('');
  return (
    <Card title={t('remedy.title')} size="small" data-testid="remedy">
      <p data-testid="remedy-measures">{remedy.measures}</p>
      {remedy.dueDate && <p>{t('remedy.by')}: {remedy.dueDate}</p>}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button type="primary" block loading={busy} onClick={() => onDecide(true)} data-testid="accept">{t('remedy.accept')}</Button>
        <Input.TextArea rows={2} placeholder={t('remedy.reason')} value={reason} maxLength={2000}
          onChange={(e) => setReason(e.target.value)} data-testid="decline-reason" />
        <Button danger block loading={busy} onClick={() => onDecide(false, reason)} data-testid="decline">{t('remedy.decline')}</Button>
      </Space>
    </Card>
  );
}

function CallbackCard({ t, busy, onAnswer }: { t: T; busy: boolean;
  onAnswer: (satisfaction: string, timeliness?: string, comment?: string) => void }) {
  const options = SATISFACTIONS.map((s) => ({ value: s, label: t(`satisfaction.${s}`) }));
  return (
    <Card title={t('callback.title')} size="small" data-testid="callback">
      <Form layout="vertical" onFinish={(v: { satisfaction: string; timeliness?: string; comment?: string }) =>
        onAnswer(v.satisfaction, v.timeliness, v.comment)}>
        <Form.Item name="satisfaction" label={t('callback.satisfaction')} rules={[{ required: true, message: t('file.required') }]}>
          <Radio.Group options={options} data-testid="satisfaction" />
        </Form.Item>
        <Form.Item name="timeliness" label={t('callback.timeliness')}><Radio.Group options={options} /></Form.Item>
        <Form.Item name="comment" label={t('callback.comment')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="callback-send">{t('callback.send')}</Button>
      </Form>
    </Card>
  );
}

function WithdrawCard({ t, busy, onWithdraw }: { t: T; busy: boolean; onWithdraw: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  return (
    <Card title={t('withdraw.title')} size="small">
      <Input.TextArea rows={2} placeholder={t('withdraw.reason')} value={reason} maxLength={2000}
        onChange={(e) => setReason(e.target.value)} data-testid="withdraw-reason" />
      <Popconfirm title={t('withdraw.confirm')} onConfirm={() => onWithdraw(reason)}>
        <Button danger style={{ marginTop: 8 }} loading={busy} data-testid="withdraw">{t('withdraw.send')}</Button>
      </Popconfirm>
    </Card>
  );
}
