import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Cascader, Checkbox, ConfigProvider, Form, Input, Select, Space, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { CATEGORIES } from '../domain/enums';
import { portal, PortalProblem, type Branch, type Filed, type PortalComplaint } from './api';
import { problemText, type T } from './refusal';
import { ComplaintView } from './ComplaintView';
import { portalText, type PortalLang } from './messages';

type Screen = { name: 'home' } | { name: 'file' } | { name: 'filed'; filed: Filed } | { name: 'follow' }
  | { name: 'complaint'; complaint: PortalComplaint };

export function PortalApp() {
  const [lang, setLang] = useState<PortalLang>(() => (navigator.language?.startsWith('zh') ? 'zh-CN' : 'en'));
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  const t: T = (key) => portalText(lang, key);
  useEffect(() => { document.documentElement.lang = lang; document.title = t('title'); });
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN}>
      <AntApp>
        <div style={{ maxWidth: 640, margin: '0 auto', padding: 12 }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
            <Button type="link" data-testid="lang" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
              {t('lang.switch')}
            </Button>
          </Space>
          {screen.name === 'home' && (
            <Card style={{ marginTop: 12 }}>
              <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Button type="primary" block size="large" data-testid="go-file" onClick={() => setScreen({ name: 'file' })}>
                  {t('home.file')}</Button>
                <Button block size="large" data-testid="go-follow" onClick={() => setScreen({ name: 'follow' })}>
                  {t('home.follow')}</Button>
              </Space>
            </Card>
          )}
          {screen.name === 'file' && <FileComplaint t={t} onFiled={(filed) => setScreen({ name: 'filed', filed })}
            onBack={() => setScreen({ name: 'home' })} />}
          {screen.name === 'filed' && (
            <Card title={t('filed.title')} style={{ marginTop: 12 }}>
              <Typography.Paragraph>{t('filed.number')}：
                <Typography.Text strong copyable data-testid="filed-number">{screen.filed.registrationNumber}</Typography.Text>
              </Typography.Paragraph>
              <Typography.Paragraph>{t('filed.code')}：
                <Typography.Text strong copyable code data-testid="filed-code">{screen.filed.trackingCode}</Typography.Text>
              </Typography.Paragraph>
              <Alert type="info" message={t('filed.keep')} />
              <Button type="primary" style={{ marginTop: 12 }} data-testid="go-complaint"
                onClick={() => portal.complaint().then((complaint) => setScreen({ name: 'complaint', complaint }))}>
                {t('filed.follow')}</Button>
            </Card>
          )}
          {screen.name === 'follow' && <FollowLogin t={t} onOpened={(complaint) => setScreen({ name: 'complaint', complaint })}
            onBack={() => setScreen({ name: 'home' })} />}
          {screen.name === 'complaint' && <ComplaintView t={t} complaint={screen.complaint}
            onChanged={(complaint) => setScreen({ name: 'complaint', complaint })}
            onSignedOut={() => setScreen({ name: 'home' })} />}
        </div>
      </AntApp>
    </ConfigProvider>
  );
}

