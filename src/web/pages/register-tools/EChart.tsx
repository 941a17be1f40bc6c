import { type RefObject, useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Draws `option` in the box with ECharts and redraws when the box changes width; the chart is disposed with the box. */
export function useEChart(box: RefObject<HTMLDivElement | null>, option: Record<string, unknown>): RefObject<echarts.ECharts | null> {
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [box]);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return chart;
}

/** A small ECharts canvas that follows its box's width (phones, collapsing menu). */
export function EChart({ option, height = 300, testId }: { option: Record<string, unknown>; height?: number; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEChart(box, option);
  return <div ref={box} style={{ width: '100%', height }} data-testid={testId} />;
}
