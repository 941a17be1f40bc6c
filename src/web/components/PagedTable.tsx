import { Alert, Table, type TableProps } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

interface Props<T> extends Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'scroll'> {
  /** A list read from the server: one page of `items` and the exact `total`. */
  query: UseQueryResult<{ items: T[]; total: number }>;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Wide screens scroll the table sideways; phones let the columns wrap. */
  wide: boolean;
  totalTestId?: string;
}

/** A table of a list paged on the server, with its error and its "from–to of total" line. */
export function PagedTable<T extends object>({ query, page, pageSize, onPage, wide, totalTestId, ...table }: Props<T>) {
  const { t } = useTranslation();
  return (
    <>
      {query.error && <Alert type="error" showIcon message={(query.error as Error).message} style={{ marginBottom: 12 }} />}
      <Table<T>
        rowKey="id"
        size="small"
        {...table}
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        scroll={wide ? { x: 'max-content' } : undefined}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          onChange: onPage,
          showTotal: (total, [from, to]) => <span data-testid={totalTestId}>{t('common.totalRange', { from, to, total })}</span>,
        }}
      />
    </>
  );
}
