import { useState } from 'react';
import { Alert, App, Button, Card, List, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../../../api/client.js';
import type { Body } from '../../../api/types.js';
import { useShowError } from '../../../lib/errors.js';

type Counts = Record<string, { created: number; updated: number; unchanged: number }>;
interface Result {
  dryRun: boolean;
  counts: Counts;
  unmatchedOrgUnits: { id: string; code?: string | null; name: string }[];
}

/** Import of a DHIS2 metadata export: a dry run showing what would change, then the import. */
export function MetadataImportCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [doc, setDoc] = useState<{ name: string; body: unknown } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  /** Items the import refuses (e.g. national items or units outside the area), one line each. */
  const [refusals, setRefusals] = useState<{ field?: string; value?: unknown; message: string }[]>([]);
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      call<Result>(
        http.POST('/api/dhis2/metadata', { params: { query: { dryRun: dryRun ? 'true' : 'false' } }, body: doc!.body as Body<'/api/dhis2/metadata', 'post'> }),
      ),
    onSuccess: (r) => {
      setResult(r);
      setRefusals([]);
      if (!r.dryRun) {
        message.success(t('reportExchange.metadata.applied'));
        void qc.invalidateQueries({ queryKey: ['reporting'] });
      }
    },
    onError: (e) => {
      setResult(null);
      if (e instanceof ApiError && e.details.length) setRefusals(e.details);
      else setRefusals([]);
      showError(e);
    },
  });
  const kindName = (k: string) => (i18n.exists(`reportExchange.metadata.kinds.${k}`) ? t(`reportExchange.metadata.kinds.${k}`) : k);
  return (
    <Card size="small" title={t('reportExchange.metadata.title')} style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary">{t('reportExchange.metadata.hint')}</Typography.Paragraph>
      <Space wrap>
        <Upload
          accept=".json,application/json"
          maxCount={1}
          showUploadList={false}
          beforeUpload={async (file) => {
            try {
              setDoc({ name: file.name, body: JSON.parse(await file.text()) });
              setResult(null);
              setRefusals([]);
            } catch {
              message.error(t('reportExchange.metadata.badJson'));
            }
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="md-file">
            {doc ? doc.name : t('reportExchange.metadata.pickFile')}
          </Button>
        </Upload>
        <Button disabled={!doc} loading={run.isPending && run.variables === true} onClick={() => run.mutate(true)} data-testid="md-dry-run">
          {t('reportExchange.metadata.dryRun')}
        </Button>
        <Button
          type="primary"
          disabled={!result?.dryRun}
          loading={run.isPending && run.variables === false}
          onClick={() => run.mutate(false)}
          data-testid="md-apply"
        >
          {t('reportExchange.metadata.apply')}
        </Button>
      </Space>
      {refusals.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 12 }}
          data-testid="md-refusals"
          header={t('reportExchange.metadata.refused', { count: refusals.length })}
          dataSource={refusals}
          renderItem={(d) => (
            <List.Item>
              {d.value !== undefined && <span className="rp-code">{String(d.value)}</span>} {d.message}
            </List.Item>
          )}
        />
      )}
      {result && (
        <div style={{ marginTop: 12 }} data-testid="md-result">
          <Alert
            type={result.dryRun ? 'info' : 'success'}
            showIcon
            title={result.dryRun ? t('reportExchange.metadata.dryRunResult') : t('reportExchange.metadata.applied')}
            style={{ marginBottom: 8 }}
          />
          <Table
            size="small"
            rowKey="kind"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={Object.entries(result.counts).map(([kind, n]) => ({ kind, ...n }))}
            columns={[
              { title: t('reportExchange.metadata.kind'), key: 'kind', render: (_, r) => kindName(r.kind) },
              { title: t('reportExchange.metadata.created'), dataIndex: 'created', align: 'right' },
              { title: t('reportExchange.metadata.updated'), dataIndex: 'updated', align: 'right' },
              { title: t('reportExchange.metadata.unchanged'), dataIndex: 'unchanged', align: 'right' },
            ]}
          />
          {result.unmatchedOrgUnits.length > 0 && (
            <List
              size="small"
              header={t('reportExchange.metadata.unmatched', { count: result.unmatchedOrgUnits.length })}
              dataSource={result.unmatchedOrgUnits}
              renderItem={(u) => (
                <List.Item>
                  {u.name} <span className="rp-code">{u.code ?? u.id}</span>
                </List.Item>
              )}
            />
          )}
        </div>
      )}
    </Card>
  );
}
