import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { escapeHtml } from '../../lib/html.js';

echarts.use([MapChart, TooltipComponent, CanvasRenderer]);

export interface GeoFeature {
  type: 'Feature';
  properties: Record<string, unknown> | null;
  geometry: unknown;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
  attribution?: string;
  licence?: string;
}

/** The full name a feature is matched and shown by, e.g. "Huyện Tân Lạc". */
export function featureLabel(f: GeoFeature): string {
  const p = f.properties ?? {};
  if (p.type && p.name) return `${String(p.type)} ${String(p.name)}`;
  return String(p.name ?? p.code ?? '');
}

/** An ECharts map of our own GeoJSON, no tiles: works offline. */
export function GeoMap({ id, data, showLabels, onPick }: { id: string; data: FeatureCollection; showLabels: boolean; onPick?: (code: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!box.current) return;
    const features = data.features.map((f) => ({ ...f, properties: { ...(f.properties ?? {}), name: featureLabel(f) } }));
    echarts.registerMap(id, { type: 'FeatureCollection', features } as any);
    const chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      // ECharts renders a formatter's string as HTML: unit names come from uploaded files, so escape them.
      tooltip: { trigger: 'item', formatter: (p: any) => escapeHtml(`${p.name}${p.data?.code ? ` (${p.data.code})` : ''}`) },
      series: [
        {
          type: 'map',
          map: id,
          roam: true,
          selectedMode: false,
          label: { show: showLabels, fontSize: 11, color: '#1f1f1f', formatter: (p: any) => p.data?.short ?? p.name },
          itemStyle: { areaColor: '#d9f2e6', borderColor: '#0b6e4f', borderWidth: 0.8 },
          emphasis: { itemStyle: { areaColor: '#8fd3b3' }, label: { show: true } },
          // Labels use the bare name ("Tân Lạc"); tooltips and matching the full one.
          data: features.map((f, i) => ({
            name: f.properties.name,
            code: (f.properties as Record<string, unknown>).code,
            short: String(data.features[i].properties?.name ?? f.properties.name),
          })),
        },
      ],
    });
    chart.on('click', (p: any) => {
      if (p.data?.code) pick.current?.(String(p.data.code));
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [id, data, showLabels]);

  return <div ref={box} className="map-box" data-testid="boundary-map" />;
}
