import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Space, Switch, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import { useUnit } from '../../../api/units.js';
import { PageTitle } from '../../../components/common.js';
import { todayVN } from '../../../../shared/dates.js';
import { useMe } from '../../../lib/session.js';
import { useUrlFilters } from '../../register/common.js';
import { useDataSets, useLocalName, usePeriods } from '../api.js';
import { AggregateChart } from './AggregateChart.js';
import { AggregateFilters } from './AggregateFilters.js';
import { AggregateNotes } from './AggregateNotes.js';
import { AggregateTable, downloadCsv, type Column, type Row } from './AggregateTable.js';
import {
  fetchAggregate,
  fetchAggregateBelow,
  REFORM,
  useReportingMeta,
  type AggregateParams,
  type AggregateResult,
  type AggregateRow,
  type OnUnits,
  type SplitRule,
} from './aggregateApi.js';
import '../reporting.css';
import './aggregate.css';

const BY_ALIASES: Record<string, string> = { ethnic: 'DAN_TOC', sex: 'GIOI_TINH', area: 'KHU_VUC', age: 'NHOM_TUOI' };
const errText = (e: unknown) => (e instanceof ApiError || e instanceof Error ? e.message : String(e));

/** Totals of a form's data elements for a unit and period, by the units below it or by data element, broken down by a category. */
export default function AggregatePage() {
  const { t } = useTranslation();
  const local = useLocalName();
  const { data: me } = useMe();
  const { values: f, set } = useUrlFilters(['dataSet', 'ptype', 'period', 'unit', 'rows', 'el', 'by', 'split', 'on'] as const);
  const [chart, setChart] = useState(true);
  const [onlyValues, setOnlyValues] = useState(false);
  const sets = useDataSets();
  const meta = useReportingMeta();
  const form = sets.data?.items.find((s) => s.code === f.dataSet);
  const ptype = f.ptype ?? form?.periodType;
  const periods = usePeriods(ptype, form?.cutoff);
  const period = periods.items.find((x) => x.id === f.period);
  const onUnits = (period && period.start < REFORM && f.on === 'today' ? 'today' : 'asof') as OnUnits;
  const unitDate = onUnits === 'today' || !period ? todayVN() : period.end;
  // Without a choice: the user's own area (an administrator: the area the form is assigned within).
  const unitCode = f.unit ?? me?.scope?.code ?? form?.assignWithin ?? undefined;
  const unit = useUnit(unitCode, unitDate).data;
  const rowsMode: 'units' | 'elements' = unit?.level === 'commune' ? 'elements' : f.rows === 'elements' ? 'elements' : 'units';
  const formElements = useMemo(() => {
    const codes = form?.sections.flatMap((s) => s.dataElements) ?? [];
    return codes.map((c) => meta.elements.find((e) => e.code === c)).filter((e): e is NonNullable<typeof e> => !!e);
  }, [form, meta.elements]);
  const chosen = (f.el ?? '').split(',').filter((c) => formElements.some((e) => e.code === c));
  const elementCodes = rowsMode === 'units' ? chosen.slice(0, 1) : chosen;
  // Categories the chosen (else the form's) elements are broken down by.
  const categories = useMemo(() => {
    const els = formElements.filter((e) => !elementCodes.length || elementCodes.includes(e.code));
    const codes = new Set(els.flatMap((e) => meta.combos.find((c) => c.code === e.categoryCombo)?.categories ?? []));
    return meta.categories.filter((c) => codes.has(c.code));
  }, [formElements, elementCodes.join(','), meta.combos, meta.categories]); // eslint-disable-line react-hooks/exhaustive-deps
  const splitRule = (['flag', 'proportional', 'exclude'].includes(f.split ?? '') ? f.split : 'flag') as SplitRule;
  // Opening the page without choices: the first active form, its last ended period, its first data
  // element, the units one level below the user's area. The choices go into the address (shareable).
  useEffect(() => {
    if (f.dataSet && !form) return;
    const first = sets.data?.items[0];
    if (!f.dataSet) {
      if (first) set({ dataSet: first.code, ptype: first.periodType });
      return;
    }
    const patch: Partial<Record<'period' | 'el', string>> = {};
    if (!f.period && periods.items.length) {
      const today = todayVN();
      const ended = periods.items.find((x) => x.end < today);
      if (ended) patch.period = ended.id;
    }
    if (!f.el && formElements.length) patch.el = formElements[0]!.code;
    if (Object.keys(patch).length) set(patch);
  }, [f.dataSet, f.period, f.el, form, sets.data, periods.items.length, formElements]); // eslint-disable-line react-hooks/exhaustive-deps
  const params: AggregateParams | null =
    form && period && unitCode && elementCodes.length
      ? { dataSet: form.code, period: period.id, unit: unitCode, dataElements: elementCodes, by: f.by, splitRule, onUnits }
      : null;

  const data = useQuery({
    queryKey: ['reporting', 'aggregate', rowsMode, params, unitDate],
    enabled: !!params && !!unit,
    // One request: the unit's totals and, for rows by unit, those of every unit directly below it.
    queryFn: async (): Promise<{ top: AggregateResult; children: AggregateRow[] }> => {
      if (rowsMode === 'elements') return { top: await fetchAggregate(params!), children: [] };
      const { rows: children, ...top } = await fetchAggregateBelow(params!);
      return { top, children };
    },
  });

  const top = data.data?.top;
  const flagOf = (r: Pick<AggregateResult, 'splitUnits'> | null) =>
    r?.splitUnits.length ? `${t('reportAggregate.flagged')}: ${r.splitUnits.map((s) => `${s.name} (${s.code})`).join(', ')}` : null;
  const rows: Row[] = !top
    ? []
    : rowsMode === 'units'
      ? data.data!.children.map((c) => ({ key: c.unit.code, label: c.unit.name, code: c.unit.code, item: c.items[0] ?? null, flag: flagOf(c) }))
      : top.items.map((i) => ({
          key: i.dataElement.code,
          label: local({ nameVi: i.dataElement.name, nameEn: i.dataElement.nameEn }),
          code: i.dataElement.code,
          unitOfMeasure: i.dataElement.unit,
          item: i,
        }));
  const shown = onlyValues ? rows.filter((r) => r.item?.total !== null && r.item?.total !== undefined) : rows;
  const total: Row | null =
    top && rowsMode === 'units'
      ? { key: 'grand', label: t('reportAggregate.totalRow', { name: top.unit.name }), item: top.items[0] ?? null, flag: flagOf(top) }
      : null;
  const category = f.by ? meta.categories.find((c) => c.code === (BY_ALIASES[f.by!] ?? f.by)) : undefined;
  const present = new Set([...rows, ...(total ? [total] : [])].flatMap((r) => r.item?.groups?.map((g) => g.code) ?? []));
  const columns: Column[] = category ? category.options.filter((o) => present.has(o.code)).map((o) => ({ code: o.code, name: local(o) })) : [];
  const pname = period ? periods.name(period) : '';
  const exportCsv = () =>
    downloadCsv(
      `tong-hop-${unitCode}-${period?.id}.csv`,
      [rowsMode === 'units' ? t('reportAggregate.unit') : t('reportAggregate.element'), ...columns.map((c) => c.name), t('reportAggregate.total')],
      shown,
      columns,
      total,
    );

  return (
    <>
      <PageTitle title={t('reportAggregate.title')} />
      <AggregateFilters
        f={{ ...f, ptype, unit: unitCode }}
        set={set}
        sets={sets.data?.items ?? []}
        form={form}
        periods={periods.items}
        periodName={periods.name}
        period={period}
        unitDate={unitDate}
        unit={unit}
        elements={formElements}
        categories={categories}
        rowsMode={rowsMode}
        showSplit={!!period && period.end >= REFORM}
        showOnUnits={!!period && period.start < REFORM}
      />
      {!params && <Alert type="info" showIcon title={t('reportAggregate.pickHint')} />}
      {data.error && <Alert type="error" showIcon title={errText(data.error)} />}
      {top && params && (
        <>
          <AggregateNotes result={top} periodName={pname} />
          <Space wrap className="agg-actions">
            <Button icon={<DownloadOutlined />} onClick={exportCsv} data-testid="agg-export">
              {t('reportAggregate.exportCsv')}
            </Button>
            <span>
              <Switch size="small" checked={chart} onChange={setChart} /> {t('reportAggregate.chart')}
            </span>
            {rowsMode === 'units' && (
              <span>
                <Switch size="small" checked={onlyValues} onChange={setOnlyValues} data-testid="agg-only-values" /> {t('reportAggregate.onlyValues')}
              </span>
            )}
          </Space>
          {chart &&
            (rows.some((r) => r.item?.total) ? (
              <AggregateChart
                title={t('reportAggregate.chartTitle', {
                  name: rowsMode === 'units' ? local({ nameVi: top.items[0]?.dataElement.name, nameEn: top.items[0]?.dataElement.nameEn }) : top.unit.name,
                })}
                rows={rows}
                columns={columns}
                total={total ?? (rows.length === 1 ? rows[0] : null)}
              />
            ) : (
              !data.isFetching && (
                <Card size="small" style={{ marginBottom: 12 }} data-testid="agg-chart-empty">
                  <Typography.Text type="secondary">{t('reportAggregate.chartEmpty', { period: pname })}</Typography.Text>
                </Card>
              )
            ))}
          {rowsMode === 'units' && !data.isFetching && rows.length === 0 ? (
            <Alert type="info" title={t('reportAggregate.noRows')} />
          ) : (
            <AggregateTable
              rows={shown}
              columns={columns}
              total={total}
              loading={data.isFetching}
              labelTitle={rowsMode === 'units' ? t('reportAggregate.unitCol') : t('reportAggregate.element')}
            />
          )}
        </>
      )}
    </>
  );
}
