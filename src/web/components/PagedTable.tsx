import { useEffect, useState } from 'react';
import { Alert, Button, Modal, Table, type TableProps } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fmtNumber } from '../lib/format.js';
import { usePrintHead } from './Print.js';

/** The most rows "print all" asks for (the lists' largest page). */
export const PRINT_MAX = 500;

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

/** The page's heading, printed as the list's title. */
function pageHeading(): string {
  return document.querySelector('.page-title h1')?.textContent?.trim() || document.title;
}

/**
 * A table of a list paged on the server, with its error, its "from–to of total" line and an "In"
 * (print) button: it prints the rows shown under the filters in force; when the list has more rows
 * than the page shows it says so and offers to print all of them, up to PRINT_MAX.
 */
export function PagedTable<T extends object>({ query, page, pageSize, onPage, wide, totalTestId, ...table }: Props<T>) {
  const { t } = useTranslation();
  const setHead = usePrintHead(null);
  const [asking, setAsking] = useState(false);
  /** The paging to come back to after "print all". */
  const [printingAll, setPrintingAll] = useState<{ page: number; pageSize: number } | null>(null);
  const shown = query.data?.items.length ?? 0;
  const total = query.data?.total ?? 0;

  const print = () => {
    setHead({ title: pageHeading() });
    // Let the title block render before the print dialog takes the page.
    setTimeout(() => window.print(), 0);
  };
  const onPrintClick = () => (total > shown ? setAsking(true) : print());

  useEffect(() => {
    if (!printingAll || query.isFetching || !query.data) return;
    if (query.data.items.length < Math.min(query.data.total, PRINT_MAX)) return;
    setHead({ title: pageHeading() });
    const back = printingAll;
    setPrintingAll(null);
    setTimeout(() => {
      window.print();
      onPage(back.page, back.pageSize);
    }, 0);
  }, [printingAll, query.isFetching, query.data, onPage, setHead]);

  return (
    <>
      {query.error && <Alert type="error" showIcon message={(query.error as Error).message} style={{ marginBottom: 12 }} />}
      <div className="no-print" style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 8 }}>
        <Button size="small" icon={<PrinterOutlined />} onClick={onPrintClick} disabled={!shown} loading={!!printingAll} data-testid="list-print">
          {t('print.button')}
        </Button>
      </div>
      {total > shown && (
        <div className="print-only print-note" data-testid="print-partial">
          {t('print.partial', { shown: fmtNumber(shown), total: fmtNumber(total) })}
        </div>
      )}
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
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          onChange: onPage,
          showTotal: (all, [from, to]) => <span data-testid={totalTestId}>{t('common.totalRange', { from, to, total: all })}</span>,
        }}
      />
      <Modal
        open={asking}
        title={t('print.listTitle')}
        onCancel={() => setAsking(false)}
        footer={[
          <Button key="cancel" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </Button>,
          <Button
            key="page"
            onClick={() => {
              setAsking(false);
              print();
            }}
            data-testid="print-shown"
          >
            {t('print.shownOnly', { n: fmtNumber(shown) })}
          </Button>,
          <Button
            key="all"
            type="primary"
            onClick={() => {
              setAsking(false);
              setPrintingAll({ page, pageSize });
              onPage(1, PRINT_MAX);
            }}
            data-testid="print-all"
          >
            {t('print.all', { n: fmtNumber(Math.min(total, PRINT_MAX)) })}
          </Button>,
        ]}
      >
        <p data-testid="print-warning">{t('print.moreRows', { shown: fmtNumber(shown), total: fmtNumber(total) })}</p>
        {total > PRINT_MAX && <p>{t('print.tooMany', { max: fmtNumber(PRINT_MAX) })}</p>}
      </Modal>
    </>
  );
}
