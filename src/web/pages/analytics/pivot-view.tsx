import { Table } from 'antd';
import type { Res } from '../../api/types.js';
import { formatNumber } from '../../lib/format.js';

export type Answer = Res<'/api/analytics/query', 'post'>;
export type ChartType = 'table' | 'bar' | 'stacked_bar' | 'line' | 'pie' | 'single_value';

/** The value a single-value chart shows: the last cell (the grand total when totals are on). */
export const singleValue = (a: Answer) => a.values[a.rows.length - 1]?.[a.columns.length - 1] ?? null;

/** The answer as a table: totals in bold, hidden small counts as ✱. */
export function PivotTable({ answer }: { answer: Answer }) {
  const columns = [
    ...answer.rowDimensions.map((d, i) => ({
      key: `r${i}`,
      title: '',
      fixed: i === 0 ? ('left' as const) : undefined,
      render: (_: unknown, row: { i: number }) => {
        const text = answer.rows[row.i].labels[i];
        return answer.rows[row.i].total ? <strong>{text}</strong> : text;
      },
      dim: d,
    })),
    ...answer.columns.map((c, j) => ({
      key: `c${j}`,
      title: c.total ? <strong>{c.labels.join(' / ')}</strong> : c.labels.join(' / '),
      align: 'right' as const,
      render: (_: unknown, row: { i: number }) =>
        answer.suppressed[row.i][j] ? (
          '✱'
        ) : answer.flagged?.[row.i]?.[j] && answer.values[row.i][j] !== null ? (
          <span data-testid="analytics-flagged">{formatNumber(answer.values[row.i][j])} †</span>
        ) : (
          formatNumber(answer.values[row.i][j])
        ),
    })),
  ];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="i"
      columns={columns}
      dataSource={answer.rows.map((_, i) => ({ i }))}
      data-testid="analytics-table"
    />
  );
}

/** ECharts option of an answer: the detail rows as categories, the detail columns as series. */
export function chartOption(a: Answer, type: ChartType): Record<string, unknown> {
  const rows = a.rows.map((r, i) => ({ r, i })).filter((x) => !x.r.total);
  const cols = a.columns.map((c, j) => ({ c, j })).filter((x) => !x.c.total);
  const categories = rows.map((x) => x.r.labels.join(' / '));
  if (type === 'pie') {
    const j = cols[0]?.j ?? 0;
    return {
      tooltip: { trigger: 'item' },
      legend: { type: 'scroll', bottom: 0 },
      series: [{ type: 'pie', radius: '60%', data: rows.map((x) => ({ name: x.r.labels.join(' / '), value: a.values[x.i][j] })) }],
    };
  }
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 60, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: cols.map((x) => ({
      name: x.c.labels.join(' / ') || ' ',
      type: type === 'line' ? 'line' : 'bar',
      stack: type === 'stacked_bar' ? 'all' : undefined,
      data: rows.map((y) => a.values[y.i][x.j]),
    })),
  };
}
