import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Tag } from 'antd';
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  SendOutlined,
  GiftOutlined,
  StarOutlined,
  BarChartOutlined,
  LineChartOutlined,
  CloudUploadOutlined,
  DiffOutlined,
  EyeOutlined,
  FileProtectOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  SwapOutlined,
  PieChartOutlined,
  EnvironmentOutlined,
  GlobalOutlined,
  HeatMapOutlined,
  DashboardOutlined,
  HomeOutlined,
  IdcardOutlined,
  ProfileOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  QuestionCircleOutlined,
  TagsOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { unitNameEn } from '../lib/unit-names.js';
import type { MenuProps } from 'antd';
type ItemType = NonNullable<MenuProps['items']>[number];
import { useQueryClient } from '@tanstack/react-query';
import { call, http, setUnauthenticatedHandler } from '../api/client.js';
import type { Me, Permission, Role } from '../api/types.js';
import { applyLang, rememberLang } from '../i18n/index.js';
import { ME_KEY, useMe } from '../lib/session.js';
import { useShowError } from '../lib/errors.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { PageSpinner } from './PageSpinner.js';
import { Muted, Strong } from './Plain.js';
import { PrintFrame } from './Print.js';
import { helpSectionFor } from '../pages/help/sections.js';

const { Header, Sider, Content } = Layout;

/** The password dialog (and antd's form code) downloads the first time it is opened, not with every page. */
const ChangePasswordDialog = lazy(() => import('./ChangePasswordDialog.js').then((m) => ({ default: m.ChangePasswordDialog })));

/** Wide enough for the longest Vietnamese menu label under a group at 1366×768 (no label is cut). */
const SIDER_WIDTH = 248;

interface NavItem {
  path: string;
  key: string;
  icon: React.ReactNode;
  permission?: Permission;
  roles?: Role[];
  /** Key of the submenu title the entry sits under. */
  group?: string;
}

const NAV: NavItem[] = [
  { path: '/', key: 'menu.home', icon: <HomeOutlined /> },
  { path: '/dashboards', key: 'dashboards.menu', icon: <DashboardOutlined /> },
  { path: '/ethnic-groups', key: 'menu.ethnicGroups', icon: <TeamOutlined /> },
  { path: '/admin-units', key: 'menu.adminUnits', icon: <ApartmentOutlined /> },
  { path: '/maps', key: 'maps.menu', icon: <HeatMapOutlined /> },
  { path: '/boundaries', key: 'menu.boundaries', icon: <GlobalOutlined /> },
  { path: '/villages', key: 'menu.villages', icon: <EnvironmentOutlined /> },
  { path: '/classifications', key: 'menu.classifications', icon: <TagsOutlined /> },
  { path: '/households', key: 'register.menu.households', icon: <ProfileOutlined /> },
  { path: '/persons', key: 'register.menu.persons', icon: <IdcardOutlined /> },
  { path: '/register/profile', key: 'registerTools.profile.menu', icon: <BarChartOutlined /> },
  { path: '/register/import', key: 'registerTools.import.menu', icon: <CloudUploadOutlined />, roles: ['admin', 'province_officer', 'commune_officer'] },
  { path: '/register/duplicates', key: 'registerTools.duplicates.menu', icon: <DiffOutlined />, roles: ['admin', 'province_officer', 'commune_officer'] },
  { path: '/analytics', key: 'analytics.menu', icon: <LineChartOutlined /> },
  { path: '/reporting/entry', key: 'reporting.menu.entry', icon: <FormOutlined />, group: 'reporting.menu.group' },
  { path: '/reporting/completeness', key: 'reporting.menu.completeness', icon: <PieChartOutlined />, group: 'reporting.menu.group' },
  { path: '/reporting/metadata', key: 'reportingMeta.menu', icon: <FileTextOutlined />, group: 'reporting.menu.group' },
  { path: '/reporting/aggregate', key: 'reportAggregate.menu', icon: <FundOutlined />, group: 'reporting.menu.group' },
  { path: '/reporting/exchange', key: 'reportExchange.menu', icon: <SwapOutlined />, permission: 'manage_reporting', group: 'reporting.menu.group' },
  { path: '/surveys', key: 'surveys.menu', icon: <SolutionOutlined /> },
  { path: '/collect', key: 'collect.menu', icon: <FormOutlined /> },
  { path: '/supply-duties', key: 'supplyDuties.menu', icon: <AlertOutlined />, permission: 'manage_reporting', group: 'reporting.menu.group' },
  { path: '/users', key: 'menu.users', icon: <UsergroupAddOutlined />, permission: 'manage_users' },
  { path: '/webhooks', key: 'webhooks.menu', icon: <SendOutlined />, permission: 'manage_users' },
  { path: '/audit', key: 'menu.audit', icon: <AuditOutlined />, permission: 'read_audit' },
  { path: '/access-log', key: 'registerTools.accessLog.menu', icon: <EyeOutlined />, permission: 'read_audit' },
  { path: '/programmes', key: 'programmes.menu', icon: <ProjectOutlined /> },
  { path: '/beneficiaries', key: 'beneficiaries.menu', icon: <GiftOutlined /> },
  { path: '/prestigious-persons', key: 'beneficiaries.ppMenu', icon: <StarOutlined /> },
  { path: '/data-requests', key: 'dataUse.menu', icon: <FileProtectOutlined /> },
  { path: '/data-protection', key: 'dataUse.reportMenu', icon: <SafetyCertificateOutlined />, permission: 'read_audit' },
  { path: '/help', key: 'help.menu', icon: <QuestionCircleOutlined /> },
];

