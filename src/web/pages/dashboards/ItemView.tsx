import { useEffect, useMemo } from 'react';
import { Alert, Col, Progress, Row, Spin, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChoroplethMap, type MapDatum } from '../../components/map/ChoroplethMap.js';
import { classify } from '../../components/map/classify.js';
import { fmtNumber, formatNumber } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { PivotChart } from '../analytics/PivotChart.js';
import { chartOption, PivotTable, singleValue } from '../analytics/pivot-view.js';
import type { Filter, Item } from './items.js';
import { itemQuery, shapesQuery } from './queries.js';

/** Height in px of an item's body for its height in rows. */
export const bodyHeight = (rows: number) => rows * 300 - 20;

interface Props {
  dashboardId: number;
  item: Item;
  filter: Filter;
  height: number;
  /** Called once the item has drawn its data (for the page's "all drawn" mark). */
  onReady?: (id: string) => void;
}

function Ready({ id, onReady, children }: { id: string; onReady?: (id: string) => void; children: React.ReactNode }) {
  useEffect(() => onReady?.(id), [id, onReady]);
  return (
    <div data-item-ready="1" style={{ height: '100%' }}>
      {children}
    </div>
  );
}

const Loading = () => (
  <div style={{ display: 'grid', placeItems: 'center', height: 120 }}>
    <Spin />
  </div>
);
const Failed = ({ error }: { error: unknown }) => <Alert type="error" showIcon message={error instanceof Error ? error.message : String(error)} />;

/** What one item of a dashboard shows, with the dashboard's filter applied. */
export function ItemView(p: Props) {
  const { t } = useTranslation();
  if ((p.item.kind === 'visualisation' && !p.item.visualisation) || (p.item.kind === 'map' && !p.item.map))
    return (
      <Ready id={p.item.id} onReady={p.onReady}>
        <Typography.Text type="secondary">{t('dashboards.missing')}</Typography.Text>
      </Ready>
    );
  switch (p.item.kind) {
    case 'visualisation':
      return <VisualisationItem {...p} />;
    case 'map':
      return <MapItem {...p} />;
    case 'headline':
      return <HeadlineItem {...p} />;
    case 'completeness':
      return <CompletenessItem {...p} />;
    case 'programme':
      return <ProgrammeItem {...p} />;
    default:
      return (
        <Ready id={p.item.id} onReady={p.onReady}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{p.item.text}</Typography.Paragraph>
        </Ready>
      );
  }
}

function VisualisationItem({ dashboardId, item, filter, height, onReady }: Props) {
  const { t } = useTranslation();
  const data = useQuery(itemQuery(dashboardId, item.id, filter));
  const type = item.visualisation!.chartType;
  const answer = data.data?.answer ?? null;
  const option = useMemo(() => (answer && type !== 'table' && type !== 'single_value' ? chartOption(answer, type) : null), [answer, type]);
  if (data.isLoading) return <Loading />;
  if (data.error) return <Failed error={data.error} />;
  if (!answer) return null;
  return (
    <Ready id={item.id} onReady={onReady}>
      {!answer.rows.length ? (
        <Typography.Text type="secondary">{t('dashboards.empty')}</Typography.Text>
      ) : type === 'table' ? (
        <div style={{ maxHeight: height, overflow: 'auto' }} className="dash-table">
          <PivotTable answer={answer} />
        </div>
      ) : type === 'single_value' ? (
        <Typography.Title level={1} style={{ textAlign: 'center', marginTop: height / 3 }}>
          {formatNumber(singleValue(answer))}
        </Typography.Title>
      ) : (
        option && <PivotChart option={option} height={height} />
      )}
    </Ready>
  );
}

