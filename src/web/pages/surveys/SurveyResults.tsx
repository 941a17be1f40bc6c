import { useMemo } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { ChoroplethMap, type MapDatum, type Shapes } from '../../components/map/ChoroplethMap.js';
import { EChart } from '../register-tools/EChart.js';
import { fmtNumber } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';

type Summary = Res<'/api/surveys/forms/{id}/summary', 'get'>;
type Item = Summary['items'][number];
type Field = Res<'/api/surveys/forms/{id}', 'get'>['fields'][number];
export interface ResultFilter {
  state?: 'received' | 'has_issues' | 'approved' | 'rejected';
  unit?: number;
  ethnic?: string;
}

const GREEN = '#0b6e4f';

/** A chart per question: bars of counts by choice label, a histogram with mean and median, or counts by month. */
function QuestionChart({ item, field, label }: { item: Item; field?: Field; label: (l: Record<string, string>, fallback: string) => string }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    if (item.kind === 'number') {
      const bins = item.histogram ?? [];
      const whole = item.type === 'int';
      return {
        grid: { left: 40, right: 12, top: 12, bottom: 40 },
        tooltip: { trigger: 'axis' },
        xAxis: {
          type: 'category',
          data: bins.map((b) => (whole && b.from === b.to ? fmtNumber(b.from) : `${fmtNumber(b.from)}–${fmtNumber(b.to)}`)),
          axisLabel: { fontSize: 10, interval: 0, rotate: bins.length > 6 ? 30 : 0 },
        },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: bins.map((b) => b.count), itemStyle: { color: GREEN }, barCategoryGap: '8%' }],
      };
    }
    const counts = item.counts ?? [];
    const names = counts.map((c) => {
      const choice = field?.choices?.find((x) => x.value === c.value);
      return choice ? label(choice.labels, c.value) : c.value;
    });
    if (item.kind === 'month')
      return {
        grid: { left: 40, right: 12, top: 12, bottom: 30 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: names.map((m) => `${m.slice(5, 7)}/${m.slice(0, 4)}`) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: counts.map((c) => c.count), itemStyle: { color: GREEN } }],
      };
    return {
      grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: names, axisLabel: { width: 150, overflow: 'truncate', fontSize: 11 } },
      series: [{ type: 'bar', data: counts.map((c) => c.count), itemStyle: { color: GREEN }, label: { show: true, position: 'right', fontSize: 11 } }],
    };
  }, [item, field, label]);
  const height = item.kind === 'choices' || item.kind === 'multiple' ? Math.max(120, 28 * (item.counts?.length ?? 0) + 24) : 220;
  return (
    <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{field ? label(field.labels, field.name) : item.path}</span>} data-testid="survey-chart">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('surveys.answered')}: {item.answered === null ? '–' : fmtNumber(item.answered)}
        {item.kind === 'multiple' && ` · ${t('surveys.severalChoices')}`}
        {item.stats && (
          <span data-testid="survey-stats">
            {` · ${t('surveys.mean')}: ${fmtNumber(Math.round(item.stats.mean * 100) / 100)}`}
            {item.stats.median !== undefined && ` · ${t('surveys.median')}: ${fmtNumber(item.stats.median)}`}
          </span>
        )}
      </Typography.Text>
      <EChart option={option} height={height} />
    </Card>
  );
}