/** The user's unit by its type and name, the type in English in the English interface ("Tân Lạc Commune"). */
function scopeUnit(scope: NonNullable<Me['scope']>): string {
  const vi = `${scope.type} ${scope.name}`;
  return i18next.language === 'en' ? unitNameEn(vi) : vi;
}

/** A short label for the user's area: "Xã Tân Lạc (05128)" or "Toàn quốc". */
export function scopeLabel(me: Me, national: string): string {
  if (!me.scope) return national;
  return `${scopeUnit(me.scope)} (${me.scope.code})`;
}

/** The frame of every page after login: side menu (a drawer on phones), header with the user and language. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [drawer, setDrawer] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const showError = useShowError();

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      qc.setQueryData(ME_KEY, null);
    });
  }, [qc]);

  // The account's saved language wins once we know who is logged in.
  useEffect(() => {
    if (me && me.language !== i18n.language) {
      rememberLang(me.language);
      // Answers already read came in the other language's words (unit types): read them again.
      void applyLang(me.language).then(() => qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] }));
    }
  }, [me?.language]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => setDrawer(false), [location.pathname]);

  const items = useMemo(
    () =>
      NAV.filter((n) => (!n.permission || me?.permissions.includes(n.permission)) && (!n.roles || (me && n.roles.includes(me.role as Role)))).reduce<
        ItemType[]
      >((acc, n) => {
        const item = { key: n.path, icon: n.icon, label: <Link to={n.path}>{t(n.key)}</Link> };
        if (!n.group) {
          acc.push(item);
          return acc;
        }
        const sub = acc.find((i) => i?.key === n.group) as { children: ItemType[] } | undefined;
        if (sub) sub.children.push(item);
        else acc.push({ key: n.group, icon: <FileTextOutlined />, label: t(n.group), children: [item] });
        return acc;
      }, []),
    [me, t],
  );
  const selected = NAV.filter((n) => n.path !== '/' && location.pathname.startsWith(n.path)).map((n) => n.path);
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      defaultOpenKeys={NAV.filter((n) => n.group && location.pathname.startsWith(n.path)).map((n) => n.group!)}
      selectedKeys={selected.length ? selected : location.pathname === '/' ? ['/'] : []}
      items={items}
    />
  );

  const logout = async () => {
    try {
      await call(http.POST('/api/auth/logout'));
    } catch (err) {
      showError(err);
    }
    qc.clear();
    qc.setQueryData(ME_KEY, null);
    navigate('/login', { replace: true });
  };

  if (!me) return null;
  const scope = scopeLabel(me, t('header.national'));
  const brand = (
    <span className="sider-brand">
      <ApartmentOutlined style={{ fontSize: 20 }} />
      {!collapsed && <span>{t('app.title')}</span>}
    </span>
  );

  return (
    <Layout style={{ minHeight: '100%' }}>
      {mobile ? (
        <Drawer
          placement="left"
          open={drawer}
          onClose={() => setDrawer(false)}
          size={260}
          styles={{ body: { padding: 0, background: '#001529' }, header: { display: 'none' } }}
        >
          <div className="sider-brand">
            <ApartmentOutlined style={{ fontSize: 20 }} />
            <span>{t('app.title')}</span>
          </div>
          {menu}
        </Drawer>
      ) : (
        <Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={SIDER_WIDTH}
          breakpoint="lg"
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          {brand}
          {menu}
        </Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Header className="app-header">
          {mobile && <Button type="text" icon={<MenuOutlined />} aria-label={t('menu.open')} onClick={() => setDrawer(true)} />}
          <span className="brand">{mobile ? t('app.short') : t('app.subtitle')}</span>
          <span className="spacer" />
          {!mobile && (
            <Tag color="geekblue" style={{ marginInlineEnd: 0 }} title={t('header.scope')}>
              {scope}
            </Tag>
          )}
          <Button
            type="text"
            icon={<QuestionCircleOutlined />}
            title={t('help.buttonHint')}
            aria-label={t('help.button')}
            data-testid="help-button"
            onClick={() => {
              // The address bar, not the rendered location: a page still loading has its address already.
              const { pathname, search } = window.location;
              navigate(`/help#${helpSectionFor(pathname)}`, { state: pathname === '/help' ? undefined : { from: pathname + search } });
            }}
          >
            {!mobile && t('help.button')}
          </Button>
          <LanguageSwitch />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                {
                  key: 'who',
                  disabled: true,
                  label: (
                    <Space direction="vertical" size={0} style={{ lineHeight: 1.4 }}>
                      <Strong>{me.fullName}</Strong>
                      <Muted>
                        {me.username} · {t(`roles.${me.role}`)}
                      </Muted>
                      <Muted>
                        {t('header.scope')}: {scope}
                      </Muted>
                    </Space>
                  ),
                },
                { type: 'divider' },
                { key: 'pw', icon: <KeyOutlined />, label: t('header.changePassword'), onClick: () => setPwOpen(true) },
                { key: 'security', icon: <KeyOutlined />, label: t('account.securityMenu'), onClick: () => navigate('/account/security') },
                { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), onClick: () => void logout() },
              ],
            }}
          >
            <Button type="text" icon={<UserOutlined />} data-testid="user-menu" aria-label={t('header.account')}>
              {!mobile && (
                <span>
                  {me.fullName.split(' (')[0]} <Tag style={{ marginInline: 4 }}>{t(`roles.${me.role}`)}</Tag>
                </span>
              )}
            </Button>
          </Dropdown>
        </Header>
        <Content className="app-content">
          <PrintFrame unit={me.scope ? scopeUnit(me.scope) : undefined} user={me.fullName.split(' (')[0]}>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </PrintFrame>
        </Content>
      </Layout>
      {pwOpen && (
        <Suspense fallback={null}>
          <ChangePasswordDialog open={pwOpen} onClose={() => setPwOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
