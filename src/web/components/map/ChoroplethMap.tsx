import { useEffect, useMemo, useRef } from 'react';
import { Alert, Button, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { escapeHtml } from '../../lib/html.js';
import { fmtNumber } from '../../lib/format.js';
import { classColours, classOf } from './classify.js';

echarts.use([MapChart, ScatterChart, GeoComponent, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** One unit's value: what every map, chart and dashboard hands the map. */
export interface MapDatum {
  unitCode: string;
  value: number | null;
  /** Shown in tooltips, labels and notes (default the code). */
  label?: string;
}

export interface ShapeFeature {
  type: 'Feature';
  properties: { code: string; name?: string } & Record<string, unknown>;
  geometry: unknown;
}

export interface Shapes {
  type: 'FeatureCollection';
  features: ShapeFeature[];
}

export interface ChoroplethMapProps {
  /** Names the registered map: change it when the shapes change. */
  id: string;
  data: MapDatum[];
  /** Unit shapes by `properties.code`; units without one are drawn as bubbles at their point. */
  shapes: Shapes;
  /** [longitude, latitude] of units, for bubbles. */
  points?: Record<string, [number, number] | null>;
  /** Outline drawn under the units, e.g. the province whose communes are shown as bubbles. */
  background?: ShapeFeature[];
  /** Class breaks, ascending (see classify.ts). */
  breaks: number[];
  /** Values are percentages. */
  percent?: boolean;
  /** Printed on the map and in the PNG. */
  title?: string;
  /** Units that can be opened a level down. */
  drillable?: (code: string) => boolean;
  onDrill?: (code: string) => void;
  /** Name of the PNG file, without extension. */
  fileName?: string;
  /** How the level's units are named in notes ("xã", "tỉnh"). */
  levelName?: string;
}

const NO_DATA = '#e8e8e8';
const fmt = (v: number | null | undefined, percent?: boolean) => (v === null || v === undefined ? '' : `${fmtNumber(v)}${percent ? ' %' : ''}`);

/**
 * A choropleth of our own shapes with ECharts, no tile server (works offline): units coloured by class,
 * bubbles where a unit has no shape, labels and tooltips in Vietnamese numbers, click to drill down,
 * PNG download. Says on screen which units have no shape or no position.
 */
export function ChoroplethMap(props: ChoroplethMapProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const drill = useRef(props.onDrill);
  drill.current = props.onDrill;
  const { data, shapes, points, background, breaks, percent, title, id } = props;

  const shaped = useMemo(() => new Set(shapes.features.map((f) => f.properties.code)), [shapes]);
  const label = (d: MapDatum) => d.label ?? d.unitCode;
  const asBubbles = data.filter((d) => !shaped.has(d.unitCode) && points?.[d.unitCode]);
  const nowhere = data.filter((d) => !shaped.has(d.unitCode) && !points?.[d.unitCode]);
  const noneShaped = data.length > 0 && data.every((d) => !shaped.has(d.unitCode));

  useEffect(() => {
    if (!box.current) return;
    const colours = classColours(breaks.length - 1);
    const colourOf = (v: number | null) => {
      const c = classOf(v, breaks);
      return c < 0 ? NO_DATA : colours[c];
    };
    // Features are named by code: ECharts matches data to shapes by name.
    const features = [
      ...(background ?? []).map((f) => ({ ...f, properties: { ...f.properties, name: `bg:${f.properties.code}` } })),
      ...shapes.features.map((f) => ({ ...f, properties: { ...f.properties, name: f.properties.code } })),
    ];
    const bubblePoints = asBubbles.map((d) => points![d.unitCode]!);
    if (!features.length && bubblePoints.length) {
      // Nothing to draw under the bubbles: an invisible frame around them gives the map its extent.
      const xs = bubblePoints.map((p) => p[0]);
      const ys = bubblePoints.map((p) => p[1]);
      const [w, e, s, n] = [Math.min(...xs) - 0.05, Math.max(...xs) + 0.05, Math.min(...ys) - 0.05, Math.max(...ys) + 0.05];
      features.push({
        type: 'Feature',
        properties: { code: '', name: 'frame' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        },
      });
    }
    echarts.registerMap(id, { type: 'FeatureCollection', features } as never);
    const chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const byCode = new Map(data.map((d) => [d.unitCode, d]));
    const max = Math.max(0, ...asBubbles.map((d) => Math.abs(d.value ?? 0)));
    const regions = features.map((f) => {
      const code = String(f.properties.name);
      const d = byCode.get(code);
      if (code.startsWith('bg:') || code === 'frame')
        return {
          name: code,
          silent: true,
          itemStyle: { areaColor: code === 'frame' ? 'transparent' : '#f7f7f7', borderColor: code === 'frame' ? 'transparent' : '#8c8c8c' },
        };
      return { name: code, itemStyle: { areaColor: d ? colourOf(d.value) : NO_DATA } };
    });
    const manyShapes = shapes.features.length > 40;
    chart.setOption({
      title: title ? { text: title, left: 8, top: 4, textStyle: { fontSize: 13, fontWeight: 600, width: 320, overflow: 'break' } } : undefined,
      tooltip: {
        trigger: 'item',
        // ECharts renders a formatter's string as HTML: unit names come from uploaded files, so escape them.
        formatter: (p: { name: string; data?: { code?: string } }) => {
          const code = p.data?.code ?? p.name;
          const d = byCode.get(code);
          if (!d) return '';
          return `${escapeHtml(label(d))}<br/><b>${escapeHtml(d.value === null ? t('maps.noValue') : fmt(d.value, percent))}</b>`;
        },
      },
      geo: {
        map: id,
        roam: true,
        layoutCenter: ['50%', '52%'],
        layoutSize: '92%',
        regions,
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.8 },
        emphasis: { itemStyle: { areaColor: '#fadb14' }, label: { show: false } },
        select: { disabled: true },
        label: { show: false },
      },
      series: [
        {
          type: 'map',
          geoIndex: 0,
          data: shapes.features.map((f) => {
            const d = byCode.get(f.properties.code);
            return { name: f.properties.code, code: f.properties.code, value: d?.value ?? null };
          }),
        },
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          // Labels at the shapes' centres when they are few enough to read.
          data: manyShapes
            ? []
            : shapes.features
                .filter((f) => byCode.has(f.properties.code))
                .map((f) => ({ name: f.properties.code, code: f.properties.code, value: centreOf(f) }))
                .filter((x) => x.value !== null),
          symbolSize: 0,
          silent: true,
          label: {
            show: true,
            formatter: (p: { data: { code: string } }) => {
              const d = byCode.get(p.data.code);
              return d ? `${shortName(label(d))}\n${fmt(d.value, percent)}` : '';
            },
            fontSize: 10,
            lineHeight: 12,
            color: '#1f1f1f',
            textBorderColor: '#fff',
            textBorderWidth: 2,
          },
          labelLayout: { hideOverlap: true },
        },
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          data: asBubbles.map((d) => ({ name: d.unitCode, code: d.unitCode, value: [...points![d.unitCode]!, d.value ?? 0] })),
          symbolSize: (v: number[]) => (max ? 8 + 22 * Math.sqrt(Math.abs(v[2]) / max) : 10),
          itemStyle: {
            color: (p: { data: { code: string } }) => colourOf(byCode.get(p.data.code)?.value ?? null),
            borderColor: '#0b6e4f',
            borderWidth: 0.8,
            opacity: 0.9,
          },
          label: {
            show: asBubbles.length <= 40,
            position: 'right',
            fontSize: 10,
            formatter: (p: { data: { code: string } }) => shortName(label(byCode.get(p.data.code)!)),
          },
          labelLayout: { hideOverlap: true },
          emphasis: { scale: 1.3 },
        },
      ],
      visualMap: breaks.length > 1 && {
        type: 'piecewise',
        seriesIndex: 0,
        left: 8,
        bottom: 8,
        itemWidth: 14,
        itemHeight: 10,
        textStyle: { fontSize: 11 },
        pieces: colours.map((colour, i) => ({
          gte: breaks[i],
          ...(i < colours.length - 1 ? { lt: breaks[i + 1] } : { lte: breaks[i + 1] }),
          color: colour,
          label: `${fmt(breaks[i], percent)} – ${fmt(breaks[i + 1], percent)}`,
        })),
        outOfRange: { color: NO_DATA },
        // Colours come from the regions above; the legend only explains them.
        hoverLink: false,
        selectedMode: false,
      },
    });
    chart.on('click', (p) => {
      const code = (p.data as { code?: string } | null)?.code ?? p.name;
      if (code && byCode.has(code) && (props.drillable?.(code) ?? true)) drill.current?.(code);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
      chartRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redrawn when what it shows changes
  }, [id, data, shapes, points, background, breaks, percent, title, t]);

  const download = () => {
    const url = chartRef.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${props.fileName ?? 'ban-do'}.png`;
    a.click();
  };

  return (
    <div>
      <Space direction="vertical" style={{ width: '100%', marginBottom: 8 }} size={4}>
        {noneShaped ? (
          <Alert type="info" showIcon data-testid="map-note" title={t('maps.noShapesLevel', { level: props.levelName ?? '' })} />
        ) : (
          asBubbles.length > 0 && (
            <Alert type="warning" showIcon data-testid="map-note" title={t('maps.missingShapes', { names: asBubbles.map(label).join(', ') })} />
          )
        )}
        {nowhere.length > 0 && (
          <Alert type="warning" showIcon data-testid="map-nowhere" title={t('maps.noPosition', { names: nowhere.map(label).join(', ') })} />
        )}
      </Space>
      <div ref={box} className="map-box" data-testid="choropleth" />
      <Space wrap style={{ marginTop: 4 }}>
        <Button size="small" icon={<DownloadOutlined />} onClick={download} data-testid="map-png">
          {t('maps.png')}
        </Button>
        <span className="map-hint">{t('maps.hint')}</span>
      </Space>
    </div>
  );
}

/** "Xã Tân Lạc" → "Tân Lạc": labels on the map leave out the unit type. */
function shortName(name: string): string {
  return name.replace(/^(Thành phố|Tỉnh|Đặc khu|Phường|Xã|Thị trấn|Huyện|Quận|Thị xã) /, '');
}

/**
 * Where a shape's label goes: the centre of the bounding box of its largest ring (by positions), so that
 * far islands (Trường Sa, Hoàng Sa) do not pull the label into the sea.
 */
function centreOf(f: ShapeFeature): [number, number] | null {
  const g = f.geometry as { type?: string; coordinates?: unknown } | null;
  if (!g || !Array.isArray(g.coordinates)) return null;
  const polygons = (g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates]) as number[][][][];
  let ring: number[][] | undefined;
  for (const p of polygons) if (Array.isArray(p?.[0]) && (!ring || p[0].length > ring.length)) ring = p[0];
  if (!ring?.length) return null;
  const xs = ring.map((c) => c[0]);
  const ys = ring.map((c) => c[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}
