import { useEffect } from 'react';
import { Select, Grid as AntGrid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnit } from '../../api/units.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { todayVN } from '../../../shared/dates.js';
import { useDataSets, useLocalName, usePeriods } from './api.js';

interface Props {
  dataSet?: string;
  unit?: string;
  period?: string;
  onChange: (patch: { dataSet?: string; unit?: string; period?: string }) => void;
}

/** Form, unit and period of a report, kept in the page address. */
export function EntryPicker({ dataSet, unit, period, onChange }: Props) {
  const { t } = useTranslation();
  const screens = AntGrid.useBreakpoint();
  const sets = useDataSets();
  const local = useLocalName();
  const form = sets.data?.items.find((s) => s.code === dataSet);
  const periods = usePeriods(form?.periodType, form?.cutoff);
  const today = todayVN();
  const unitRef = useUnit(unit, today);
  const w = (n: number) => (screens.md ? n : '100%');
  // No period in the address: the form's current one (the period holding today under its cut-off).
  const current = periods.items.find((p) => p.start <= today && today <= p.end)?.id;
  useEffect(() => {
    if (form && !period && current) onChange({ period: current });
  }, [form?.code, period, current]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="toolbar">
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('reporting.entry.pickForm')}
        value={dataSet}
        loading={sets.isLoading}
        style={{ width: w(360) }}
        popupMatchSelectWidth={false}
        data-testid="pick-form"
        onChange={(v) => onChange({ dataSet: v, period: undefined })}
        options={(sets.data?.items ?? []).map((s) => ({ value: s.code, label: local(s) }))}
        optionRender={(o) => <div style={{ maxWidth: 480, whiteSpace: 'normal' }}>{o.label}</div>}
      />
      <UnitPicker
        date={today}
        level={(form?.assignLevel as 'commune' | undefined) ?? 'commune'}
        value={unitRef.data ?? null}
        placeholder={t('reporting.entry.pickUnit')}
        style={{ width: w(260) }}
        data-testid="pick-unit"
        onChange={(u) => onChange({ unit: u?.code })}
      />
      <Select
        placeholder={t('reporting.entry.pickPeriod')}
        value={period}
        disabled={!form}
        loading={periods.isLoading}
        style={{ width: w(220) }}
        data-testid="pick-period"
        onChange={(v) => onChange({ period: v })}
        options={periods.items.map((p) => ({ value: p.id, label: periods.name(p) }))}
      />
    </div>
  );
}
