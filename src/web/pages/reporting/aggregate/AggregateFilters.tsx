import { Grid as AntGrid, Radio, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabeledField } from '../../../components/LabeledField.js';
import { UnitPicker } from '../../../components/UnitPicker.js';
import type { Unit } from '../../../api/types.js';
import type { DataSetMeta, PeriodItem } from '../api.js';
import { useLocalName } from '../api.js';
import type { CategoryMeta, ElementMeta, SplitRule } from './aggregateApi.js';

const SPLIT_RULES = ['flag', 'proportional', 'exclude'] as const;
export const PERIOD_TYPES = ['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly'] as const;

export interface Filters {
  dataSet?: string;
  ptype?: string;
  period?: string;
  unit?: string;
  rows?: string;
  el?: string;
  by?: string;
  split?: string;
  on?: string;
}

interface Props {
  f: Filters;
  set: (patch: Partial<Filters>) => void;
  sets: DataSetMeta[];
  form?: DataSetMeta;
  periods: PeriodItem[];
  periodName: (p: PeriodItem) => string;
  period?: PeriodItem;
  unitDate: string;
  unit?: Unit | null;
  elements: ElementMeta[];
  categories: CategoryMeta[];
  rowsMode: 'units' | 'elements';
  showSplit: boolean;
  showOnUnits: boolean;
}

const Field = (p: { id: string; label: string; group?: boolean; children: React.ReactNode }) => <LabeledField className="agg-field" {...p} />;

/** The choices of the aggregate report: form, period, unit, rows, data elements, breakdown, and the reform rules. */
export function AggregateFilters(p: Props) {
  const { t } = useTranslation();
  const local = useLocalName();
  const screens = AntGrid.useBreakpoint();
  const w = (n: number) => (screens.md ? n : '100%');
  const { f, set } = p;
  const chosen = (f.el ?? '').split(',').filter(Boolean);
  const split = (SPLIT_RULES.includes(f.split as SplitRule) ? f.split : 'flag') as SplitRule;
  const elementOptions = p.elements.map((e) => ({ value: e.code, label: `${local(e)} (${e.code})` }));
  return (
    <div className="agg-filters">
      <Field id="agg-form" label={t('reportAggregate.form')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          value={f.dataSet}
          placeholder={t('reporting.entry.pickForm')}
          style={{ width: w(340) }}
          popupMatchSelectWidth={false}
          id="agg-form"
          data-testid="agg-form"
          onChange={(v) => {
            const s = p.sets.find((x) => x.code === v);
            set({ dataSet: v, ptype: s?.periodType, period: undefined, el: undefined, by: undefined });
          }}
          options={p.sets.map((s) => ({ value: s.code, label: local(s) }))}
          optionRender={(o) => <div style={{ maxWidth: 460, whiteSpace: 'normal' }}>{o.label}</div>}
        />
      </Field>
      <Field id="agg-ptype" label={t('reportAggregate.periodType')}>
        <Select
          value={f.ptype}
          style={{ width: w(130) }}
          disabled={!p.form}
          id="agg-ptype"
          data-testid="agg-ptype"
          onChange={(v) => set({ ptype: v, period: undefined })}
          options={PERIOD_TYPES.map((x) => ({ value: x, label: t(`reportAggregate.types.${x}`) }))}
        />
      </Field>
      <Field id="agg-period" label={t('reportAggregate.period')}>
        <Select
          value={f.period}
          style={{ width: w(210) }}
          disabled={!f.ptype}
          placeholder={t('reporting.entry.pickPeriod')}
          id="agg-period"
          data-testid="agg-period"
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(v) => set({ period: v })}
          options={p.periods.map((x) => ({ value: x.id, label: p.periodName(x) }))}
        />
      </Field>
      <Field id="agg-unit" label={t('reportAggregate.unit')}>
        <UnitPicker
          date={p.unitDate}
          value={p.unit ?? null}
          allowClear={false}
          style={{ width: w(300) }}
          id="agg-unit"
          data-testid="agg-unit"
          onChange={(u) => set({ unit: u?.code })}
        />
      </Field>
      <Field id="agg-rows" group label={t('reportAggregate.rows')}>
        <Segmented
          value={p.rowsMode}
          data-testid="agg-rows"
          onChange={(v) => set({ rows: v as string, el: v === 'units' ? chosen[0] : f.el })}
          options={[
            { value: 'units', label: t('reportAggregate.rowsUnits'), disabled: p.unit?.level === 'commune' },
            { value: 'elements', label: t('reportAggregate.rowsElements') },
          ]}
        />
      </Field>
      <Field id="agg-elements" label={p.rowsMode === 'units' ? t('reportAggregate.element') : t('reportAggregate.elements')}>
        <Select
          mode={p.rowsMode === 'units' ? undefined : 'multiple'}
          value={p.rowsMode === 'units' ? chosen[0] : chosen}
          style={{ width: w(420), minWidth: 220 }}
          maxTagCount="responsive"
          disabled={!p.form}
          placeholder={t('reportAggregate.elements')}
          id="agg-elements"
          data-testid="agg-elements"
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(v: string | string[]) => set({ el: (Array.isArray(v) ? v : [v]).join(',') || undefined })}
          options={elementOptions}
        />
      </Field>
      <Field id="agg-by" label={t('reportAggregate.by')}>
        <Select
          value={f.by ?? ''}
          style={{ width: w(200) }}
          id="agg-by"
          data-testid="agg-by"
          onChange={(v) => set({ by: v || undefined })}
          options={[{ value: '', label: t('reportAggregate.byNone') }, ...p.categories.map((c) => ({ value: c.code, label: local(c) }))]}
        />
      </Field>
      {p.showOnUnits && (
        <Field id="agg-on" group label={t('reportAggregate.onUnits')}>
          <Segmented
            value={f.on ?? 'asof'}
            data-testid="agg-on"
            onChange={(v) => set({ on: v as string })}
            options={[
              { value: 'asof', label: t('reportAggregate.onAsof') },
              { value: 'today', label: t('reportAggregate.onToday') },
            ]}
          />
          <Typography.Paragraph type="secondary" className="agg-hint">
            {t(f.on === 'today' ? 'reportAggregate.onHintToday' : 'reportAggregate.onHintAsof')}
          </Typography.Paragraph>
        </Field>
      )}
      {p.showSplit && (
        <Field id="agg-split" group label={t('reportAggregate.splitRule')}>
          {screens.md ? (
            <Radio.Group
              value={split}
              data-testid="agg-split"
              optionType="button"
              size="middle"
              onChange={(e) => set({ split: e.target.value })}
              options={SPLIT_RULES.map((r) => ({ value: r, label: t(`reportAggregate.split.${r}`) }))}
            />
          ) : (
            <Select
              value={split}
              data-testid="agg-split"
              style={{ width: '100%' }}
              onChange={(v) => set({ split: v })}
              options={SPLIT_RULES.map((r) => ({ value: r, label: t(`reportAggregate.split.${r}`) }))}
            />
          )}
          <Typography.Paragraph type="secondary" className="agg-hint" data-testid="agg-split-hint">
            {t(`reportAggregate.splitHint.${split}`)}
          </Typography.Paragraph>
        </Field>
      )}
    </div>
  );
}
