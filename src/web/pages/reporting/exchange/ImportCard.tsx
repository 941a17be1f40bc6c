import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Select, Space, Typography, Upload } from 'antd';
import { CloudUploadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { qs } from '../../../api/client.js';
import { useShowError } from '../../../lib/errors.js';
import { useMe } from '../../../lib/session.js';
import { contentTypeOf, sendFile, type ImportSummary } from './exchangeApi.js';
import { ImportSummaryView } from './ImportSummaryView.js';
import { LabeledField } from '../../../components/LabeledField.js';

const STRATEGIES = ['CREATE_AND_UPDATE', 'CREATE', 'UPDATE', 'DELETE'] as const;

/** Import of a DHIS2 data value set file: options, a dry run by default, the summary, then the real import. */
export function ImportCard() {
  const { t } = useTranslation();
  const showError = useShowError();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const [file, setFile] = useState<File | null>(null);
  const [bad, setBad] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [strategy, setStrategy] = useState<string>('CREATE_AND_UPDATE');
  const [atomic, setAtomic] = useState<string>('ALL');
  const [scheme, setScheme] = useState<string>('UID');
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const kind = file ? contentTypeOf(file.name) : null;
  const run = useMutation({
    mutationFn: (dry: boolean) =>
      sendFile<ImportSummary>(
        `/dataValueSets${qs({ dryRun: dry, importStrategy: strategy, atomicMode: atomic, idScheme: scheme })}`,
        file!,
        kind!.type,
        me?.csrfToken ?? '',
      ),
    onSuccess: (s) => {
      setSummary(s);
      if (!s.importOptions.dryRun) void qc.invalidateQueries({ queryKey: ['data-entry'] });
    },
    onError: (e) => {
      setSummary(null);
      showError(e);
    },
  });
  const reset = () => setSummary(null);
  return (
    <Card size="small" title={t('reportExchange.import.title')} style={{ marginBottom: 12 }}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <span data-testid="dvs-upload">
          <Upload
            accept=".json,.csv,.xml,.adx,application/json,text/csv,application/xml"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              const k = contentTypeOf(f.name);
              setBad(k ? null : t('reportExchange.import.unknownType', { name: f.name }));
              setFile(k ? f : null);
              reset();
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="dvs-file">
              {file ? file.name : t('reportExchange.import.pickFile')}
            </Button>
          </Upload>
        </span>
        {kind && <Typography.Text type="secondary">{t('reportExchange.import.format', { format: kind.format })}</Typography.Text>}
      </Space>
      {bad && <Alert type="error" showIcon title={bad} style={{ marginBottom: 8 }} />}
      <div className="ex-options">
        <LabeledField id="dvs-strategy" className="ex-field" label={t('reportExchange.import.strategy')}>
          <Select
            id="dvs-strategy"
            value={strategy}
            onChange={(v) => {
              setStrategy(v);
              reset();
            }}
            data-testid="dvs-strategy"
            options={STRATEGIES.map((s) => ({ value: s, label: t(`reportExchange.import.strategies.${s}`) }))}
          />
        </LabeledField>
        <LabeledField id="dvs-atomic" className="ex-field" label={t('reportExchange.import.atomic')}>
          <Select
            id="dvs-atomic"
            value={atomic}
            onChange={(v) => {
              setAtomic(v);
              reset();
            }}
            data-testid="dvs-atomic"
            options={(['ALL', 'NONE'] as const).map((s) => ({ value: s, label: t(`reportExchange.import.atomics.${s}`) }))}
          />
        </LabeledField>
        <LabeledField id="dvs-scheme" className="ex-field" label={t('reportExchange.import.idScheme')}>
          <Select
            id="dvs-scheme"
            value={scheme}
            onChange={(v) => {
              setScheme(v);
              reset();
            }}
            data-testid="dvs-scheme"
            options={(['UID', 'CODE'] as const).map((s) => ({ value: s, label: t(`reportExchange.import.idSchemes.${s}`) }))}
          />
        </LabeledField>
      </div>
      <Space wrap style={{ marginTop: 8 }}>
        <Checkbox
          checked={dryRun}
          onChange={(e) => {
            setDryRun(e.target.checked);
            reset();
          }}
          data-testid="dvs-dry-run"
        >
          {t('reportExchange.import.dryRun')}
        </Checkbox>
        <Button type="primary" icon={<CloudUploadOutlined />} disabled={!kind} loading={run.isPending} onClick={() => run.mutate(dryRun)} data-testid="dvs-run">
          {dryRun ? t('reportExchange.import.run') : t('reportExchange.import.runReal')}
        </Button>
      </Space>
      {summary && <ImportSummaryView s={summary} />}
      {summary?.importOptions.dryRun && summary.status !== 'ERROR' && (
        <Space wrap style={{ marginTop: 8 }}>
          <Typography.Text>{t('reportExchange.summary.realHint')}</Typography.Text>
          <Button type="primary" danger loading={run.isPending} onClick={() => run.mutate(false)} data-testid="dvs-real">
            {t('reportExchange.import.realNow')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
