import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Input, Popconfirm, Row, Segmented, Select, Space, Tabs, Typography, message } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../../api/client.js';
import type { Body } from '../../api/types.js';
import { PageTitle } from '../../components/common.js';
import { formatNumber } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';
import { IndicatorsPanel } from './IndicatorsPanel.js';
import { SettingsPanel } from './SettingsPanel.js';
import { PivotChart, type ChartHandle } from './PivotChart.js';
import { chartOption, PivotTable, singleValue, type Answer, type ChartType } from './pivot-view.js';
import { AddToDashboard } from '../dashboards/AddToDashboard.js';

type Query = Body<'/api/analytics/query', 'post'>;
const BASE_DIMENSIONS = ['data', 'period', 'unit', 'ethnic', 'sex', 'age', 'minority', 'poverty'];
const CHARTS: ChartType[] = ['table', 'bar', 'stacked_bar', 'line', 'pie', 'single_value'];
const ROLES = ['admin', 'province_officer', 'commune_officer', 'viewer'] as const;

const START: Query = {
  data: ['ind:TY_LE_HO_NGHEO'],
  periods: ['LAST_5_YEARS'],
  unitLevel: 'children',
  rows: ['unit'],
  columns: ['period'],
  totals: true,
  sort: 'none',
  audience: 'inside',
};

function download(url: string, name: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** The table of an answer as rows of text cells (header first), for CSV and Excel. */
function grid(a: Answer): (string | number | null)[][] {
  const head = [...a.rowDimensions.map(() => ''), ...a.columns.map((c) => c.labels.join(' / '))];
  return [head, ...a.rows.map((r, i) => [...r.labels, ...a.values[i].map((v) => v)])];
}

/** "Phân tích số liệu": a pivot of data elements, indicators and register measures, as a table or chart; saved visualisations; indicators. */
export default function AnalyticsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('pivot');
  const { data: me } = useMe();
  const canSet = !!me?.permissions.includes('manage_users');
  return (
    <>
      <PageTitle title={t('analytics.title')} />
      <Typography.Paragraph type="secondary">{t('analytics.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'pivot', label: t('analytics.tabPivot'), children: <Pivot /> },
          { key: 'indicators', label: t('analytics.tabIndicators'), children: <IndicatorsPanel /> },
          ...(canSet ? [{ key: 'settings', label: t('analytics.tabSettings'), children: <SettingsPanel /> }] : []),
        ]}
      />
    </>
  );
}

