import { Alert, Descriptions, Drawer, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { VillageRef } from '../../api/types.js';
import { DemoBadge } from '../../components/common.js';
import { fmtDate, fmtDateTime } from '../../lib/format.js';
import { STATUS_COLORS } from './status.js';

function refName(r: VillageRef | null): string {
  return r ? `${r.name} (${r.code}) · ${r.communeName}` : '';
}

/** A history date: a day, or the moment of an audited change. */
function when(d: string | null): string {
  if (!d) return '';
  return d.length > 10 ? fmtDateTime(d) : fmtDate(d);
}

/** One village with its history: what it came from and what it was merged into. */
export function VillageDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['villages', 'one', id],
    queryFn: () => call(http.GET('/api/villages/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
  });
  const v = q.data;
  return (
    <Drawer open={id !== null} onClose={onClose} title={v ? v.name : t('common.details')} size={Math.min(480, window.innerWidth)} data-testid="village-drawer">
      {q.isLoading && <Skeleton active />}
      {q.error && <Alert type="error" showIcon message={(q.error as Error).message} />}
      {v && (
        <>
          {v.isDemo && (
            <div style={{ marginBottom: 12 }}>
              <DemoBadge />
            </div>
          )}
          <Descriptions size="small" column={1} bordered styles={{ label: { width: 120 } }}>
            <Descriptions.Item label={t('common.code')}>{v.code}</Descriptions.Item>
            <Descriptions.Item label={t('common.name')}>{v.name}</Descriptions.Item>
            <Descriptions.Item label={t('villages.type')}>{t(`villages.types.${v.type}`)}</Descriptions.Item>
            <Descriptions.Item label={t('villages.commune')}>
              {v.commune.fullName} ({v.commune.code})
            </Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              <Tag color={STATUS_COLORS[v.status]}>{t(`villages.statuses.${v.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('villages.validFrom')}>{fmtDate(v.validFrom) || t('units.validFromUnknown')}</Descriptions.Item>
            <Descriptions.Item label={t('villages.validTo')}>{fmtDate(v.validTo) || t('units.ongoing')}</Descriptions.Item>
            {v.predecessor && <Descriptions.Item label={t('villages.predecessor')}>{refName(v.predecessor)}</Descriptions.Item>}
            {v.mergedInto && <Descriptions.Item label={t('villages.mergedInto')}>{refName(v.mergedInto)}</Descriptions.Item>}
          </Descriptions>
          {v.history.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('villages.history')}
              </Typography.Title>
              <Timeline
                items={v.history.map((h) => ({
                  children: (
                    <div>
                      <Typography.Text type="secondary">{when(h.date)}</Typography.Text> <Tag>{t(`villages.events.${h.event}`)}</Tag>
                      <div>
                        {h.name}
                        {h.code ? ` (${h.code})` : ''}
                        {h.username ? <Typography.Text type="secondary"> · {h.username}</Typography.Text> : null}
                      </div>
                    </div>
                  ),
                }))}
              />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
