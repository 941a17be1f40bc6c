import { Alert, Button, Card, Descriptions, Grid, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fmtDateTime, fmtNumber } from '../../lib/format.js';
import { UploadProgress } from '../../components/UploadProgress.js';
import { errorReportHref, isRunning, type EntityCounts, type ImportError, type ImportJob } from './importApi.js';

const STATUS_COLORS = { queued: 'default', running: 'processing', done: 'success', failed: 'error' } as const;

export function ImportStatusTag({ job }: { job: Pick<ImportJob, 'status' | 'dryRun'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[job.status]}>{t(`registerTools.import.status.${job.status}`)}</Tag>
      <Tag color={job.dryRun ? 'gold' : 'blue'}>{job.dryRun ? t('registerTools.import.kindDryRun') : t('registerTools.import.kindImport')}</Tag>
    </Space>
  );
}

function Counts({ label, c }: { label: string; c: EntityCounts }) {
  const { t } = useTranslation();
  return (
    <span data-testid={`import-counts-${label}`}>
      {t('registerTools.import.created')}: <b>{fmtNumber(c.created)}</b> · {t('registerTools.import.updated')}: <b>{fmtNumber(c.updated)}</b> ·{' '}
      {t('registerTools.import.unchanged')}: <b>{fmtNumber(c.unchanged)}</b>
    </span>
  );
}

/** The errors the server listed (the first 200): row, column, value, reason. */
export function ImportErrorsTable({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation();
  const wide = !!Grid.useBreakpoint().sm;
  const value = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : <Typography.Text code>{String(v)}</Typography.Text>);
  // Phones: one stacked cell per error, so the reason is never cut off.
  const columns: TableColumnsType<ImportError> = wide
    ? [
        { title: t('import.row'), dataIndex: 'row', width: 64 },
        { title: t('import.column'), dataIndex: 'column' },
        { title: t('import.value'), dataIndex: 'value', render: value },
        { title: t('import.problem'), dataIndex: 'message', render: (m: string, r) => m || r.code },
      ]
    : [
        {
          title: `${t('import.row')} · ${t('import.column')} · ${t('import.value')}`,
          key: 'all',
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              <span>
                <b>{r.row}</b> · {r.column} · {value(r.value)}
              </span>
              <Typography.Text type="danger">{r.message || r.code}</Typography.Text>
            </Space>
          ),
        },
      ];
  return (
    <Table<ImportError>
      size="small"
      rowKey={(r, i) => `${r.row}-${r.column}-${i}`}
      dataSource={errors}
      pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
      scroll={wide ? { x: 'max-content' } : undefined}
      data-testid="import-errors"
      columns={columns}
    />
  );
}

/** Where an import stands: progress while running, then counts, encoding note, errors and the error report. */
export function ImportResult({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const running = isRunning(job.status);
  const wide = !!Grid.useBreakpoint().sm;
  const c = job.counts;
  const changed = c.households.created + c.households.updated + c.persons.created + c.persons.updated;
  const summary = job.dryRun
    ? job.errorCount
      ? t('registerTools.import.dryRunErrors', { count: job.errorCount })
      : t('registerTools.import.dryRunClean')
    : job.errorCount && !job.applied
      ? t('registerTools.import.notApplied')
      : changed === 0
        ? t('registerTools.import.nothingChanged')
        : t('registerTools.import.applied');
  return (
    <Card
      size="small"
      data-testid="import-result"
      title={
        <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
          {job.fileName}
        </Typography.Text>
      }
      extra={<ImportStatusTag job={job} />}
      styles={{ header: { flexWrap: 'wrap', gap: 4, paddingBlock: 6 } }}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {running && <UploadProgress percent={100} processing={job.progress.percent} />}
        {running && <Typography.Text type="secondary">{t('registerTools.import.rowsRead', { rows: fmtNumber(job.progress.rowsRead) })}</Typography.Text>}
        {job.encoding?.converted && (
          <Alert
            type="info"
            showIcon
            message={t('registerTools.import.encodingConverted', { encoding: job.encoding.detected })}
            data-testid="import-encoding"
          />
        )}
        {job.status === 'failed' && (
          <Alert type="error" showIcon message={job.failure?.message ?? t('registerTools.import.status.failed')} data-testid="import-failure" />
        )}
        {job.status === 'done' && (
          <Alert
            type={job.errorCount ? (job.applied ? 'warning' : 'error') : changed === 0 && !job.dryRun ? 'info' : 'success'}
            showIcon
            message={summary}
            data-testid="import-summary"
          />
        )}
        {!running && job.status === 'done' && (
          <Descriptions size="small" column={1} bordered styles={{ label: { width: wide ? 170 : 96 } }}>
            <Descriptions.Item label={t('registerTools.import.rows')}>
              <span data-testid="import-counts-rows">
                {fmtNumber(c.rows)} · {t('registerTools.import.valid')}: <b>{fmtNumber(c.valid)}</b> · {t('registerTools.import.invalid')}:{' '}
                <b>{fmtNumber(c.invalid)}</b>
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={job.dryRun ? t('registerTools.import.householdsWould') : t('registerTools.import.households')}>
              <Counts label="households" c={c.households} />
            </Descriptions.Item>
            <Descriptions.Item label={job.dryRun ? t('registerTools.import.personsWould') : t('registerTools.import.persons')}>
              <Counts label="persons" c={c.persons} />
            </Descriptions.Item>
            {job.finishedAt && <Descriptions.Item label={t('registerTools.import.finishedAt')}>{fmtDateTime(job.finishedAt)}</Descriptions.Item>}
          </Descriptions>
        )}
        {job.errorCount > 0 && (
          <>
            <Space wrap>
              <Typography.Text strong>{t('registerTools.import.errorsTitle', { count: job.errorCount })}</Typography.Text>
              <Button size="small" icon={<DownloadOutlined />} href={errorReportHref(job)} download data-testid="import-error-report">
                {t('import.errorReport')}
              </Button>
            </Space>
            {job.errorCount > job.errors.length && (
              <Typography.Text type="secondary">{t('registerTools.import.errorsFirst', { count: job.errors.length })}</Typography.Text>
            )}
            <ImportErrorsTable errors={job.errors} />
          </>
        )}
      </Space>
    </Card>
  );
}