function MapItem({ dashboardId, item, filter, height, onReady }: Props) {
  const { t } = useTranslation();
  const data = useQuery(itemQuery(dashboardId, item.id, filter));
  const s = data.data?.map ?? null;
  const date = s?.date ?? todayVN();
  // The values come with the item (for the map's year, by default the latest classified by its date).
  const values = data.data?.values ?? undefined;
  const level = values?.level;
  const parentLevel = values?.parent?.level;
  const shapes = useQuery({ ...shapesQuery({ date, level, parent: s?.parent }), enabled: !!level });
  const background = useQuery({ ...shapesQuery({ date, level: parentLevel, code: values?.parent?.code }), enabled: !!parentLevel });
  const items = values?.items ?? [];
  const breaks = useMemo(
    () =>
      s
        ? classify(
            s.method,
            items.map((i) => i.value),
            s.classes,
            s.breaks,
          )
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the values
    [values, s],
  );
  const mapData: MapDatum[] = useMemo(() => items.map((i) => ({ unitCode: i.code, value: i.value, label: `${i.type} ${i.name}` })), [values]);
  const points = useMemo(() => Object.fromEntries(items.map((i) => [i.code, (i.point as [number, number] | null) ?? null])), [values]);
  const bg = useMemo(() => (background.data?.features ?? []).filter((f) => f.properties.code === values?.parent?.code), [background.data, values]);
  if (data.isLoading || shapes.isLoading || (parentLevel && background.isLoading)) return <Loading />;
  const error = data.error ?? shapes.error;
  if (error) return <Failed error={error} />;
  return (
    <Ready id={item.id} onReady={onReady}>
      <div style={{ ['--map-h' as string]: `${height - 40}px` }} className="dash-map">
        <ChoroplethMap
          id={`dash-${dashboardId}-${item.id}-${date}-${level}-${s?.parent ?? 'all'}`}
          data={mapData}
          shapes={shapes.data ?? { type: 'FeatureCollection', features: [] }}
          points={points}
          background={bg}
          breaks={breaks}
          percent={values?.unit === 'percent'}
          levelName={level ? t(`maps.levelNames.${level}`) : undefined}
          fileName={`ban-do-${s?.measure}-${s?.parent ?? 'toan-quoc'}-${date}`}
        />
      </div>
    </Ready>
  );
}

function HeadlineItem({ dashboardId, item, filter, onReady }: Props) {
  const { t } = useTranslation();
  const data = useQuery(itemQuery(dashboardId, item.id, filter));
  if (data.isLoading) return <Loading />;
  if (data.error || !data.data?.headline) return <Failed error={data.error} />;
  const h = data.data.headline;
  const pct = (v: number | null) => (v === null ? '–' : `${fmtNumber(v)} %`);
  return (
    <Ready id={item.id} onReady={onReady}>
      <Row gutter={[12, 12]} data-testid="dash-headline">
        <Col xs={12} md={6}>
          <Statistic title={t('dashboards.headline.persons')} value={fmtNumber(h.persons)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('dashboards.headline.households')} value={fmtNumber(h.households)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('dashboards.headline.minorityShare')} value={pct(h.minorityShare)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('dashboards.headline.povertyRate', { year: h.year })} value={pct(h.povertyRate)} />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {h.unit ? t('dashboards.headline.unitNote', { unit: h.unit.name }) : t('dashboards.headline.areaNote')}
      </Typography.Text>
    </Ready>
  );
}

function CompletenessItem({ dashboardId, item, filter, onReady }: Props) {
  const { t } = useTranslation();
  const data = useQuery(itemQuery(dashboardId, item.id, filter));
  if (data.isLoading) return <Loading />;
  const c = data.data?.completeness;
  if (data.error || !c) return <Failed error={data.error} />;
  const year = c.period;
  const x = c.totals;
  return (
    <Ready id={item.id} onReady={onReady}>
      <Typography.Text type="secondary">{t('dashboards.completeness.period', { period: year })}</Typography.Text>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', marginTop: 8 }}>
        <Progress type="circle" size={96} percent={Math.round(x.completeness ?? 0)} format={() => `${fmtNumber(x.completeness ?? 0)} %`} />
        <Statistic title={t('dashboards.completeness.timeliness')} value={x.timeliness === null ? '–' : `${fmtNumber(x.timeliness)} %`} />
      </div>
      <Typography.Paragraph style={{ marginTop: 8 }} data-testid="dash-completeness">
        {t('dashboards.completeness.counts', { reported: fmtNumber(x.reported), expected: fmtNumber(x.expected), missing: fmtNumber(x.missing) })}
      </Typography.Paragraph>
    </Ready>
  );
}

function ProgrammeItem({ dashboardId, item, filter, onReady }: Props) {
  const { t } = useTranslation();
  const data = useQuery(itemQuery(dashboardId, item.id, filter));
  if (data.isLoading) return <Loading />;
  const b = data.data?.programme;
  if (data.error || !b) return <Failed error={data.error} />;
  const year = b.year;
  const total = b.total;
  return (
    <Ready id={item.id} onReady={onReady}>
      <Typography.Text type="secondary">{b.nodeName}</Typography.Text>
      {total.rate === null ? (
        <Typography.Paragraph style={{ marginTop: 8 }}>{t('dashboards.programme.none', { year })}</Typography.Paragraph>
      ) : (
        <>
          <Statistic title={t('dashboards.programme.rate', { year })} value={`${fmtNumber(total.rate)} %`} />
          <Progress percent={Math.min(100, Math.round(total.rate))} showInfo={false} />
          <Typography.Text style={{ fontSize: 12 }}>
            {t('dashboards.programme.money', { disbursed: formatNumber(total.disbursed), allocated: formatNumber(total.allocated) })}
          </Typography.Text>
        </>
      )}
    </Ready>
  );
}
