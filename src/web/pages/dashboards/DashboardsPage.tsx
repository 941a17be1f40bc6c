import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Input, Modal, Popconfirm, Select, Space, Tag, Typography, message } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  ColumnHeightOutlined,
  ColumnWidthOutlined,
  CompressOutlined,
  DeleteOutlined,
  ExpandOutlined,
  FullscreenOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { PageTitle } from '../../components/common.js';
import { bodyHeight, ItemView } from './ItemView.js';
import { newItemId, storedItems, type Dashboard, type Filter, type Item, type StoredItem } from './items.js';
import { dashboardQuery, filterOf, listQuery, useOpening } from './queries.js';
import './dashboards.css';

const ROLES = ['admin', 'province_officer', 'commune_officer', 'viewer'] as const;
const RELATIVE = ['THIS_YEAR', 'LAST_YEAR', 'LAST_5_YEARS', 'THIS_QUARTER', 'LAST_4_QUARTERS', 'LAST_12_MONTHS'];

/** "Bảng điều khiển": saved visualisations, maps and figures in a grid, one filter for all, full screen and print. */
export default function DashboardsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const list = useQuery(listQuery);
  const chosen = Number(params.get('id')) || list.data?.items[0]?.id || null;
  const waiting = useOpening();
  const dash = useQuery({ ...dashboardQuery(chosen ?? 0), enabled: chosen !== null && !waiting });
  const filter: Filter = filterOf(params);
  const set = (changes: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes))
      if (v) p.set(k, v);
      else p.delete(k);
    setParams(p, { replace: true });
  };
  const [creating, setCreating] = useState(false);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    try {
      const d = await call(http.POST('/api/dashboards', { body: { name: newName, description: '', items: [], sharedRoles: [], sharedUserIds: [] } }));
      await qc.invalidateQueries({ queryKey: ['dashboards'] });
      setCreating(false);
      setNewName('');
      set({ id: String(d.id) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <PageTitle title={t('dashboards.title')} />
      {error && <Alert type="error" showIcon closable onClose={() => setError(null)} message={error} style={{ marginBottom: 12 }} />}
      <div className="toolbar dash-noprint" style={{ flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <Select
          style={{ minWidth: 280, maxWidth: '100%' }}
          value={chosen ?? undefined}
          placeholder={t('dashboards.pick')}
          loading={list.isLoading}
          onChange={(id) => set({ id: String(id) })}
          options={(list.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          data-testid="dash-pick"
        />
        <Button onClick={() => setCreating(true)} data-testid="dash-create">
          {t('dashboards.create')}
        </Button>
      </div>
      <Modal
        open={creating}
        title={t('dashboards.create')}
        onCancel={() => setCreating(false)}
        onOk={create}
        okButtonProps={{ disabled: !newName.trim(), id: 'dash-create-ok' }}
      >
        <Input
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
          placeholder={t('dashboards.newName')}
          data-testid="dash-new-name"
          onPressEnter={create}
        />
      </Modal>
      {list.data && !list.data.items.length && <Alert type="info" showIcon message={t('dashboards.none')} />}
      {dash.error && <Alert type="error" showIcon message={(dash.error as Error).message} />}
      {dash.data && (
        <DashboardView
          key={dash.data.id}
          d={dash.data}
          filter={filter}
          setFilter={(f) => set({ periods: f.periods?.join(',') ?? null, unit: f.unit ?? null })}
        />
      )}
    </>
  );
}

function FilterBar({ filter, setFilter }: { filter: Filter; setFilter: (f: Filter) => void }) {
  const { t } = useTranslation();
  const [periods, setPeriods] = useState<string[]>(filter.periods ?? []);
  const [unit, setUnit] = useState(filter.unit ?? '');
  const year = new Date().getFullYear();
  const options = [
    ...RELATIVE.map((r) => ({ value: r, label: t(`dashboards.relative.${r}`) })),
    ...Array.from({ length: 6 }, (_, i) => String(year - i)).map((y) => ({ value: y, label: y })),
  ];
  return (
    <Card size="small" className="dash-noprint" style={{ marginBottom: 12 }}>
      <Space wrap>
        <Typography.Text strong>{t('dashboards.filter')}</Typography.Text>
        <Select
          mode="tags"
          style={{ minWidth: 220 }}
          value={periods}
          options={options}
          placeholder={t('dashboards.filterPeriodHint')}
          onChange={(v) => setPeriods(v.map((p) => p.trim().toUpperCase()))}
          aria-label={t('dashboards.filterPeriod')}
          data-testid="dash-filter-periods"
        />
        <Input
          style={{ width: 230 }}
          value={unit}
          onChange={(e) => setUnit(e.target.value.trim())}
          placeholder={t('dashboards.filterUnitHint')}
          aria-label={t('dashboards.filterUnit')}
          data-testid="dash-filter-unit"
        />
        <Button type="primary" onClick={() => setFilter({ ...(periods.length ? { periods } : {}), ...(unit ? { unit } : {}) })} data-testid="dash-filter-apply">
          {t('dashboards.filterApply')}
        </Button>
        {(filter.periods || filter.unit) && (
          <Button
            onClick={() => {
              setPeriods([]);
              setUnit('');
              setFilter({});
            }}
          >
            {t('dashboards.filterClear')}
          </Button>
        )}
      </Space>
      {(filter.periods || filter.unit) && (
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }} data-testid="dash-filter-on">
          {t('dashboards.filterOn', { periods: filter.periods?.join(', ') ?? t('dashboards.own'), unit: filter.unit ?? t('dashboards.own') })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function DashboardView({ d, filter, setFilter }: { d: Dashboard; filter: Filter; setFilter: (f: Filter) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const box = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const [items, setItems] = useState<Item[]>(d.items);
  const [roles, setRoles] = useState<string[]>(d.sharedRoles);
  const [zoomed, setZoomed] = useState<Item | null>(null);
  const [full, setFull] = useState(false);
  const [ready, setReady] = useState<Set<string>>(new Set());
  const onReady = useCallback((id: string) => setReady((r) => (r.has(id) ? r : new Set(r).add(id))), []);
  useEffect(() => {
    const on = () => setFull(document.fullscreenElement === box.current);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);
  const shown = editing ? items : d.items;
  const allDrawn = shown.length > 0 && shown.every((i) => ready.has(i.id));

  const save = async () => {
    try {
      await call(http.PATCH('/api/dashboards/{id}', { params: { path: { id: d.id } }, body: { items: storedItems(items), sharedRoles: roles as never } }));
      await qc.invalidateQueries({ queryKey: ['dashboards'] });
      setEditing(false);
      message.success(t('dashboards.saved'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async () => {
    await call(http.DELETE('/api/dashboards/{id}', { params: { path: { id: d.id } } }));
    await qc.invalidateQueries({ queryKey: ['dashboards'] });
  };
  const change = (i: number, patch: Partial<StoredItem> | null) =>
    setItems((xs) => (patch === null ? xs.filter((_, k) => k !== i) : xs.map((x, k) => (k === i ? ({ ...x, ...patch } as Item) : x))));
  const move = (i: number, by: number) =>
    setItems((xs) => {
      const j = i + by;
      if (j < 0 || j >= xs.length) return xs;
      const out = [...xs];
      [out[i], out[j]] = [out[j], out[i]];
      return out;
    });

  return (
    <div ref={box} className={`dash ${full ? 'dash-full' : ''}`} data-testid="dashboard" data-drawn={allDrawn ? '1' : undefined}>
      <div className="dash-head">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="dash-name">
            {d.name} {d.isDefault && <Tag color="blue">{t('dashboards.isDefault')}</Tag>}
          </Typography.Title>
          {d.description && <Typography.Text type="secondary">{d.description}</Typography.Text>}
          <div className="dash-meta">
            {d.unit && <span>{t('dashboards.unit', { name: d.unit.name })}</span>}
            {d.ownerName && <span>{t('dashboards.owner', { name: d.ownerName })}</span>}
          </div>
        </div>
        <Space wrap className="dash-noprint">
          <Button
            icon={full ? <CompressOutlined /> : <FullscreenOutlined />}
            onClick={() => (full ? document.exitFullscreen() : box.current?.requestFullscreen())}
            data-testid="dash-fullscreen"
          >
            {full ? t('dashboards.exitFullScreen') : t('dashboards.fullScreen')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('dashboards.print')}
          </Button>
          {d.mine && !editing && (
            <Button
              onClick={() => {
                setItems(d.items);
                setRoles(d.sharedRoles);
                setEditing(true);
              }}
              data-testid="dash-edit"
            >
              {t('dashboards.edit')}
            </Button>
          )}
          {d.mine && !editing && (
            <Popconfirm title={t('dashboards.deleteConfirm')} onConfirm={remove}>
              <Button danger icon={<DeleteOutlined />}>
                {t('dashboards.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </div>
      {editing && <EditBar items={items} setItems={setItems} roles={roles} setRoles={setRoles} onSave={save} onCancel={() => setEditing(false)} />}
      <FilterBar filter={filter} setFilter={setFilter} />
      <div className="dash-grid">
        {shown.map((item, i) => (
          <Card
            key={item.id}
            size="small"
            className="dash-item"
            style={{ gridColumn: `span ${item.width}` }}
            data-testid={`dash-item-${item.id}`}
            title={itemTitle(item, t)}
            extra={
              <Space size={0} className="dash-noprint">
                {item.kind === 'map' && item.map && (
                  <Link to={`/maps?${mapLink(item, filter)}`} data-testid={`dash-open-map-${item.id}`}>
                    {t('dashboards.openMap')}
                  </Link>
                )}
                <Button
                  type="text"
                  size="small"
                  icon={<ExpandOutlined />}
                  aria-label={t('dashboards.itemFullScreen')}
                  title={t('dashboards.itemFullScreen')}
                  onClick={() => setZoomed(item)}
                />
              </Space>
            }
          >
            {editing && <ItemControls i={i} item={item} count={items.length} move={move} change={change} />}
            <div style={{ minHeight: ['visualisation', 'map'].includes(item.kind) ? bodyHeight(item.height) : undefined }}>
              <ItemView dashboardId={d.id} item={item} filter={filter} height={bodyHeight(item.height)} onReady={onReady} />
            </div>
          </Card>
        ))}
      </div>
      <Modal
        open={!!zoomed}
        onCancel={() => setZoomed(null)}
        footer={null}
        width="96vw"
        style={{ top: 12 }}
        title={zoomed ? itemTitle(zoomed, t) : ''}
        destroyOnHidden
      >
        {zoomed && <ItemView dashboardId={d.id} item={zoomed} filter={filter} height={Math.max(360, window.innerHeight - 160)} />}
      </Modal>
    </div>
  );
}

const itemTitle = (item: Item, t: (k: string) => string) =>
  item.title || item.visualisation?.name || item.map?.name || t(`dashboards.add${item.kind[0].toUpperCase()}${item.kind.slice(1)}`);

/** The maps page with the item's map and the dashboard's filter, to drill down there. */
function mapLink(item: Item, filter: Filter): string {
  const s = item.map!.settings;
  const p = new URLSearchParams({ measure: s.measure, method: s.method, k: String(s.classes) });
  if (s.breaks.length) p.set('breaks', s.breaks.join(' '));
  const parent = filter.unit ?? s.parent;
  if (parent) p.set('path', parent);
  else if (s.level) p.set('level', s.level);
  const last = filter.periods?.[filter.periods.length - 1];
  if (last && /^\d{4}$/.test(last)) {
    p.set('year', last);
    p.set('date', `${last}-12-31`);
  } else if (s.date) p.set('date', s.date);
  if (s.year && !p.has('year')) p.set('year', String(s.year));
  return p.toString();
}

function ItemControls({
  i,
  item,
  count,
  move,
  change,
}: {
  i: number;
  item: Item;
  count: number;
  move: (i: number, by: number) => void;
  change: (i: number, patch: Partial<StoredItem> | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap size={4} style={{ marginBottom: 8 }} className="dash-controls" data-testid={`dash-controls-${item.id}`}>
      <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)}>
        {t('dashboards.moveUp')}
      </Button>
      <Button size="small" icon={<ArrowDownOutlined />} disabled={i === count - 1} onClick={() => move(i, 1)}>
        {t('dashboards.moveDown')}
      </Button>
      <Button size="small" icon={<ColumnWidthOutlined />} disabled={item.width >= 4} onClick={() => change(i, { width: item.width + 1 })}>
        {t('dashboards.wider')}
      </Button>
      <Button size="small" disabled={item.width <= 1} onClick={() => change(i, { width: item.width - 1 })}>
        {t('dashboards.narrower')}
      </Button>
      <Button size="small" icon={<ColumnHeightOutlined />} disabled={item.height >= 3} onClick={() => change(i, { height: item.height + 1 })}>
        {t('dashboards.taller')}
      </Button>
      <Button size="small" disabled={item.height <= 1} onClick={() => change(i, { height: item.height - 1 })}>
        {t('dashboards.shorter')}
      </Button>
      <Typography.Text type="secondary">{t('dashboards.width', { n: item.width })}</Typography.Text>
      <Button size="small" danger onClick={() => change(i, null)}>
        {t('dashboards.remove')}
      </Button>
    </Space>
  );
}

function EditBar({
  items,
  setItems,
  roles,
  setRoles,
  onSave,
  onCancel,
}: {
  items: Item[];
  setItems: (f: (xs: Item[]) => Item[]) => void;
  roles: string[];
  setRoles: (r: string[]) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const vis = useQuery({ queryKey: ['analytics', 'visualisations'], queryFn: () => call(http.GET('/api/analytics/visualisations')) });
  const maps = useQuery({ queryKey: ['analytics', 'maps'], queryFn: () => call(http.GET('/api/analytics/maps')) });
  const [text, setText] = useState('');
  const add = (item: Omit<Item, 'id' | 'width' | 'height' | 'title'>) =>
    setItems((xs) => [...xs, { id: newItemId(xs), width: 2, height: 1, title: '', ...item } as Item]);
  return (
    <Card size="small" className="dash-noprint" style={{ marginBottom: 12, borderColor: '#91caff' }} data-testid="dash-editbar">
      <Space wrap>
        <Typography.Text strong>{t('dashboards.addItem')}</Typography.Text>
        <Select
          style={{ minWidth: 220 }}
          placeholder={t('dashboards.addVisualisation')}
          value={null}
          options={(vis.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
          onChange={(id) => {
            const v = vis.data?.items.find((x) => x.id === id);
            if (v) add({ kind: 'visualisation', visualisationId: v.id, visualisation: { id: v.id, name: v.name, chartType: v.chartType, query: v.query } });
          }}
          data-testid="dash-add-visualisation"
        />
        <Select
          style={{ minWidth: 200 }}
          placeholder={t('dashboards.addMap')}
          value={null}
          options={(maps.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
          onChange={(id) => {
            const m = maps.data?.items.find((x) => x.id === id);
            if (m) add({ kind: 'map', mapId: m.id, map: { id: m.id, name: m.name, settings: m.settings } });
          }}
        />
        <Input style={{ width: 220 }} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('dashboards.textPlaceholder')} />
        <Button
          disabled={!text.trim()}
          onClick={() => {
            add({ kind: 'text', text });
            setText('');
          }}
        >
          {t('dashboards.addText')}
        </Button>
        <Button onClick={() => add({ kind: 'headline' })}>{t('dashboards.addHeadline')}</Button>
        <Button onClick={() => add({ kind: 'programme' })}>{t('dashboards.addProgramme')}</Button>
        <Button onClick={() => add({ kind: 'completeness', dataSet: 'TK_DAN_TOC_NAM' })}>{t('dashboards.addCompleteness')}</Button>
      </Space>
      <div style={{ marginTop: 8 }}>
        <Space wrap>
          <Select
            mode="multiple"
            style={{ minWidth: 240 }}
            value={roles}
            onChange={setRoles}
            placeholder={t('dashboards.share')}
            options={ROLES.map((r) => ({ value: r, label: t(`analytics.role_${r}`) }))}
          />
          <Button type="primary" onClick={onSave} data-testid="dash-save">
            {t('dashboards.done')} ({items.length})
          </Button>
          <Button onClick={onCancel}>{t('dashboards.cancel')}</Button>
        </Space>
      </div>
    </Card>
  );
}
