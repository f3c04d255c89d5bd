import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Badge, Button, ConfigProvider, Drawer, Layout, Menu, Result, Select, Space, Spin, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { useI18n } from './i18n/I18n';
import { get, csrfToken } from './api/http';
import { MeContext, hasRole, type Me } from './session';
import { go, useRoute } from './route';
import { IntakeScreen } from './screens/IntakeScreen';
import { ComplaintsScreen } from './screens/ComplaintsScreen';
import { WorkScreen, workLists } from './screens/WorkScreen';
import { CaseScreen } from './screens/CaseScreen';
import { BoardScreen } from './screens/BoardScreen';
import { LedgerScreen } from './screens/LedgerScreen';
import { OperationsScreen } from './screens/OperationsScreen';
import { NotificationList, useNotifications } from './screens/Notifications';

const StatisticsScreen = lazy(() => import('./screens/StatisticsScreen'));

interface Screen { key: string; label: string; visible: (me: Me) => boolean }

export function App() {
  const { lang, setLang, t } = useI18n();
  const [me, setMe] = useState<Me | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    get<Me>('/api/me').then(setMe).catch((e: Error) => setFailed(e.message));
  }, []);
  useEffect(() => { dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en'); document.documentElement.lang = lang; }, [lang]);

  return (
    <ConfigProvider locale={lang === 'zh-CN' ? zhCN : enUS} theme={{ token: { colorPrimary: '#1f5fbf' } }}>
      <AntApp>
        {failed ? <Result status="error" title={t('common.error')} subTitle={t('common.loadFailed', { message: failed })} />
          : !me ? <Spin size="large" tip={t('app.loading')} fullscreen />
            : <MeContext.Provider value={me}><Console me={me} lang={lang} setLang={setLang} /></MeContext.Provider>}
      </AntApp>
    </ConfigProvider>
  );
}

function Console({ me, lang, setLang }: { me: Me; lang: 'zh-CN' | 'en'; setLang: (l: 'zh-CN' | 'en') => void }) {
  const { t } = useI18n();
  const route = useRoute();
  const [drawer, setDrawer] = useState(false);
  const notifications = useNotifications();
  const screens: Screen[] = useMemo(() => [
    { key: 'register', label: t('nav.register'), visible: (m) => hasRole(m, 'INTAKE_AGENT') },
    { key: 'complaints', label: t('nav.complaints'), visible: (m) => hasRole(m, 'INTAKE_AGENT') },
    { key: 'work', label: t('nav.work'), visible: (m) => workLists(m).length > 0 },
    { key: 'board', label: t('nav.board'), visible: (m) => hasRole(m, 'HQ_SUPERVISOR') },
    { key: 'ledger', label: t('nav.ledger'), visible: (m) => hasRole(m, 'ANALYST', 'COORDINATOR', 'HQ_SUPERVISOR') },
    { key: 'statistics', label: t('nav.statistics'), visible: (m) => hasRole(m, 'ANALYST', 'HQ_SUPERVISOR') },
    { key: 'operations', label: t('nav.operations'), visible: (m) => hasRole(m, 'OPERATOR') },
  ], [t]);
  const mine = screens.filter((s) => s.visible(me));
  const current = route[0] ?? mine[0]?.key;
  useEffect(() => { if (!route[0] && mine[0]) go(mine[0].key); }, [route, mine]);

  const signOut = () => {
    // RP-initiated logout: the web module ends the session, then the identity provider's
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = '/logout';
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = '_csrf';
    input.value = csrfToken() ?? '';
    form.appendChild(input);
    document.body.appendChild(form);
    form.submit();
  };

  let content;
  switch (current) {
    case 'register': content = <IntakeScreen complaintId={route[1]} />; break;
    case 'complaints': content = <ComplaintsScreen />; break;
    case 'work': content = <WorkScreen list={route[1]} />; break;
    case 'cases': content = <CaseScreen caseId={route[1]} />; break;
    case 'board': content = <BoardScreen />; break;
    case 'ledger': content = <LedgerScreen />; break;
    case 'statistics': content = <Suspense fallback={<Spin />}><StatisticsScreen /></Suspense>; break;
    case 'operations': content = <OperationsScreen />; break;
    default: content = mine.length ? null : <Alert type="warning" showIcon message={t('app.noRole')} />;
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>{t('app.title')}</Typography.Text>
        <Menu theme="dark" mode="horizontal" selectedKeys={[current === 'cases' ? 'work' : current]} style={{ flex: 1, minWidth: 0 }}
          items={mine.map((s) => ({ key: s.key, label: <a href={`#/${s.key}`}>{s.label}</a> }))} />
        <Space size="middle">
          <Badge count={notifications.unread} size="small">
            <Button type="text" aria-label={t('app.notifications')} icon={<BellOutlined style={{ color: '#fff' }} />}
              onClick={() => { setDrawer(true); notifications.markRead(); }} />
          </Badge>
          <Typography.Text style={{ color: '#fff' }} data-testid="signed-in">
            {t('app.signedInAs', { name: me.id, unit: t(`unit.${me.unit}`) })} · {me.roles.map((r) => t(`role.${r}`)).join('、')}
          </Typography.Text>
          <Select id="language" aria-label={t('app.language')} value={lang} onChange={setLang} size="small" style={{ width: 96 }}
            options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
          <Button size="small" onClick={signOut}>{t('app.signOut')}</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1400, width: '100%', margin: '0 auto' }}>{content}</Layout.Content>
      <Drawer title={t('app.notifications')} open={drawer} onClose={() => setDrawer(false)} width={420}>
        <NotificationList items={notifications.items} />
      </Drawer>
    </Layout>
  );
}
