import { Button, Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { CaseAction } from '../domain/caseActions';
import type { DepartmentOption } from '../domain/departments';
import { CALLBACK_METHODS, CAUSES, INVALIDITY_REASONS, LEVELS, REVIEW_OUTCOMES, SATISFACTIONS } from '../domain/enums';

type T = (key: string) => string;

/** The case unit's departments as the dialog has them: loading, loaded, or failed (with a retry). */
export interface DepartmentChoice { options: DepartmentOption[]; loading?: boolean; failed?: boolean; retry?: () => void }

const department = (t: T, name: string, choice?: DepartmentChoice, initialValue?: string) => (
  <Form.Item key={name} name={name} label={t(`field.${name}`)} rules={[{ required: true, message: t('rule.NotNull') }]}
    initialValue={initialValue}
    validateStatus={choice?.failed ? 'error' : undefined}
    help={choice?.failed ? <span role="alert">{t('departments.failed')} <Button type="link" size="small"
      onClick={choice.retry}>{t('departments.retry')}</Button></span> : undefined}>
    <Select showSearch optionFilterProp="label" options={choice?.options ?? []} loading={choice?.loading}
      disabled={choice?.failed} notFoundContent={choice?.loading ? t('departments.loading') : t('departments.none')} />
  </Form.Item>
);

const required = (t: T) => [{ required: true, whitespace: true, message: t('rule.HasText') }];
const text = (t: T, name: string, rows = 2, mandatory = true) => (
  <Form.Item key={name} name={name} label={t(`field.${name}`)} rules={mandatory ? required(t) : []}>
    <Input.TextArea rows={rows} maxLength={2000} />
  </Form.Item>
);

/** The fields each step asks for (handling-service's request bodies); none for steps without a body. */
export function stepFields(action: CaseAction, t: T, level?: number | null, departments?: DepartmentChoice,
  current?: { status?: string; responsibleDepartment?: string | null }): React.ReactNode[] {
  switch (action) {
    case 'triage': return [
      <Form.Item key="level" name="level" label={t('field.level')} initialValue={level ?? undefined} rules={[{ required: true, message: t('rule.NotNull') }]}>
        <Select options={LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))} /></Form.Item>,
      department(t, 'responsibleDepartment', departments)];
    case 'retriage': return [
      <Form.Item key="level" name="level" label={t('field.level')} initialValue={level ?? undefined} rules={[{ required: true, message: t('rule.NotNull') }]}>
        <Select options={LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))} /></Form.Item>,
      department(t, 'responsibleDepartment', departments, current?.responsibleDepartment ?? undefined),
      ...(current?.status === 'INVALID' ? [<Form.Item key="valid" name="valid" valuePropName="checked">
        <Checkbox>{t('field.validAfterAll')}</Checkbox></Form.Item>] : []),
      text(t, 'reason')];
    case 'assign': return [
      <Form.Item key="id" name="handlerId" label={t('field.handlerId')} rules={required(t)}><Input autoComplete="off" /></Form.Item>,
      <Form.Item key="name" name="handlerName" label={t('field.handlerName')}><Input autoComplete="off" /></Form.Item>,
      department(t, 'handlerDepartment', departments)];
    case 'contact': return [text(t, 'note')];
    case 'findings': return [text(t, 'findings', 3),
      <Form.Item key="cause" name="causeCode" label={t('field.causeCode')} rules={[{ required: true, message: t('rule.NotNull') }]}>
        <Select options={CAUSES.map((c) => ({ value: c, label: t(`cause.${c}`) }))} /></Form.Item>];
    case 'invalidity': return [
      <Form.Item key="reason" name="reason" label={t('field.reason')} rules={[{ required: true, message: t('rule.NotNull') }]}>
        <Select options={INVALIDITY_REASONS.map((r) => ({ value: r, label: t(`invalid.${r}`) }))} /></Form.Item>,
      text(t, 'explanation', 3)];
    case 'remedy': return [text(t, 'measures', 3),
      <Form.Item key="person" name="responsiblePerson" label={t('field.responsiblePerson')} rules={required(t)}><Input /></Form.Item>,
      <Form.Item key="due" name="dueDate" label={t('field.dueDate')} rules={[{ required: true, message: t('rule.NotNull') }]}>
        <DatePicker style={{ width: '100%' }} /></Form.Item>,
      text(t, 'correctiveActions', 2, false), text(t, 'preventiveActions', 2, false)];
    case 'approve': return [text(t, 'comment')];
    case 'reject': return [text(t, 'reason')];
    case 'decision': return [
      <Form.Item key="accepted" name="accepted" label={t('field.accepted')} rules={[{ required: true, message: t('rule.NotNull') }]}>
        <Radio.Group options={[{ value: true, label: t('decision.accepted') }, { value: false, label: t('decision.declined') }]} />
      </Form.Item>, text(t, 'reason', 2, false)];
    case 'execute': return [text(t, 'result')];
    case 'callback': return [
      <Form.Item key="s" name="satisfaction" label={t('field.satisfaction')} rules={[{ required: true, message: t('rule.NotNull') }]}>
        <Radio.Group options={SATISFACTIONS.map((s) => ({ value: s, label: t(`satisfaction.${s}`) }))} /></Form.Item>,
      <Form.Item key="ts" name="timelinessSatisfaction" label={t('field.timelinessSatisfaction')}>
        <Radio.Group options={SATISFACTIONS.map((s) => ({ value: s, label: t(`satisfaction.${s}`) }))} /></Form.Item>,
      <Form.Item key="m" name="method" label={t('field.method')}>
        <Radio.Group options={CALLBACK_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))} /></Form.Item>,
      text(t, 'comment', 2, false)];
    case 'reviewEffectiveness': return [
      <Form.Item key="o" name="outcome" label={t('field.reviewOutcome')} rules={[{ required: true, message: t('rule.NotNull') }]}>
        <Radio.Group options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: t(`review.${o}`) }))} /></Form.Item>,
      text(t, 'note', 3)];
    case 'pause': return [text(t, 'reason')];
    case 'escalate': return [text(t, 'note')];
    default: return [];
  }
}

/** Field names a step's refusal may name, to show it there. */
export const STEP_FIELD_NAMES = new Set(['level', 'responsibleDepartment', 'handlerId', 'handlerName', 'handlerDepartment',
  'note', 'findings', 'causeCode', 'reason', 'explanation', 'measures', 'responsiblePerson', 'dueDate', 'correctiveActions',
  'preventiveActions', 'comment', 'accepted', 'result', 'satisfaction', 'timelinessSatisfaction', 'method', 'outcome', 'valid']);
