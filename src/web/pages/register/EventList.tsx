import { Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fmtDate } from '../../lib/format.js';
import type { LifeEvent } from './api.js';

const COLORS: Record<string, string> = {
  birth: 'green',
  death: 'default',
  move_in: 'cyan',
  move_out: 'orange',
  split: 'purple',
  merge: 'purple',
  change_head: 'blue',
};

/** Life events, newest first, with the person and the other household they concern. */
export function EventList({ events, personName, householdId }: { events: LifeEvent[]; personName?: (id: number) => string | undefined; householdId?: number }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('register.events.noEvents')} />;
  const sorted = [...events].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  return (
    <List
      size="small"
      data-testid="event-list"
      dataSource={sorted}
      renderItem={(e) => {
        const d = (e.details ?? {}) as Record<string, unknown>;
        const place = (d.toPlace ?? d.toCommuneName ?? d.toCommuneCode) as string | undefined;
        const from = (d.fromPlace ?? d.fromCommuneName ?? d.fromCommuneCode) as string | undefined;
        return (
          <List.Item>
            <Space wrap size={6}>
              <Typography.Text strong>{fmtDate(e.date)}</Typography.Text>
              <Tag color={COLORS[e.type]}>{t(`register.events.types.${e.type}`)}</Tag>
              {[...new Set([...(e.personId ? [e.personId] : []), ...(Array.isArray(d.personIds) ? (d.personIds as number[]) : [])])].map((pid) => (
                <Link key={pid} to={`/persons/${pid}`} data-testid="event-person">
                  {personName?.(pid) ?? `#${pid}`}
                </Link>
              ))}
              {e.type === 'move_out' && place && <span>{t('register.events.movedTo', { place })}</span>}
              {e.type === 'move_in' && from && <span>{t('register.events.movedFrom', { place: from })}</span>}
              {e.relatedHouseholdId && e.relatedHouseholdId !== householdId && (
                <Link to={`/households/${e.relatedHouseholdId}`}>→ #{e.relatedHouseholdId}</Link>
              )}
              {typeof d.note === 'string' && d.note && <Typography.Text type="secondary">{d.note}</Typography.Text>}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
