import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Breadcrumb, Card, Col, Input, InputNumber, Row, Segmented, Select, Space, Spin, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { IsoDatePicker, PageTitle } from '../../components/common.js';
import { ChoroplethMap, type MapDatum, type Shapes } from '../../components/map/ChoroplethMap.js';
import { classify, parseBreaks, type Method } from '../../components/map/classify.js';
import { fmtDate, fmtNumber } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';
import { todayVN } from '../../../shared/dates.js';
import { SaveMap } from '../dashboards/SaveMap.js';
import { usePovertyYear } from '../register/api.js';

const MEASURES = ['persons', 'households', 'minorityPersons', 'poorHouseholds', 'povertyRate'] as const;
type Measure = (typeof MEASURES)[number];
type Level = 'province' | 'district' | 'commune';
/** Districts were abolished and the 34 provinces began on this day. */
const REFORM = '2025-07-01';

const oneOf = <T extends string>(value: string | null, options: readonly T[], fallback: T): T => (options.includes(value as T) ? (value as T) : fallback);

/** A register measure by unit on a map and in a ranked table, drilled down by clicking. */
export default function MapsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const measure = oneOf(params.get('measure'), MEASURES, 'povertyRate');
  const date = params.get('date') || todayVN();
  // Poverty is classified once a year, in December: by default the latest year classified by the date.
  const povertyYear = usePovertyYear(date);
  const year = Number(params.get('year')) || Number(povertyYear ?? date.slice(0, 4));
  const method = oneOf<Method>(params.get('method'), ['equal', 'quantile', 'fixed'], 'quantile');
  const k = Math.min(7, Math.max(3, Number(params.get('k')) || 5));
  const breaksText = params.get('breaks') ?? '';
  const path = (params.get('path') ?? '').split(',').filter(Boolean);
  const parent = path[path.length - 1];
  const old = date < REFORM;
  const scopeLevel = me?.scope?.level;
  const topLevel = oneOf<Level>(
    params.get('level'),
    old ? ['province', 'district', 'commune'] : ['province', 'commune'],
    scopeLevel === 'commune' ? 'commune' : 'province',
  );

  const set = (changes: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') p.delete(key);
      else p.set(key, value);
    }
    setParams(p, { replace: true });
  };
  // Another side of the reform has other units: start again from the top.
  const setDate = (d: string) => set({ date: d, path: d < REFORM === old ? params.get('path') : null, level: d < REFORM === old ? params.get('level') : null });

  const query = { measure, date, year, ...(parent ? { parent } : { level: topLevel }) };
  const values = useQuery({
    queryKey: ['maps', 'values', query],
    queryFn: () => call(http.GET('/api/maps/values', { params: { query } })),
    enabled: !!params.get('year') || povertyYear !== undefined,
    staleTime: 60_000,
  });
  const level = values.data?.level;
  const shapes = useQuery({
    queryKey: ['boundaries', { date, level, parent }],
    queryFn: () => call<Shapes>(http.GET('/api/boundaries', { params: { query: { date, level, ...(parent ? { parent } : {}) } } })),
    enabled: !!level,
    staleTime: 10 * 60_000,
  });
  // Under bubbles: the outline of the unit drilled into, or the provinces for a national map of smaller units.
  const backgroundLevel = values.data?.parent?.level ?? (level && level !== 'province' ? 'province' : undefined);
  const background = useQuery({
    queryKey: ['boundaries', { date, level: backgroundLevel }],
    queryFn: () => call<Shapes>(http.GET('/api/boundaries', { params: { query: { date, level: backgroundLevel } } })),
    enabled: !!backgroundLevel,
    staleTime: 10 * 60_000,
  });

  const items = values.data?.items ?? [];
  const percent = values.data?.unit === 'percent';
  const chosen = parseBreaks(breaksText);
  const breaks = useMemo(
    () =>
      classify(
        method,
        items.map((i) => i.value),
        k,
        chosen ?? [],
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the breaks follow the values and settings
    [values.data, method, k, breaksText],
  );
  const data: MapDatum[] = useMemo(() => items.map((i) => ({ unitCode: i.code, value: i.value, label: `${i.type} ${i.name}` })), [values.data]);
  const points = useMemo(() => Object.fromEntries(items.map((i) => [i.code, (i.point as [number, number] | null) ?? null])), [values.data]);
  const drillable = new Set(items.filter((i) => i.hasChildren).map((i) => i.code));
  const bg = useMemo(() => {
    const all = background.data?.features ?? [];
    return values.data?.parent ? all.filter((f) => f.properties.code === values.data!.parent!.code) : all;
  }, [background.data, values.data]);
  const ranked = [...items].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name, 'vi'));
  const fmtValue = (v: number | null) => (v === null ? '–' : `${fmtNumber(v)}${percent ? ' %' : ''}`);
  const drill = (code: string) => set({ path: [...path, code].join(',') });
  const title = [
    t(`maps.measures.${measure}`),
    values.data?.parent ? `${values.data.parent.type} ${values.data.parent.name}` : t('maps.national'),
    fmtDate(date),
  ].join(' · ');
  const levelName = level ? t(`maps.levelNames.${level}`) : '';

  return (
    <>
      <PageTitle title={t('maps.title')} />
      <div className="toolbar" style={{ flexWrap: 'wrap', gap: 8 }}>
        <Select<Measure>
          aria-label={t('maps.measure')}
          data-testid="map-measure"
          value={measure}
          onChange={(m) => set({ measure: m })}
          style={{ minWidth: 220 }}
          options={MEASURES.map((m) => ({ value: m, label: t(`maps.measures.${m}`) }))}
        />
        <Space size={4}>
          <span className="nowrap">{t('maps.date')}</span>
          <IsoDatePicker value={date} onChange={(d) => d && setDate(d)} aria-label={t('maps.date')} data-testid="map-date" />
        </Space>
        {(measure === 'poorHouseholds' || measure === 'povertyRate') && (
          <Space size={4}>
            <span className="nowrap">{t('maps.year')}</span>
            <InputNumber aria-label={t('maps.year')} min={2000} max={2100} value={year} onChange={(y) => y && set({ year: String(y) })} style={{ width: 90 }} />
          </Space>
        )}
        {!parent && (
          <Select<Level>
            aria-label={t('maps.level')}
            data-testid="map-level"
            value={topLevel}
            onChange={(l) => set({ level: l })}
            style={{ minWidth: 150 }}
            options={(old ? (['province', 'district', 'commune'] as const) : (['province', 'commune'] as const)).map((l) => ({
              value: l,
              label: t(`maps.levels.${l}`),
            }))}
          />
        )}
      </div>
      <div className="toolbar" style={{ flexWrap: 'wrap', gap: 8 }}>
        <span className="nowrap">{t('maps.method')}</span>
        <Segmented<Method>
          data-testid="map-method"
          value={method}
          onChange={(m) => set({ method: m })}
          options={(['equal', 'quantile', 'fixed'] as const).map((m) => ({ value: m, label: t(`maps.methods.${m}`) }))}
        />
        {method === 'fixed' ? (
          <Input
            aria-label={t('maps.breaks')}
            data-testid="map-breaks"
            placeholder={t('maps.breaksPlaceholder')}
            defaultValue={breaksText}
            status={chosen === null ? 'error' : undefined}
            onChange={(e) => set({ breaks: e.target.value })}
            style={{ width: 200 }}
          />
        ) : (
          <Space size={4}>
            <span className="nowrap">{t('maps.classes')}</span>
            <Select<number>
              aria-label={t('maps.classes')}
              value={k}
              onChange={(n) => set({ k: String(n) })}
              options={[3, 4, 5, 6, 7].map((n) => ({ value: n, label: n }))}
            />
          </Space>
        )}
        {method === 'fixed' && chosen === null && <Typography.Text type="danger">{t('maps.breaksInvalid')}</Typography.Text>}
        <SaveMap
          settings={{
            measure,
            ...(parent ? { parent } : { level: topLevel }),
            ...(params.get('date') ? { date } : {}),
            ...(params.get('year') ? { year } : {}),
            method,
            classes: k,
            breaks: chosen ?? [],
          }}
        />
      </div>
      <Breadcrumb
        style={{ margin: '4px 0 8px' }}
        data-testid="map-path"
        items={[
          { title: path.length ? <Link to={`?${withPath(params, [])}`}>{t('maps.national')}</Link> : t('maps.national') },
          ...path.map((code, i) => ({
            title:
              i < path.length - 1 ? (
                <Link to={`?${withPath(params, path.slice(0, i + 1))}`}>{code}</Link>
              ) : values.data?.parent ? (
                `${values.data.parent.type} ${values.data.parent.name}`
              ) : (
                code
              ),
          })),
        ]}
      />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Card size="small" styles={{ body: { padding: 8 } }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="map-era">
              {old ? t('maps.oldBoundaries') : t('maps.newBoundaries')}
            </Typography.Text>
            {values.isLoading || shapes.isLoading ? (
              <div className="map-box" style={{ display: 'grid', placeItems: 'center' }}>
                <Spin />
              </div>
            ) : values.error || shapes.error ? (
              <Alert type="error" showIcon title={((values.error ?? shapes.error) as Error).message} />
            ) : !items.length ? (
              <Alert type="info" showIcon title={t('maps.noUnits')} data-testid="map-empty" />
            ) : (
              <ChoroplethMap
                id={`map-${date < REFORM ? 'old' : 'new'}-${level}-${parent ?? 'all'}`}
                data={data}
                shapes={shapes.data ?? { type: 'FeatureCollection', features: [] }}
                points={points}
                background={bg}
                breaks={breaks}
                percent={percent}
                title={title}
                levelName={levelName}
                drillable={(code) => drillable.has(code)}
                onDrill={drill}
                fileName={`ban-do-${measure}-${parent ?? 'toan-quoc'}-${date}`}
              />
            )}
            <Typography.Paragraph type="secondary" style={{ margin: '8px 8px 0', fontSize: 12 }}>
              {t('maps.sumNote', { date: fmtDate(date), year })} {level !== 'province' && t('maps.approxPoints')} {t('maps.offline')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('maps.ranked')}>
            <Table
              size="small"
              rowKey="code"
              data-testid="map-ranking"
              loading={values.isLoading}
              dataSource={ranked}
              pagination={ranked.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              columns={[
                { title: t('maps.rank'), key: 'rank', width: 56, render: (_v, _r, i) => fmtNumber(i + 1) },
                {
                  title: t('maps.unit'),
                  key: 'unit',
                  render: (_v, r) =>
                    r.hasChildren ? <Typography.Link onClick={() => drill(r.code)}>{`${r.type} ${r.name}`}</Typography.Link> : `${r.type} ${r.name}`,
                },
                { title: t('maps.value'), key: 'value', align: 'right', render: (_v, r) => fmtValue(r.value) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** The page's parameters with another drill-down path. */
function withPath(params: URLSearchParams, path: string[]): string {
  const p = new URLSearchParams(params);
  if (path.length) p.set('path', path.join(','));
  else p.delete('path');
  return p.toString();
}
