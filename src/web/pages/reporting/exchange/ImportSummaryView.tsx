import { Alert, Card, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from './exchangeApi.js';

const STATUS_TYPE = { SUCCESS: 'success', WARNING: 'warning', ERROR: 'error' } as const;

/** A DHIS2 ImportSummary: status, counts and the conflicts with their translated messages. */
export function ImportSummaryView({ s }: { s: ImportSummary }) {
  const { t } = useTranslation();
  return (
    <div data-testid="import-summary" style={{ marginTop: 12 }}>
      <Alert
        type={STATUS_TYPE[s.status]}
        showIcon
        data-testid="import-status"
        title={
          <>
            {t(`reportExchange.summary.status.${s.status}`)}: {s.description}{' '}
            {s.importOptions.dryRun && (
              <Tag color="blue" data-testid="dry-run-tag">
                {t('reportExchange.summary.dryRunTag')}
              </Tag>
            )}
          </>
        }
      />
      <div className="rp-stats" style={{ marginTop: 8 }}>
        {(['imported', 'updated', 'ignored', 'deleted'] as const).map((k) => (
          <Card size="small" key={k}>
            <Statistic title={t(`reportExchange.summary.${k}`)} value={s.importCount[k]} data-testid={`count-${k}`} />
          </Card>
        ))}
      </div>
      {s.conflicts.length > 0 && (
        <>
          <Typography.Title level={5}>{t('reportExchange.summary.conflicts', { count: s.conflicts.length })}</Typography.Title>
          <Table
            size="small"
            rowKey={(c) => `${c.indexes.join(',')}-${c.errorCode}-${c.object}`}
            dataSource={s.conflicts}
            pagination={s.conflicts.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            data-testid="conflicts"
            columns={[
              { title: t('reportExchange.summary.rows'), key: 'i', width: 70, render: (_, c) => c.indexes.map((i) => i + 1).join(', ') },
              {
                title: t('reportExchange.summary.object'),
                key: 'o',
                render: (_, c) => (
                  <Typography.Text code style={{ wordBreak: 'break-all' }}>
                    {c.object}
                  </Typography.Text>
                ),
              },
              { title: t('reportExchange.summary.message'), dataIndex: 'value', key: 'v' },
              { title: t('reportExchange.summary.code'), key: 'c', responsive: ['md'], render: (_, c) => <span className="rp-code">{c.errorCode}</span> },
            ]}
          />
        </>
      )}
    </div>
  );
}