/** Results of a form: filters' summary charts, the map of locations and the cross-tables to download. */
export function SurveyResults({
  formId,
  fields,
  filter,
  label,
}: {
  formId: number;
  fields: Field[];
  filter: ResultFilter;
  label: (l: Record<string, string>, fallback: string) => string;
}) {
  const { t } = useTranslation();
  const query = { state: filter.state, unit: filter.unit, ethnic: filter.ethnic };
  const summary = useQuery({
    queryKey: ['surveys', 'summary', formId, query],
    queryFn: () => call(http.GET('/api/surveys/forms/{id}/summary', { params: { path: { id: formId }, query } })),
  });
  const points = useQuery({
    queryKey: ['surveys', 'points', formId, query],
    queryFn: () => call(http.GET('/api/surveys/forms/{id}/points', { params: { path: { id: formId }, query } })),
  });
  const codes = useMemo(() => [...new Set((points.data?.items ?? []).map((p) => p.unitCode))], [points.data]);
  // Our own commune outlines under the points (no tile server): those of the province of the points.
  const shapes = useQuery({
    queryKey: ['boundaries', 'survey', codes],
    queryFn: async () => {
      const all = await call<Shapes>(http.GET('/api/boundaries', { params: { query: { date: todayVN(), level: 'commune' } } }));
      return { type: 'FeatureCollection', features: all.features.filter((f) => codes.includes(f.properties.code)) } as Shapes;
    },
    enabled: codes.length > 0,
    staleTime: 10 * 60_000,
  });
  const map = useMemo(() => {
    const items = points.data?.items ?? [];
    const perCommune = new Map<string, { n: number; name: string }>();
    for (const p of items) perCommune.set(p.unitCode, { n: (perCommune.get(p.unitCode)?.n ?? 0) + 1, name: p.unitName });
    const shaped = new Set((shapes.data?.features ?? []).map((f) => f.properties.code));
    // Communes with an outline are coloured by their number of located submissions; each submission is a dot.
    const data: MapDatum[] = [
      ...[...perCommune].filter(([code]) => shaped.has(code)).map(([code, c]) => ({ unitCode: code, value: c.n, label: c.name })),
      ...items.map((p) => ({ unitCode: `s${p.id}`, value: 0, label: `${p.unitName} – #${p.id}` })),
    ];
    const at = Object.fromEntries(items.map((p) => [`s${p.id}`, [p.longitude, p.latitude] as [number, number]]));
    const max = Math.max(1, ...[...perCommune.values()].map((c) => c.n));
    return { data, at, breaks: [0, Math.ceil(max / 3), Math.ceil((2 * max) / 3), max] };
  }, [points.data, shapes.data]);
  const byPath = new Map(fields.map((f) => [f.path, f]));
  const items = (summary.data?.items ?? []).filter((i) => (i.counts?.length ?? 0) > 0 || (i.histogram?.length ?? 0) > 0);
  const crossUrl = (by: string) => {
    const p = new URLSearchParams({ by, format: 'xlsx' });
    for (const [k, v] of Object.entries(query)) if (v !== undefined) p.set(k, String(v));
    return `/api/surveys/forms/${formId}/crosstab?${p}`;
  };

  return (
    <Card size="small" title={t('surveys.results')} style={{ marginBottom: 12 }} data-testid="survey-results">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text data-testid="survey-results-total">
          {t('surveys.submissions')}: <b>{fmtNumber(summary.data?.total ?? 0)}</b>
        </Typography.Text>
        <Button href={crossUrl('ethnic')} data-testid="survey-cross-ethnic">
          {t('surveys.crossEthnic')}
        </Button>
        <Button href={crossUrl('commune')} data-testid="survey-cross-commune">
          {t('surveys.crossCommune')}
        </Button>
      </Space>
      {summary.data?.suppression.applied && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('surveys.suppressed', { n: summary.data.suppression.threshold })} />
      )}
      <Card size="small" title={t('surveys.map')} style={{ marginBottom: 12 }} data-testid="survey-map">
        {points.data?.hidden ? (
          <Typography.Text type="secondary">{t('surveys.mapHidden')}</Typography.Text>
        ) : points.data && points.data.items.length === 0 ? (
          <Empty description={t('surveys.noPoints')} />
        ) : (
          points.data && (
            <ChoroplethMap
              id={`survey-${formId}-${codes.length}-${shapes.data ? 's' : 'n'}`}
              data={map.data}
              shapes={shapes.data ?? { type: 'FeatureCollection', features: [] }}
              points={map.at}
              breaks={map.breaks}
              title={t('surveys.mapTitle', { n: points.data.items.length })}
              fileName={`khao-sat-${formId}`}
              levelName={t('surveys.commune')}
            />
          )
        )}
      </Card>
      <Row gutter={[12, 12]}>
        {items.map((i) => (
          <Col key={i.path} xs={24} lg={12}>
            <QuestionChart item={i} field={byPath.get(i.path)} label={label} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