function Pivot() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [q, setQ] = useState<Query>(START);
  const [chartType, setChartType] = useState<ChartType>('table');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const chart = useRef<ChartHandle>(null);
  const catalogue = useQuery({ queryKey: ['analytics', 'catalogue'], queryFn: () => call(http.GET('/api/analytics/catalogue')) });
  const saved = useQuery({ queryKey: ['analytics', 'visualisations'], queryFn: () => call(http.GET('/api/analytics/visualisations')) });
  const set = (patch: Partial<Query>) => setQ((x) => ({ ...x, ...patch }));

  const dims = useMemo(
    () => [
      ...BASE_DIMENSIONS.map((d) => ({ value: d, label: t(`analytics.dim_${d}`) })),
      ...(catalogue.data?.categories ?? []).map((c) => ({ value: `cat:${c.code}`, label: c.name })),
    ],
    [catalogue.data, t],
  );
  const dataOptions = [
    { label: t('analytics.groupIndicators'), options: (catalogue.data?.indicators ?? []).map((i) => ({ value: `ind:${i.code}`, label: i.name })) },
    { label: t('analytics.groupMeasures'), options: (catalogue.data?.measures ?? []).map((m) => ({ value: `reg:${m.code}`, label: m.name })) },
    { label: t('analytics.groupElements'), options: (catalogue.data?.elements ?? []).map((e) => ({ value: `de:${e.code}`, label: `${e.name} (${e.code})` })) },
  ];

  const run = async (query: Query = q) => {
    setBusy(true);
    setError(null);
    try {
      setAnswer(await call(http.POST('/api/analytics/query', { body: query })));
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await qc.invalidateQueries({ queryKey: ['analytics', 'visualisations'] });
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    }
  };
  const current = saved.data?.items.find((v) => v.id === openId);

  const open = (id: number) => {
    const v = saved.data?.items.find((x) => x.id === id);
    if (!v) return;
    setOpenId(id);
    setName(v.name);
    setRoles(v.sharedRoles);
    setChartType(v.chartType);
    const query = { ...START, ...(v.query as Query) };
    setQ(query);
    void run(query);
  };

  const option = useMemo(() => (answer ? chartOption(answer, chartType) : null), [answer, chartType]);
  const fileName = (name || t('analytics.title')).replace(/[\\/:*?"<>|]/g, '_');

  const exportCsv = () => {
    if (!answer) return;
    const text = grid(answer)
      .map((row) => row.map((c) => (c === null ? '' : /[",\n;]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(','))
      .join('\r\n');
    download(URL.createObjectURL(new Blob([`\ufeff${text}`], { type: 'text/csv;charset=utf-8' })), `${fileName}.csv`);
  };
  const exportXlsx = async () => {
    if (!answer) return;
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(fileName.slice(0, 31));
    for (const row of grid(answer)) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    const buffer = await book.xlsx.writeBuffer();
    download(URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })), `${fileName}.xlsx`);
  };
  const exportImage = (kind: 'png' | 'svg') => {
    const url = chart.current?.image(kind);
    if (url) download(url, `${fileName}.${kind}`);
  };

  return (
    <>
      {error && (
        <Alert type="error" showIcon closable onClose={() => setError(null)} message={error} style={{ marginBottom: 12 }} data-testid="analytics-error" />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Row gutter={[12, 8]}>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('analytics.data')}</Typography.Text>
            <Select
              mode="multiple"
              style={{ width: '100%' }}
              value={q.data}
              options={dataOptions}
              placeholder={t('analytics.dataPlaceholder')}
              onChange={(data) => set({ data })}
              optionFilterProp="label"
              data-testid="analytics-data"
            />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('analytics.periods')}</Typography.Text>
            <Select
              mode="tags"
              style={{ width: '100%' }}
              value={q.periods}
              options={(catalogue.data?.relativePeriods ?? []).map((p) => ({ value: p.code, label: p.name }))}
              onChange={(periods) => set({ periods: periods.map((p) => p.trim().toUpperCase()) })}
              placeholder={t('analytics.periodsHint')}
              data-testid="analytics-periods"
            />
          </Col>
          <Col xs={12} lg={4}>
            <Typography.Text strong>{t('analytics.unit')}</Typography.Text>
            <Input
              value={q.unit ?? ''}
              placeholder={t('analytics.unitHint')}
              onChange={(e) => set({ unit: e.target.value.trim() || undefined })}
              data-testid="analytics-unit"
            />
          </Col>
          <Col xs={12} lg={5}>
            <Typography.Text strong>{t('analytics.level')}</Typography.Text>
            <Select
              style={{ width: '100%' }}
              value={q.unitLevel}
              onChange={(unitLevel) => set({ unitLevel })}
              options={(['self', 'children', 'communes'] as const).map((l) => ({ value: l, label: t(`analytics.level_${l}`) }))}
              data-testid="analytics-level"
            />
          </Col>
          <Col xs={12} lg={5}>
            <Typography.Text strong>{t('analytics.rows')}</Typography.Text>
            <Select mode="multiple" style={{ width: '100%' }} value={q.rows} options={dims} onChange={(rows) => set({ rows })} data-testid="analytics-rows" />
          </Col>
          <Col xs={12} lg={5}>
            <Typography.Text strong>{t('analytics.columns')}</Typography.Text>
            <Select
              mode="multiple"
              style={{ width: '100%' }}
              value={q.columns}
              options={dims}
              onChange={(columns) => set({ columns })}
              data-testid="analytics-columns"
            />
          </Col>
          <Col xs={24} lg={5}>
            <Typography.Text strong>{t('analytics.sort')}</Typography.Text>
            <Select
              style={{ width: '100%' }}
              value={q.sort}
              onChange={(sort) => set({ sort })}
              options={(['none', 'asc', 'desc'] as const).map((s) => ({ value: s, label: t(`analytics.sort_${s}`) }))}
            />
          </Col>
          <Col xs={24}>
            <Space wrap>
              <Checkbox checked={q.totals} onChange={(e) => set({ totals: e.target.checked })}>
                {t('analytics.totals')}
              </Checkbox>
              <Checkbox checked={q.audience === 'outside'} onChange={(e) => set({ audience: e.target.checked ? 'outside' : 'inside' })}>
                {t('analytics.outside')}
              </Checkbox>
              <Segmented
                value={chartType}
                onChange={(v) => setChartType(v as ChartType)}
                options={CHARTS.map((c) => ({ value: c, label: t(`analytics.chart_${c}`) }))}
                data-testid="analytics-chart-type"
              />
              <Button type="primary" loading={busy} onClick={() => run()} disabled={!q.data.length || !q.periods.length} data-testid="analytics-run">
                {t('analytics.run')}
              </Button>
            </Space>
          </Col>
        </Row>
      </Card>

      <Card size="small" style={{ marginBottom: 12 }} title={t('analytics.saved')}>
        <Space wrap>
          <Select
            style={{ minWidth: 240 }}
            value={openId ?? undefined}
            placeholder={t('analytics.savedPlaceholder')}
            onChange={open}
            options={(saved.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
            data-testid="analytics-saved"
          />
          <Input style={{ width: 240 }} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('analytics.name')} data-testid="analytics-name" />
          <Select
            mode="multiple"
            style={{ minWidth: 200 }}
            value={roles}
            onChange={setRoles}
            placeholder={t('analytics.share')}
            options={ROLES.map((r) => ({ value: r, label: t(`analytics.role_${r}`) }))}
          />
          {current?.mine && (
            <Button
              onClick={() =>
                act(() =>
                  call(
                    http.PATCH('/api/analytics/visualisations/{id}', {
                      params: { path: { id: current.id } },
                      body: { name, query: q, chartType, sharedRoles: roles as never },
                    }),
                  ).then(() => message.success(t('analytics.savedOk'))),
                )
              }
            >
              {t('analytics.save')}
            </Button>
          )}
          <Button
            disabled={!name.trim()}
            onClick={() =>
              act(async () => {
                const v = await call(
                  http.POST('/api/analytics/visualisations', { body: { name, query: q, chartType, sharedRoles: roles as never, sharedUserIds: [] } }),
                );
                setOpenId(v.id);
                message.success(t('analytics.savedOk'));
              })
            }
            data-testid="analytics-save"
          >
            {t('analytics.saveAs')}
          </Button>
          {current?.mine && (
            <Popconfirm
              title={t('analytics.deleteConfirm')}
              onConfirm={() =>
                act(() => call(http.DELETE('/api/analytics/visualisations/{id}', { params: { path: { id: current.id } } })).then(() => setOpenId(null)))
              }
            >
              <Button danger>{t('analytics.delete')}</Button>
            </Popconfirm>
          )}
          {current && <AddToDashboard kind="visualisation" refId={current.id} />}
          {current && !current.mine && <Typography.Text type="secondary">{t('analytics.owner', { name: current.ownerName ?? '' })}</Typography.Text>}
        </Space>
      </Card>

      {answer && (
        <Card
          size="small"
          extra={
            <Space wrap>
              <Button size="small" onClick={exportXlsx} data-testid="analytics-xlsx">
                {t('analytics.exportXlsx')}
              </Button>
              <Button size="small" onClick={exportCsv} data-testid="analytics-csv">
                {t('analytics.exportCsv')}
              </Button>
              {chartType !== 'table' && chartType !== 'single_value' && (
                <>
                  <Button size="small" onClick={() => exportImage('png')}>
                    {t('analytics.exportPng')}
                  </Button>
                  <Button size="small" onClick={() => exportImage('svg')}>
                    {t('analytics.exportSvg')}
                  </Button>
                </>
              )}
            </Space>
          }
        >
          {catalogue.data?.aggregatesOnly && (
            <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('analytics.aggregatesOnly', { threshold: answer.suppression.threshold })} />
          )}
          {answer.suppression.applied && answer.suppression.cells > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              message={t('analytics.suppressed', { count: answer.suppression.cells, threshold: answer.suppression.threshold })}
              data-testid="analytics-suppressed"
            />
          )}
          {answer.splitUnits.length > 0 && (
            <Alert type="info" style={{ marginBottom: 8 }} message={t('analytics.splitUnits', { units: answer.splitUnits.join(', ') })} />
          )}
          {!answer.rows.length ? (
            <Typography.Text type="secondary">{t('analytics.empty')}</Typography.Text>
          ) : chartType === 'table' ? (
            <PivotTable answer={answer} />
          ) : chartType === 'single_value' ? (
            <Typography.Title level={1} style={{ textAlign: 'center' }} data-testid="analytics-single">
              {formatNumber(singleValue(answer))}
            </Typography.Title>
          ) : (
            option && <PivotChart ref={chart} option={option} />
          )}
        </Card>
      )}
    </>
  );
}