function FileComplaint({ t, onFiled, onBack }: { t: T; onFiled: (filed: Filed) => void; onBack: () => void }) {
  const [form] = Form.useForm();
  const [branches, setBranches] = useState<Branch[]>([]);
  const [error, setError] = useState<unknown>();
  const [codeSent, setCodeSent] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => { portal.branches().then(setBranches).catch(setError); }, []);
  const options = regions(branches);
  const required = [{ required: true, message: t('file.required') }];
  const sendCode = async () => {
    setError(undefined);
    try {
      await form.validateFields(['email']);
      await portal.sendCode(form.getFieldValue('email'));
      setCodeSent(true);
    } catch (e) {
      if (e instanceof PortalProblem) setError(e);
    }
  };
  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    const branch = values.branch as string[];
    try {
      onFiled(await portal.file({
        unitCode: branch[branch.length - 1], category: values.category, description: values.description,
        demand: values.demand, productOrService: values.productOrService, emailCode: values.emailCode,
        complainant: { name: values.name, phone: values.phone || undefined, email: values.email,
          contactConsent: values.contactConsent === true },
      }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('file.title')} style={{ marginTop: 12 }} extra={<Button type="link" onClick={onBack}>{t('back')}</Button>}>
      {error !== undefined && <Alert type="error" message={problemText(error, t)} style={{ marginBottom: 12 }}
        data-testid="file-error" />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="branch" label={t('file.branch')} rules={required}>
          <Cascader options={options} data-testid="branch" placeholder={t('file.branch')} />
        </Form.Item>
        <Form.Item name="category" label={t('file.category')} rules={required}>
          <Select data-testid="category" options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('file.description')} rules={required}>
          <Input.TextArea rows={4} maxLength={4000} data-testid="description" />
        </Form.Item>
        <Form.Item name="demand" label={t('file.demand')}><Input.TextArea rows={2} maxLength={2000} data-testid="demand" /></Form.Item>
        <Form.Item name="productOrService" label={t('file.product')}><Input maxLength={200} /></Form.Item>
        <Form.Item name="name" label={t('file.name')} rules={required}><Input maxLength={100} data-testid="name" /></Form.Item>
        <Form.Item name="phone" label={t('file.phone')}><Input maxLength={20} inputMode="tel" data-testid="phone" /></Form.Item>
        <Form.Item label={t('file.email')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="email" noStyle rules={[...required, { type: 'email', message: t('file.email') }]}>
              <Input maxLength={254} inputMode="email" data-testid="email" />
            </Form.Item>
            <Button onClick={sendCode} data-testid="send-code">{t('file.sendCode')}</Button>
          </Space.Compact>
        </Form.Item>
        {codeSent && <Alert type="success" message={t('file.codeSent')} style={{ marginBottom: 12 }} />}
        <Form.Item name="emailCode" label={t('file.code')} rules={required}>
          <Input maxLength={6} inputMode="numeric" autoComplete="one-time-code" data-testid="email-code" />
        </Form.Item>
        <Form.Item name="contactConsent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve()
          : Promise.reject(new Error(t('file.required')))) }]}>
          <Checkbox data-testid="consent">{t('file.consent')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="submit">{t('file.submit')}</Button>
      </Form>
    </Card>
  );
}

/** Branches grouped by the units above them: region, then branch. */
function regions(branches: Branch[]) {
  const byRegion = new Map<string, { value: string; label: string }[]>();
  for (const branch of branches) {
    const region = branch.pathNames.length > 1 ? branch.pathNames[branch.pathNames.length - 2] : branch.name;
    byRegion.set(region, [...(byRegion.get(region) ?? []), { value: branch.code, label: branch.name }]);
  }
  return [...byRegion.entries()].map(([region, children]) => ({ value: region, label: region, children }));
}

function FollowLogin({ t, onOpened, onBack }: { t: T; onOpened: (c: PortalComplaint) => void; onBack: () => void }) {
  const [error, setError] = useState<unknown>();
  const open = async (values: { registrationNumber: string; trackingCode: string }) => {
    setError(undefined);
    try {
      onOpened(await portal.open(values.registrationNumber.trim(), values.trackingCode.trim()));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card title={t('follow.title')} style={{ marginTop: 12 }} extra={<Button type="link" onClick={onBack}>{t('back')}</Button>}>
      {error !== undefined && <Alert type="error" message={problemText(error, t)} style={{ marginBottom: 12 }}
        data-testid="follow-error" />}
      <Form layout="vertical" onFinish={open}>
        <Form.Item name="registrationNumber" label={t('follow.number')} rules={[{ required: true, message: t('file.required') }]}>
          <Input data-testid="number" autoComplete="off" />
        </Form.Item>
        <Form.Item name="trackingCode" label={t('follow.code')} rules={[{ required: true, message: t('file.required') }]}>
          <Input.Password data-testid="code" autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" data-testid="open">{t('follow.open')}</Button>
      </Form>
    </Card>
  );
}
