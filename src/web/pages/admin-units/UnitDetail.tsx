import { Alert, Breadcrumb, Card, Descriptions, Grid, List, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { ArrowRightOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useUnit, useUnitClassifications, useUnitLinks, useUnitVersions } from '../../api/units.js';
import type { Unit, UnitLink } from '../../api/types.js';
import { fmtDate, viCollator } from '../../lib/format.js';
import { DemoBadge } from '../../components/common.js';
import { ApiError } from '../../api/client.js';
import { CATEGORY_COLORS, categoryLabel } from '../classifications/labels.js';

interface Props {
  code: string;
  date: string;
  /** Opens a unit as of a date (switches the page's date when it differs). */
  onOpen: (code: string, date: string) => void;
}

/** "01/07/2025 – nay" or "trước 01/03/2025 – 30/06/2025". */
export function useValidity() {
  const { t } = useTranslation();
  return (u: Pick<Unit, 'validFrom' | 'validTo'>) =>
    t('units.validRange', { from: u.validFrom ? fmtDate(u.validFrom) : t('units.validFromUnknown'), to: u.validTo ? fmtDate(u.validTo) : t('units.ongoing') });
}

/** The day a linked unit is best looked at: its first day, or its last day when it ended. */
function dayOf(u: Unit, direction: 'successors' | 'predecessors'): string {
  if (direction === 'successors') return u.validFrom ?? u.validTo ?? '';
  return u.validTo ?? u.validFrom ?? '';
}

function Links({ code, date, which, onOpen }: Props & { which: 'successors' | 'predecessors' }) {
  const { t } = useTranslation();
  const links = useUnitLinks(code, date, which);
  if (links.isLoading) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (links.error) return <Typography.Text type="danger">{(links.error as Error).message}</Typography.Text>;
  const items = links.data?.items ?? [];
  if (!items.length) return <Typography.Text type="secondary">{t(which === 'successors' ? 'units.noSuccessors' : 'units.noPredecessors')}</Typography.Text>;
  return (
    <List<UnitLink>
      size="small"
      dataSource={items}
      data-testid={`unit-${which}`}
      renderItem={(l) => {
        const day = dayOf(l.unit, which);
        return (
          <List.Item style={{ paddingInline: 0 }}>
            <Space wrap size={4}>
              {which === 'successors' ? <ArrowRightOutlined /> : <ArrowLeftOutlined />}
              <Typography.Link onClick={() => onOpen(l.unit.code, day || date)} title={t('units.openOn', { date: fmtDate(day) })}>
                {l.unit.fullName} ({l.unit.code})
              </Typography.Link>
              <Tag color={l.mergeType === 'full' ? 'green' : 'gold'}>{t(`units.mergeType.${l.mergeType}`)}</Tag>
              {l.derived && <Tag>{t('units.derived')}</Tag>}
              {day && <Typography.Text type="secondary">{t('units.openOn', { date: fmtDate(day) })}</Typography.Text>}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

function Versions({ code, date, current, onOpen }: Props & { current?: number }) {
  const { t } = useTranslation();
  const validity = useValidity();
  const versions = useUnitVersions(code);
  if (versions.isLoading) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (versions.error) return <Typography.Text type="danger">{(versions.error as Error).message}</Typography.Text>;
  return (
    <List<Unit>
      size="small"
      dataSource={versions.data ?? []}
      renderItem={(v) => (
        <List.Item style={{ paddingInline: 0 }}>
          <Space wrap size={4}>
            {v.id === current ? (
              <strong>{v.fullName}</strong>
            ) : (
              <Typography.Link onClick={() => onOpen(v.code, v.validTo ?? v.validFrom ?? date)}>{v.fullName}</Typography.Link>
            )}
            <Typography.Text type="secondary">{validity(v)}</Typography.Text>
            {v.id === current && <Tag color="blue">{t('units.current')}</Tag>}
          </Space>
        </List.Item>
      )}
    />
  );
}

function Classifications({ code, date }: { code: string; date: string }) {
  const { t } = useTranslation();
  const q = useUnitClassifications(code, date);
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (q.error) return <Typography.Text type="secondary">{(q.error as Error).message}</Typography.Text>;
  const items = q.data?.items ?? [];
  if (!items.length) return <Typography.Text type="secondary">{t('units.noClassifications')}</Typography.Text>;
  const own = items.filter((e) => !e.village);
  // Villages of the unit on a list are named together, one line per list.
  const byList = new Map<string, { kind: string; names: string[] }>();
  for (const e of items.filter((x) => x.village)) {
    const key = e.list?.name ?? e.kind ?? '';
    const group = byList.get(key) ?? { kind: e.kind ?? 'extremely_difficult_village', names: [] };
    group.names.push(e.village!.name);
    byList.set(key, group);
  }
  const demo = items.some((e) => e.list.isDemo);
  return (
    <Space direction="vertical" size={6} data-testid="unit-classifications">
      {own.map((e, i) => (
        <Space wrap size={4} key={i}>
          <Tooltip title={e.list?.name}>
            <Tag color={CATEGORY_COLORS[e.category] ?? 'purple'}>{categoryLabel(t, e.category)}</Tag>
          </Tooltip>
          <span>{e.kind ? t(`classifications.kinds.${e.kind}`) : e.list?.name}</span>
        </Space>
      ))}
      {[...byList.entries()].map(([list, g]) => (
        <div key={list} title={list}>
          <Typography.Text strong>
            {t(`classifications.kinds.${g.kind}`)} ({g.names.length}):
          </Typography.Text>{' '}
          {g.names.sort(viCollator.compare).join(', ')}
        </div>
      ))}
      {demo && <DemoBadge />}
    </Space>
  );
}

/** Everything known about one unit on one date: identity, validity, place, what it became and came from. */
export function UnitDetail({ code, date, onOpen }: Props) {
  const { t } = useTranslation();
  const validity = useValidity();
  const unit = useUnit(code, date);
  const wide = !!Grid.useBreakpoint().md;
  if (unit.isLoading)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (unit.error || !unit.data) {
    const notFound = unit.error instanceof ApiError && unit.error.status === 404;
    return (
      <Card data-testid="unit-detail-missing">
        <Alert
          type={notFound ? 'info' : 'error'}
          showIcon
          message={notFound ? t('units.notValidOnDate', { code, date: fmtDate(date) }) : (unit.error as Error)?.message}
        />
        {notFound && (
          <div style={{ marginTop: 12 }}>
            <Typography.Title level={5}>{t('units.versions', { code })}</Typography.Title>
            <Versions code={code} date={date} onOpen={onOpen} />
          </div>
        )}
      </Card>
    );
  }
  const u = unit.data;
  const path = (u.path ?? []).filter((p) => p.id !== u.id);
  return (
    <Card
      size={wide ? 'default' : 'small'}
      title={<span data-testid="unit-detail-title">{u.fullName}</span>}
      extra={<Tag>{u.code}</Tag>}
      data-testid="unit-detail"
    >
      {path.length > 0 && (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[...path.map((p) => ({ title: <Typography.Link onClick={() => onOpen(p.code, date)}>{p.fullName}</Typography.Link> })), { title: u.fullName }]}
        />
      )}
      <Descriptions size="small" column={1} bordered styles={{ label: { width: wide ? 160 : 92 } }}>
        <Descriptions.Item label={t('units.fullName')}>{u.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('common.code')}>{u.code}</Descriptions.Item>
        <Descriptions.Item label={t('common.type')}>{u.type}</Descriptions.Item>
        <Descriptions.Item label={t('units.level')}>{t(`units.levels.${u.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('units.validity')}>
          <span data-testid="unit-validity">{validity(u)}</span>
        </Descriptions.Item>
        {path.length > 0 && <Descriptions.Item label={t('units.path')}>{path.map((p) => p.fullName).join(' › ')}</Descriptions.Item>}
        {u.childCount > 0 && <Descriptions.Item label={t('units.children', { count: u.childCount })}>{u.childCount}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('units.successors')}
      </Typography.Title>
      <Links code={u.code} date={date} which="successors" onOpen={onOpen} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('units.predecessors')}
      </Typography.Title>
      <Links code={u.code} date={date} which="predecessors" onOpen={onOpen} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('units.classifications', { date: fmtDate(date) })}
      </Typography.Title>
      <Classifications code={u.code} date={date} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('units.versions', { code: u.code })}
      </Typography.Title>
      <Versions code={u.code} date={date} current={u.id} onOpen={onOpen} />
    </Card>
  );
}
