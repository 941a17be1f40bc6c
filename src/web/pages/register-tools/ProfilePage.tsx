import { useMemo } from 'react';
import { Alert, Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useUnit } from '../../api/units.js';
import { IsoDatePicker, PageTitle } from '../../components/common.js';
import { PrintButton } from '../../components/Print.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { fmtDate, fmtNumber } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { useMe } from '../../lib/session.js';
import { EChart } from './EChart.js';
import { householdsLink, personsLink, useProfile, type CommuneProfile } from './profileApi.js';
import { ethnicBarOption, pct, povertyRateOption, pyramidOption } from './profileCharts.js';
import { ProfileEthnicTable } from './ProfileEthnicTable.js';
import { usePovertyYear } from '../register/api.js';
import { SyntheticTag } from '../register/common.js';

/** Card titles wrap instead of being cut on phones. */
const CARD_STYLES = { title: { whiteSpace: 'normal' as const, paddingBlock: 8 } };

/** Totals of a commune (or district/province): households, persons, sex, poverty; each links to the matching list. */
function Totals({ p }: { p: CommuneProfile }) {
  const { t } = useTranslation();
  const commune = p.unit.code;
  const hh = (poverty?: string) => householdsLink({ commune, poverty, year: p.year, date: p.date });
  const card = (key: string, value: number, to: string | null, suffix?: string) => (
    <Col xs={12} sm={8} lg={4} key={key}>
      <Card size="small" style={{ height: '100%' }}>
        <Statistic
          title={t(`registerTools.profile.${key}`)}
          value={value}
          formatter={(v) =>
            to ? (
              <Link to={to} data-testid={`profile-total-${key}`}>
                {fmtNumber(Number(v))}
              </Link>
            ) : (
              <span data-testid={`profile-total-${key}`}>{fmtNumber(Number(v))}</span>
            )
          }
        />
        {suffix && <Typography.Text type="secondary">{suffix}</Typography.Text>}
      </Card>
    </Col>
  );
  const tt = p.totals;
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="profile-totals">
      {card('households', tt.households, hh())}
      {card('persons', tt.persons, personsLink({ commune, date: p.date }))}
      {card('male', tt.male, personsLink({ commune, date: p.date, sex: 'male' }), tt.persons ? `${fmtNumber(pct(tt.male, tt.persons))}%` : undefined)}
      {card('female', tt.female, personsLink({ commune, date: p.date, sex: 'female' }), tt.persons ? `${fmtNumber(pct(tt.female, tt.persons))}%` : undefined)}
      {card('poor', tt.poor, hh('poor'), t('registerTools.profile.rateOfHouseholds', { rate: fmtNumber(pct(tt.poor, tt.households)) }))}
      {card('nearPoor', tt.nearPoor, hh('near_poor'), t('registerTools.profile.rateOfHouseholds', { rate: fmtNumber(pct(tt.nearPoor, tt.households)) }))}
    </Row>
  );
}

/** The ethnic make-up of a commune on a day: totals, charts and a table whose numbers open the lists. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [sp, setSp] = useSearchParams();
  const date = sp.get('date') ?? todayVN();
  const defaultYear = usePovertyYear(date);
  const year = Number(sp.get('year')) || Number(defaultYear ?? date.slice(0, 4));
  const commune = sp.get('commune') ?? me?.scope?.code ?? undefined;
  const unit = useUnit(commune, date);
  const profile = useProfile(commune, date, year);
  const p = profile.data;
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(sp);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setSp(next, { replace: true });
  };
  // A year before the day's moves the day to that year's last day, so the units of that time (the
  // districts before 1/7/2025) are the ones offered and counted; the current year goes back to today.
  const yearPatch = (y: number | undefined) => {
    if (!y) return { year: undefined };
    if (String(y) === date.slice(0, 4)) return { year: String(y) };
    const today = todayVN();
    return { year: String(y), date: String(y) >= today.slice(0, 4) ? undefined : `${y}-12-31` };
  };
  const charts = useMemo(() => (p ? { ethnic: ethnicBarOption(p, t), pyramid: pyramidOption(p, t), poverty: povertyRateOption(p, t) } : null), [p, t]);

  return (
    <>
      <PageTitle title={t('registerTools.profile.title')} extra={p?.isDemo ? <SyntheticTag /> : undefined}>
        {p && <PrintButton title={t('print.profile', { unit: p.unit.name })} unit={p.unit.name} />}
      </PageTitle>
      <div className="toolbar">
        <UnitPicker
          date={date}
          value={unit.data ?? null}
          onChange={(u) => set({ commune: u?.code })}
          placeholder={t('registerTools.profile.unitPlaceholder')}
          allowClear={false}
          style={{ width: 320, maxWidth: '100%' }}
          data-testid="profile-unit"
        />
        <Space size={4}>
          <Typography.Text type="secondary">{t('registerTools.profile.date')}</Typography.Text>
          <IsoDatePicker
            value={date}
            // The poverty year follows the day chosen; the unit picker then offers the units of that day.
            onChange={(d) => set({ date: d, year: undefined })}
            aria-label={t('registerTools.profile.date')}
            data-testid="profile-date"
          />
        </Space>
        <Space size={4}>
          <Typography.Text type="secondary">{t('registerTools.profile.year')}</Typography.Text>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => set(yearPatch(d?.year()))}
            style={{ width: 100 }}
            aria-label={t('registerTools.profile.year')}
            data-testid="profile-year"
          />
        </Space>
      </div>
      {!commune && <Empty description={t('registerTools.profile.chooseUnit')} />}
      {profile.error && <Alert type="error" showIcon message={(profile.error as Error).message} style={{ marginBottom: 12 }} />}
      {commune && profile.isLoading && <Spin style={{ display: 'block', margin: 48 }} />}
      {p && charts && (
        <Spin spinning={profile.isFetching}>
          <Typography.Paragraph type="secondary" data-testid="profile-caption">
            {t('registerTools.profile.caption', { unit: `${p.unit.name} (${p.unit.code})`, date: fmtDate(p.date), year: p.year })}
          </Typography.Paragraph>
          <Totals p={p} />
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={24} lg={12}>
              <Card size="small" styles={CARD_STYLES} title={t('registerTools.profile.chartEthnic')}>
                {p.byEthnic.some((e) => e.persons > 0) ? <EChart option={charts.ethnic} height={300} testId="profile-chart-ethnic" /> : <Empty />}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" styles={CARD_STYLES} title={t('registerTools.profile.chartPyramid')}>
                <EChart option={charts.pyramid} height={300} testId="profile-chart-pyramid" />
              </Card>
            </Col>
            <Col xs={24}>
              <Card size="small" styles={CARD_STYLES} title={t('registerTools.profile.chartPoverty', { year: p.year })}>
                {p.totals.poor + p.totals.nearPoor > 0 ? (
                  <EChart option={charts.poverty} height={320} testId="profile-chart-poverty" />
                ) : (
                  <Empty description={t('registerTools.profile.noPoverty', { year: p.year })} data-testid="profile-no-poverty" />
                )}
              </Card>
            </Col>
          </Row>
          <Card size="small" styles={CARD_STYLES} title={t('registerTools.profile.tableTitle')}>
            <Typography.Paragraph type="secondary">{t('registerTools.profile.tableHint')}</Typography.Paragraph>
            <ProfileEthnicTable profile={p} date={date} />
          </Card>
        </Spin>
      )}
    </>
  );
}
