import { Button, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Village, VillageStatus } from '../../api/types.js';
import { fmtDate, viCollator } from '../../lib/format.js';
import { STATUS_COLORS } from './status.js';

interface Options {
  /** Desktop: one column per field; phone: one stacked column and icon actions. */
  wide: boolean;
  /** Whether the list covers several communes (then the commune is shown). */
  showCommune: boolean;
  canEdit: boolean;
  /** Mark demo rows one by one (when the page mixes demo and real villages). */
  markDemo: boolean;
  onOpen: (v: Village) => void;
  onRename: (v: Village) => void;
  onDeactivate: (v: Village) => void;
}

/** Columns of the village table. */
export function useVillageColumns(o: Options): TableColumnsType<Village> {
  const { t } = useTranslation();
  const status = (s: VillageStatus) => <Tag color={STATUS_COLORS[s]}>{t(`villages.statuses.${s}`)}</Tag>;
  const name = (v: Village) => (
    <Space size={4} wrap>
      <Typography.Link onClick={() => o.onOpen(v)}>{v.name}</Typography.Link>
      {o.markDemo && v.isDemo && <Tag color="orange">{t('common.demoData')}</Tag>}
    </Space>
  );
  const commune = (v: Village) => <span data-testid="village-commune">{v.commune.fullName}</span>;
  const actions = o.canEdit
    ? [
        {
          title: o.wide ? t('common.actions') : '',
          key: 'actions',
          render: (_: unknown, v: Village) =>
            v.status === 'active' && (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => o.onRename(v)}
                  aria-label={t('villages.rename')}
                  title={t('villages.rename')}
                >
                  {o.wide && t('villages.rename')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<StopOutlined />}
                  onClick={() => o.onDeactivate(v)}
                  aria-label={t('villages.deactivate')}
                  title={t('villages.deactivate')}
                >
                  {o.wide && t('villages.deactivate')}
                </Button>
              </Space>
            ),
        },
      ]
    : [];
  if (!o.wide) {
    return [
      {
        title: t('villages.title'),
        key: 'village',
        render: (_, v) => (
          <Space direction="vertical" size={2}>
            {name(v)}
            <Typography.Text type="secondary">
              {v.code} · {t(`villages.types.${v.type}`)}
            </Typography.Text>
            {o.showCommune && commune(v)}
            <Space size={4} wrap>
              {status(v.status)}
              <Typography.Text type="secondary">
                {fmtDate(v.validFrom) || '…'} – {fmtDate(v.validTo) || t('units.ongoing')}
              </Typography.Text>
            </Space>
          </Space>
        ),
      },
      ...actions,
    ];
  }
  return [
    { title: t('common.code'), dataIndex: 'code', width: 90 },
    { title: t('common.name'), dataIndex: 'name', sorter: (a, b) => viCollator.compare(a.name, b.name), render: (_: string, v) => name(v) },
    { title: t('villages.type'), dataIndex: 'type', render: (v: string) => t(`villages.types.${v}`) },
    ...(o.showCommune ? [{ title: t('villages.commune'), key: 'commune', render: (_: unknown, v: Village) => commune(v) }] : []),
    { title: t('common.status'), dataIndex: 'status', render: status },
    { title: t('villages.validFrom'), dataIndex: 'validFrom', render: (d: string | null) => fmtDate(d) || '—' },
    { title: t('villages.validTo'), dataIndex: 'validTo', render: (d: string | null) => fmtDate(d) || '—' },
    ...actions,
  ];
}
