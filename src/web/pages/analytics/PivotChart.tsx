import { forwardRef, useImperativeHandle, useRef } from 'react';
import { useEChart } from '../register-tools/EChart.js';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

export interface ChartHandle {
  /** The chart as an image: PNG from the canvas, or SVG drawn again by the SVG renderer. */
  image(kind: 'png' | 'svg'): string | null;
}

/** An ECharts chart of the pivot (loaded only with this page); follows its box's width. */
export const PivotChart = forwardRef<ChartHandle, { option: Record<string, unknown>; height?: number }>(function PivotChart({ option, height = 380 }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useEChart(box, option);

  useImperativeHandle(ref, () => ({
    image(kind) {
      const c = chart.current;
      if (!c || !box.current) return null;
      if (kind === 'png') return c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
      const holder = document.createElement('div');
      holder.style.cssText = `position:absolute;left:-10000px;width:${box.current.clientWidth}px;height:${height}px`;
      document.body.appendChild(holder);
      const svg = echarts.init(holder, undefined, { renderer: 'svg' });
      svg.setOption({ ...option, animation: false });
      const url = svg.getDataURL({ type: 'svg' });
      svg.dispose();
      holder.remove();
      return url;
    },
  }));

  return <div ref={box} style={{ width: '100%', height }} data-testid="analytics-chart" />;
});
