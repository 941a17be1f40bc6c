import { useState } from 'react';
import { Alert, Card, Grid, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtDateTime, fmtNumber } from '../../lib/format.js';
import { useImportList, type ImportJob } from './importApi.js';
import { ImportStatusTag } from './ImportResult.js';

/** The caller's latest imports (administrators: everyone's); a row opens its result above. */
export function RecentImports({
  onOpen,
  currentId,
  anyRunning,
}: {
  onOpen: (id: number | string) => void;
  currentId: number | string | null;
  anyRunning: boolean;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const list = useImportList(page, pageSize, anyRunning);
  const wide = !!Grid.useBreakpoint().md;
  const counts = (j: ImportJob) =>
    j.status === 'done'
      ? t('registerTools.import.listCounts', {
          rows: fmtNumber(j.counts.rows),
          households: fmtNumber(j.counts.households.created + j.counts.households.updated),
          persons: fmtNumber(j.counts.persons.created + j.counts.persons.updated),
          errors: fmtNumber(j.errorCount),
        })
      : '';
  const columns: TableColumnsType<ImportJob> = wide
    ? [
        { title: t('registerTools.import.at'), dataIndex: 'createdAt', render: fmtDateTime, width: 170 },
        {
          title: t('registerTools.import.file'),
          dataIndex: 'fileName',
          render: (n: string) => (
            <Typography.Text ellipsis style={{ maxWidth: 280 }}>
              {n}
            </Typography.Text>
          ),
        },
        { title: t('common.status'), key: 'status', render: (_, j) => <ImportStatusTag job={j} /> },
        { title: t('registerTools.import.result'), key: 'counts', render: (_, j) => counts(j) },
      ]
    : [
        {
          title: t('registerTools.import.file'),
          key: 'all',
          render: (_, j) => (
            <div style={{ minWidth: 0 }}>
              <Typography.Text strong ellipsis style={{ maxWidth: 260, display: 'block' }}>
                {j.fileName}
              </Typography.Text>
              <Typography.Text type="secondary">{fmtDateTime(j.createdAt)}</Typography.Text>
              <div>
                <ImportStatusTag job={j} />
              </div>
              <Typography.Text type="secondary">{counts(j)}</Typography.Text>
            </div>
          ),
        },
      ];
  return (
    <Card size="small" title={t('registerTools.import.recent')}>
      {list.error && <Alert type="error" showIcon message={(list.error as Error).message} style={{ marginBottom: 8 }} />}
      <Table<ImportJob>
        size="small"
        rowKey={(j) => String(j.id)}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={wide ? { x: 'max-content' } : undefined}
        data-testid="import-list"
        onRow={(j) => ({ onClick: () => onOpen(j.id), style: { cursor: 'pointer', background: String(j.id) === String(currentId) ? '#e6f4ff' : undefined } })}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          size: 'small',
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
      />
    </Card>
  );
}
