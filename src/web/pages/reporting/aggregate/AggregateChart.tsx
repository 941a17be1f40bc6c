import { useMemo } from 'react';
import { Card } from 'antd';
import { EChart } from '../../register-tools/EChart.js';
import { cellValue, type Column, type Row } from './AggregateTable.js';

/** A bar chart: the total row broken down by the option columns, else the rows' totals (the 30 largest). */
export function AggregateChart({ title, rows, columns, total }: { title: string; rows: Row[]; columns: Column[]; total?: Row | null }) {
  const option = useMemo(() => {
    const byOption = columns.length > 0 && total?.item;
    const data = byOption
      ? columns.map((c) => ({ name: c.name, value: cellValue(total!.item, c.code) ?? 0 }))
      : rows
          .map((r) => ({ name: r.label, value: cellValue(r.item) ?? 0 }))
          .filter((d) => d.value !== 0)
          .sort((a, b) => b.value - a.value)
          .slice(0, 30);
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: data.map((d) => d.name),
        axisLabel: { interval: 0, rotate: data.length > 6 ? 40 : 0, width: 110, overflow: 'truncate' },
      },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: data.map((d) => d.value), itemStyle: { color: '#1677ff' }, barMaxWidth: 36 }],
    };
  }, [rows, columns, total]);
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }}>
      <EChart option={option} height={300} testId="agg-chart" />
    </Card>
  );
}
