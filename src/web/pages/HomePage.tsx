import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApartmentOutlined, EnvironmentOutlined, GlobalOutlined, TagsOutlined, TeamOutlined } from '@ant-design/icons';
import { api } from '../api/client.js';
import type { Health } from '../api/types.js';
import { useMe } from '../lib/session.js';
import { fmtNumber } from '../lib/format.js';
import { scopeLabel } from '../components/AppLayout.js';
import { PageTitle } from '../components/common.js';

const LINKS = [
  { to: '/admin-units', key: 'menu.adminUnits', icon: <ApartmentOutlined /> },
  { to: '/villages', key: 'menu.villages', icon: <EnvironmentOutlined /> },
  { to: '/classifications', key: 'menu.classifications', icon: <TagsOutlined /> },
  { to: '/boundaries', key: 'menu.boundaries', icon: <GlobalOutlined /> },
  { to: '/ethnic-groups', key: 'menu.ethnicGroups', icon: <TeamOutlined /> },
];

export default function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const health = useQuery({ queryKey: ['health'], queryFn: () => api<Health>('/health') });
  if (!me) return null;
  return (
    <>
      <PageTitle title={t('home.welcome', { name: me.fullName.split(' (')[0] })} />
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={8}>
          <Card size="small" style={{ height: "100%" }}>
            <Statistic title={t('home.yourScope')} value={scopeLabel(me, t('header.national'))} valueStyle={{ fontSize: 18 }} />
            <Typography.Text type="secondary">{t(`roles.${me.role}`)}</Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small" style={{ height: "100%" }}>
            <Statistic title={t('home.units')} value={health.data ? fmtNumber(health.data.units) : '…'} valueStyle={{ fontSize: 18 }} />
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small" style={{ height: "100%" }}>
            <Statistic title={t('home.engine')} value={health.data?.engine ?? '…'} valueStyle={{ fontSize: 18 }} />
          </Card>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('home.quickLinks')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {LINKS.map((l) => (
          <Col xs={12} sm={8} lg={4} key={l.to}>
            <Link to={l.to}>
              <Card size="small" hoverable style={{ textAlign: 'center' }}>
                <div style={{ fontSize: 24, color: '#0b6e4f' }}>{l.icon}</div>
                <div>{t(l.key)}</div>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
