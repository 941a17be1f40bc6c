import { Alert, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ApartmentOutlined,
  BarChartOutlined,
  EnvironmentOutlined,
  FormOutlined,
  FundOutlined,
  HeatMapOutlined,
  IdcardOutlined,
  PieChartOutlined,
  ProfileOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { call, http } from '../../api/client.js';
import type { Permission } from '../../api/types.js';
import { useCan, useMe } from '../../lib/session.js';
import { fmtNumber } from '../../lib/format.js';
import { scopeLabel } from '../../components/AppLayout.js';
import { PageTitle } from '../../components/PageTitle.js';
import { Muted, Note, Panel, SectionTitle } from '../../components/Plain.js';
import { SyntheticTag } from '../register/common.js';
import { useOverview } from './api.js';
import { ReportCard } from './ReportCard.js';
import { OverdueCard } from './OverdueCard.js';

/** Shortcuts to the main pages; `can` lists the permissions of which one is needed (none: every role). */
const LINKS: { to: string; key: string; icon: React.ReactNode; can?: Permission[] }[] = [
  { to: '/households', key: 'register.menu.households', icon: <ProfileOutlined /> },
  { to: '/persons', key: 'register.menu.persons', icon: <IdcardOutlined /> },
  { to: '/register/profile', key: 'registerTools.profile.menu', icon: <BarChartOutlined /> },
  { to: '/reporting/entry', key: 'reporting.menu.entry', icon: <FormOutlined />, can: ['enter_data', 'approve_data'] },
  { to: '/reporting/completeness', key: 'reporting.menu.completeness', icon: <PieChartOutlined /> },
  { to: '/reporting/aggregate', key: 'reportAggregate.menu', icon: <FundOutlined /> },
  { to: '/villages', key: 'menu.villages', icon: <EnvironmentOutlined /> },
  { to: '/admin-units', key: 'menu.adminUnits', icon: <ApartmentOutlined /> },
  { to: '/classifications', key: 'menu.classifications', icon: <TagsOutlined /> },
  { to: '/ethnic-groups', key: 'menu.ethnicGroups', icon: <TeamOutlined /> },
];

/** A number that opens the list it counts. */
function Count({ title, value, to, testId }: { title: string; value: number | undefined; to: string; testId: string }) {
  return (
    <Link to={to} data-testid={testId}>
      <Panel hoverable style={{ height: '100%' }}>
        <Statistic title={title} value={value === undefined ? '…' : fmtNumber(value)} valueStyle={{ fontSize: 22 }} />
      </Panel>
    </Link>
  );
}

/** What needs attention in one's area: the register's size, duplicates to review, reports owed. */
export default function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canEnter = useCan('enter_data');
  const overview = useOverview();
  const health = useQuery({ queryKey: ['health'], queryFn: () => call(http.GET('/api/health')), enabled: me?.role === 'admin' });
  if (!me) return null;
  const o = overview.data;
  const reviewsDuplicates = me.role !== 'viewer';
  return (
    <>
      <PageTitle title={t('home.welcome', { name: me.fullName.split(' (')[0] })} />
      <Note>{t('home.intro')}</Note>
      {overview.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={(overview.error as Error).message} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} md={reviewsDuplicates ? 6 : 8}>
          <Panel style={{ height: '100%' }}>
            <Statistic title={t('home.yourScope')} value={scopeLabel(me, t('header.national'))} valueStyle={{ fontSize: 18 }} />
            <Muted>{t(`roles.${me.role}`)}</Muted>
          </Panel>
        </Col>
        <Col xs={12} md={reviewsDuplicates ? 6 : 8}>
          <Count title={t('home.households')} value={o?.register.households} to="/households" testId="home-households" />
        </Col>
        <Col xs={12} md={reviewsDuplicates ? 6 : 8}>
          <Count title={t('home.persons')} value={o?.register.persons} to="/persons" testId="home-persons" />
        </Col>
        {reviewsDuplicates && (
          <Col xs={24} md={6}>
            <Count title={t('home.duplicates')} value={o?.register.openDuplicates} to="/register/duplicates" testId="home-duplicates" />
          </Col>
        )}
      </Row>
      {o && (
        <Row gutter={[12, 12]} style={{ marginTop: 12 }} data-testid="home-headline">
          <Col xs={12} md={8}>
            <Link to="/maps?measure=minorityPersons" data-testid="home-minority">
              <Panel hoverable style={{ height: '100%' }}>
                <Statistic
                  title={t('maps.headline.minorityShare')}
                  value={o.headline.minorityShare === null ? '–' : `${fmtNumber(o.headline.minorityShare)}%`}
                  valueStyle={{ fontSize: 22 }}
                />
                <Muted>
                  {fmtNumber(o.headline.minorityPersons)} / {fmtNumber(o.headline.persons)} {t('home.persons').toLowerCase()}
                </Muted>
              </Panel>
            </Link>
          </Col>
          <Col xs={12} md={8}>
            <Link to={`/maps?measure=povertyRate&year=${o.headline.year}`} data-testid="home-poverty">
              <Panel hoverable style={{ height: '100%' }}>
                <Statistic
                  title={`${t('maps.headline.povertyRate')} ${o.headline.year}`}
                  value={o.headline.povertyRate === null ? '–' : `${fmtNumber(o.headline.povertyRate)}%`}
                  valueStyle={{ fontSize: 22 }}
                />
                <Muted>
                  {fmtNumber(o.headline.poorHouseholds)} / {fmtNumber(o.headline.households)} {t('home.households').toLowerCase()}
                </Muted>
              </Panel>
            </Link>
          </Col>
          <Col xs={24} md={8}>
            <Link to="/maps" data-testid="home-map">
              <Panel hoverable style={{ height: '100%', textAlign: 'center' }}>
                <div style={{ fontSize: 22, color: '#0b6e4f' }}>
                  <HeatMapOutlined />
                </div>
                <div>{t('maps.headline.openMap')}</div>
              </Panel>
            </Link>
          </Col>
        </Row>
      )}
      <OverdueCard />
      {o?.register.isDemo && (
        <Note style={{ marginTop: 8 }}>
          <SyntheticTag /> {t('home.demoNote')}
        </Note>
      )}
      <SectionTitle style={{ marginTop: 20 }}>{t('home.reports')}</SectionTitle>
      {o && !o.reports.length && <Note>{t('home.noReports')}</Note>}
      <Row gutter={[12, 12]}>
        {o?.reports.map((r) => (
          <Col xs={24} lg={12} key={r.dataSet.code}>
            <ReportCard report={r} canEnter={canEnter} />
          </Col>
        ))}
      </Row>
      <SectionTitle style={{ marginTop: 20 }}>{t('home.quickLinks')}</SectionTitle>
      <Row gutter={[12, 12]}>
        {LINKS.filter((l) => !l.can || l.can.some((p) => me.permissions.includes(p))).map((l) => (
          <Col xs={12} sm={8} lg={4} xl={4} key={l.to}>
            <Link to={l.to} data-testid={`quick-${l.to}`}>
              <Panel hoverable style={{ textAlign: 'center', height: '100%' }}>
                <div style={{ fontSize: 22, color: '#0b6e4f' }}>{l.icon}</div>
                <div>{t(l.key)}</div>
              </Panel>
            </Link>
          </Col>
        ))}
      </Row>
      {health.data && (
        <Note style={{ marginTop: 16, fontSize: 12 }}>{t('home.system', { engine: health.data.engine, units: fmtNumber(health.data.units) })}</Note>
      )}
    </>
  );
}
