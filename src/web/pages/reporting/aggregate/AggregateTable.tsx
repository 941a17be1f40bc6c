import { Grid as AntGrid, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fmtNumber, viCollator } from '../../../lib/format.js';
import { aggregateCsv, cellValue, type Column, type Row } from './aggregateCsv.js';

export { cellValue, type Column, type Row } from './aggregateCsv.js';

/** The aggregate table: one row per unit or data element, one column per option, then the total; a total row at the bottom. */
export function AggregateTable({
  rows,
  columns,
  total,
  loading,
  labelTitle,
}: {
  rows: Row[];
  columns: Column[];
  total?: Row | null;
  loading?: boolean;
  labelTitle: string;
}) {
  const { t } = useTranslation();
  const screens = AntGrid.useBreakpoint();
  /** Orders rows by a number, rows without a value last whichever way. */
  const byNumber = (get: (r: Row) => number | null) => (a: Row, b: Row, order?: 'ascend' | 'descend' | null) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? 0 : (x === null ? 1 : -1) * (order === 'descend' ? -1 : 1);
    return x - y;
  };
  const show = (n: number | null) => (n === null ? <Typography.Text type="secondary">{t('reportAggregate.noValue')}</Typography.Text> : fmtNumber(n));
  const cols: TableColumnsType<Row> = [
    {
      title: labelTitle,
      key: 'label',
      fixed: 'left',
      width: screens.md ? 240 : 140,
      sorter: (a, b) => viCollator.compare(a.label, b.label),
      showSorterTooltip: false,
      render: (_, r) => (
        <span data-testid={`row-${r.key}`}>
          {r.label} {r.code && <span className="rp-code">{r.code}</span>}
          {r.unitOfMeasure && <span className="rp-code"> ({r.unitOfMeasure})</span>}
          {r.flag && (
            <Tooltip title={r.flag}>
              <WarningOutlined style={{ color: '#d48806', marginInlineStart: 6 }} data-testid={`flag-${r.key}`} aria-label={r.flag} />
            </Tooltip>
          )}
        </span>
      ),
    },
    ...columns.map((c) => ({
      title: c.name,
      key: `o-${c.code}`,
      align: 'right' as const,
      sorter: byNumber((r) => cellValue(r.item, c.code)),
      sortDirections: ['descend', 'ascend'] as ('descend' | 'ascend')[],
      showSorterTooltip: false,
      render: (_: unknown, r: Row) => show(cellValue(r.item, c.code)),
    })),
    {
      title: t('reportAggregate.total'),
      key: 'total',
      align: 'right',
      sorter: byNumber((r) => cellValue(r.item)),
      sortDirections: ['descend', 'ascend'],
      showSorterTooltip: false,
      render: (_, r) => <strong data-testid={`total-${r.key}`}>{show(cellValue(r.item))}</strong>,
    },
  ];
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      columns={cols}
      dataSource={rows}
      loading={loading}
      pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      data-testid="aggregate-table"
      summary={() =>
        total ? (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row className="agg-total-row">
              <Table.Summary.Cell index={0}>
                <strong>{total.label}</strong>
                {total.flag && (
                  <Tooltip title={total.flag}>
                    <WarningOutlined style={{ color: '#d48806', marginInlineStart: 6 }} data-testid="flag-grand" aria-label={total.flag} />
                  </Tooltip>
                )}
              </Table.Summary.Cell>
              {columns.map((c, i) => (
                <Table.Summary.Cell key={c.code} index={i + 1} align="right">
                  <strong>{show(cellValue(total.item, c.code))}</strong>
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={columns.length + 1} align="right">
                <strong data-testid="grand-total">{show(cellValue(total.item))}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}

/** The table as CSV (UTF-8 with BOM so Excel reads the diacritics), downloaded by the browser. */
export function downloadCsv(file: string, head: string[], rows: Row[], columns: Column[], total?: Row | null) {
  const text = aggregateCsv(head, rows, columns, total);
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.click();
  URL.revokeObjectURL(url);
}
