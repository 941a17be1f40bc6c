import { useState } from 'react';
import { Button, Card, Checkbox, Select, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { qs } from '../../../api/client.js';
import { searchUnits, sortUnits } from '../../../api/units.js';
import { todayVN } from '../../../../shared/dates.js';
import { useShowError } from '../../../lib/errors.js';
import { useDebounced } from '../../../lib/hooks.js';
import { useDataSets, useLocalName, usePeriods } from '../api.js';
import { download } from './exchangeApi.js';
import { LabeledField } from '../../../components/LabeledField.js';

const FORMATS = { json: 'JSON', csv: 'CSV', xml: 'XML', adx: 'ADX' } as const;
const EXT = { json: 'json', csv: 'csv', xml: 'xml', adx: 'adx.xml' } as const;

/** Export of stored values as a DHIS2 data value set: forms, units, periods, format. */
export function ExportCard() {
  const { t } = useTranslation();
  const local = useLocalName();
  const showError = useShowError();
  const sets = useDataSets();
  const [forms, setForms] = useState<string[]>([]);
  const [units, setUnits] = useState<{ code: string; label: string }[]>([]);
  const [children, setChildren] = useState(false);
  const [periodIds, setPeriodIds] = useState<string[]>([]);
  const [format, setFormat] = useState<keyof typeof FORMATS>('json');
  const [deleted, setDeleted] = useState(false);
  const [scheme, setScheme] = useState('CODE');
  const [busy, setBusy] = useState(false);
  const first = sets.data?.items.find((s) => s.code === forms[0]);
  const periods = usePeriods(first?.periodType, first?.cutoff);
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 250);
  const found = useQuery({ queryKey: ['admin-units', 'export-pick', query], queryFn: () => searchUnits(todayVN(), query, undefined, 30), staleTime: 60_000 });
  const unitOptions = [
    ...units.map((u) => ({ value: u.code, label: u.label })),
    ...sortUnits(found.data?.items ?? [])
      .filter((u) => !units.some((x) => x.code === u.code))
      .map((u) => ({ value: u.code, label: `${u.fullName} (${u.code})` })),
  ];
  const ready = forms.length > 0 && units.length > 0 && periodIds.length > 0;
  const go = async () => {
    setBusy(true);
    try {
      const path = `/dataValueSets${qs({ dataSet: forms.join(','), orgUnit: units.map((u) => u.code).join(','), period: periodIds.join(','), children: children || undefined, includeDeleted: deleted || undefined, format, idScheme: scheme })}`;
      await download(path, `dataValueSets-${todayVN()}.${EXT[format]}`);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('reportExchange.export.title')} style={{ marginBottom: 12 }}>
      <div className="ex-options">
        <LabeledField id="exp-forms" className="ex-field ex-wide" label={t('reportExchange.export.forms')}>
          <Select
            id="exp-forms"
            mode="multiple"
            value={forms}
            data-testid="exp-forms"
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(v) => {
              setForms(v);
              setPeriodIds([]);
            }}
            options={(sets.data?.items ?? []).map((s) => ({ value: s.code, label: local(s) }))}
          />
        </LabeledField>
        <LabeledField id="exp-units" className="ex-field ex-wide" label={t('reportExchange.export.units')}>
          <Select
            id="exp-units"
            mode="multiple"
            value={units.map((u) => u.code)}
            data-testid="exp-units"
            showSearch={{ filterOption: false, onSearch: setQ }}
            onChange={(codes: string[]) => setUnits(codes.map((c) => unitOptions.find((o) => o.value === c)!).map((o) => ({ code: o.value, label: o.label })))}
            options={unitOptions}
          />
        </LabeledField>
        <LabeledField id="exp-periods" className="ex-field" label={t('reportExchange.export.periods')}>
          <Select
            id="exp-periods"
            mode="multiple"
            value={periodIds}
            disabled={!first}
            data-testid="exp-periods"
            onChange={setPeriodIds}
            options={periods.items.map((p) => ({ value: p.id, label: periods.name(p) }))}
          />
        </LabeledField>
        <LabeledField id="exp-format" className="ex-field" label={t('reportExchange.export.format')}>
          <Select
            id="exp-format"
            value={format}
            data-testid="exp-format"
            onChange={setFormat}
            options={Object.entries(FORMATS).map(([value, label]) => ({ value, label }))}
          />
        </LabeledField>
        <LabeledField id="exp-scheme" className="ex-field" label={t('reportExchange.import.idScheme')}>
          <Select
            id="exp-scheme"
            value={scheme}
            onChange={setScheme}
            options={(['UID', 'CODE'] as const).map((s) => ({ value: s, label: t(`reportExchange.import.idSchemes.${s}`) }))}
          />
        </LabeledField>
      </div>
      <Space wrap style={{ marginTop: 8 }}>
        <Checkbox checked={children} onChange={(e) => setChildren(e.target.checked)}>
          {t('reportExchange.export.children')}
        </Checkbox>
        <Checkbox checked={deleted} onChange={(e) => setDeleted(e.target.checked)}>
          {t('reportExchange.export.includeDeleted')}
        </Checkbox>
        <Button icon={<DownloadOutlined />} disabled={!ready} loading={busy} onClick={() => void go()} data-testid="exp-download">
          {t('reportExchange.export.download')}
        </Button>
        {!ready && <Typography.Text type="secondary">{t('reportExchange.export.need')}</Typography.Text>}
      </Space>
    </Card>
  );
}
