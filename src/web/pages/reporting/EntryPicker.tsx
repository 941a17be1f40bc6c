import { useEffect } from 'react';
import { Select, Grid as AntGrid } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { useUnit } from '../../api/units.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useMe } from '../../lib/session.js';
import { todayVN } from '../../../shared/dates.js';
import { gridKey, reportParams, reportPath, useDataSets, useLocalName, usePeriods, type Grid } from './api.js';

interface Props {
  dataSet?: string;
  unit?: string;
  period?: string;
  onChange: (patch: { dataSet?: string; unit?: string; period?: string }) => void;
}

/** `YYYY-MM-DD` plus some days. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Form, unit and period of a report, kept in the page address. What the address leaves out is chosen
 * for the officer: their own unit when they work for one unit of the form's level, and the open
 * period — the last ended one while its report is still due and not yet submitted, else the current one.
 */
export function EntryPicker({ dataSet, unit, period, onChange }: Props) {
  const { t } = useTranslation();
  const screens = AntGrid.useBreakpoint();
  const sets = useDataSets();
  const local = useLocalName();
  const { data: me } = useMe();
  const form = sets.data?.items.find((s) => s.code === dataSet);
  const periods = usePeriods(form?.periodType, form?.cutoff);
  const today = todayVN();
  const unitRef = useUnit(unit, today);
  const w = (n: number) => (screens.md ? n : '100%');

  // The officer's own unit, when it is of the level the form is reported at (communes by default).
  const own = me?.scope && me.scope.level === (form?.assignLevel ?? 'commune') ? me.scope.code : undefined;
  const unitCode = unit ?? own;
  // The period holding today under the form's cut-off, and the last one ended (periods come newest first).
  const current = periods.items.find((p) => p.start <= today && today <= p.end);
  const ended = periods.items.find((p) => p.end < today);
  const stillDue = !!(form && ended && today <= addDays(ended.end, form.deadlineDays));
  const due = useQuery({
    queryKey: gridKey(form?.code ?? '', unitCode ?? '', ended?.id ?? ''),
    queryFn: () =>
      call<Grid>(http.GET('/api/data-entry/reports/{dataSet}/{unit}/{period}', { params: reportParams(reportPath(form!.code, unitCode!, ended!.id)) })),
    enabled: !period && stillDue && !!unitCode,
    retry: false,
  });
  let open: string | undefined = current?.id ?? ended?.id;
  if (stillDue && unitCode) {
    if (due.isPending)
      open = undefined; // wait for the last period's status
    else if (due.data && (due.data.status === 'open' || due.data.status === 'returned')) open = ended!.id;
  }

  useEffect(() => {
    const patch: { unit?: string; period?: string } = {};
    if (!unit && own) patch.unit = own;
    if (form && !period && open) patch.period = open;
    if (patch.unit || patch.period) onChange(patch);
  }, [form?.code, unit, own, period, open]); // eslint-disable-line react-hooks/exhaustive-deps
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
