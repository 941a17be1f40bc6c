import { useEffect, useState } from 'react';
import { Alert, App, Button, Grid, Input, Select, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useUnit } from '../../api/units.js';
import { call, http, qs } from '../../api/client.js';
import type { Unit, Village, VillageStatus } from '../../api/types.js';
import { useVillageColumns } from './columns.js';
import { DemoBadge, IsoDatePicker, PageTitle } from '../../components/common.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { ImportDialog } from '../../components/ImportDialog.js';
import { useCan, useMe } from '../../lib/session.js';
import { useDebounced } from '../../lib/hooks.js';
import { todayVN } from '../../../shared/dates.js';
import { CreateVillageDialog, DeactivateVillageDialog, MergeVillagesDialog, RenameVillageDialog } from './VillageDialogs.js';
import { VillageDrawer } from './VillageDrawer.js';
import { useSummary } from '../../components/ImportDialog.js';

type Dialog = { kind: 'create' } | { kind: 'rename' | 'deactivate'; village: Village } | { kind: 'merge' } | { kind: 'import' } | null;

/** Villages of a commune (or of the whole area) as of a date, with the changes an officer makes. */
export default function VillagesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canEdit = useCan('edit_villages');
  const { message } = App.useApp();
  const summary = useSummary();
  const qc = useQueryClient();
  // Date and commune live in the URL so a list can be linked and survives a reload.
  const [params, setParams] = useSearchParams();
  const date = params.get('date') || todayVN();
  const param = params.get('commune');
  // No parameter: a commune officer starts on their own commune; an empty one means the whole area.
  const communeCode = param === null ? (me?.scope?.level === 'commune' ? me.scope.code : undefined) : param || undefined;
  const communeUnit = useUnit(communeCode, date);
  const commune = communeUnit.data;
  const setParam = (key: string, value: string) => {
    const p = new URLSearchParams(params);
    p.set(key, value);
    setParams(p, { replace: true });
  };
  const setDate = (d: string) => setParam('date', d);
  const setCommune = (u: Unit | undefined) => setParam('commune', u?.code ?? '');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<VillageStatus | 'all'>('active');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [selected, setSelected] = useState<number[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const query = useDebounced(q.trim(), 300);
  const screens = Grid.useBreakpoint();

  useEffect(() => {
    setPage(1);
    setSelected([]);
  }, [communeCode, date, query, status]);

  const list = useQuery({
    queryKey: ['villages', 'list', communeCode ?? '', date, query, status, page, pageSize],
    queryFn: () => call(http.GET('/api/villages', { params: { query: { commune: communeCode, date, q: query, status, page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const anyDemo = items.some((v) => v.isDemo);
  // One badge in the title says it when every row is demo data; mixed pages mark each demo row.
  const mixed = anyDemo && items.some((v) => !v.isDemo);
  const columns = useVillageColumns({
    wide: !!screens.md,
    showCommune: !communeCode,
    canEdit,
    markDemo: mixed,
    onOpen: (v) => setDetail(v.id),
    onRename: (v) => setDialog({ kind: 'rename', village: v }),
    onDeactivate: (v) => setDialog({ kind: 'deactivate', village: v }),
  });

  return (
    <>
      <PageTitle
        title={t('villages.title')}
        extra={
          canEdit && (
            <>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!commune}
                onClick={() => setDialog({ kind: 'create' })}
                title={commune ? undefined : t('villages.pickCommuneHint')}
                data-testid="village-create"
              >
                {t('villages.create')}
              </Button>
              <Button icon={<MergeCellsOutlined />} disabled={!commune || selected.length < 1} onClick={() => setDialog({ kind: 'merge' })}>
                {t('villages.merge')}
              </Button>
              <Button icon={<FileExcelOutlined />} onClick={() => setDialog({ kind: 'import' })}>
                {t('villages.import')}
              </Button>
            </>
          )
        }
      >
        {anyDemo && <DemoBadge />}
      </PageTitle>
      <div className="toolbar">
        <Space wrap>
          <span className="nowrap">{t('common.asOf')}</span>
          <IsoDatePicker value={date} onChange={(d) => d && setDate(d)} aria-label={t('common.asOf')} />
        </Space>
        <UnitPicker
          date={date}
          level="commune"
          value={commune}
          onChange={setCommune}
          placeholder={t('villages.pickCommune')}
          data-testid="commune-picker"
          style={{ flex: '1 1 240px' }}
        />
        <Input.Search
          className="grow"
          allowClear
          placeholder={t('villages.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="village-search"
        />
        <Select<VillageStatus | 'all'>
          value={status}
          onChange={setStatus}
          style={{ width: 170 }}
          options={[
            { value: 'all', label: t('common.all') },
            ...(['active', 'inactive', 'merged'] as const).map((s) => ({ value: s, label: t(`villages.statuses.${s}`) })),
          ]}
        />
      </div>
      {me?.scope && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('villages.outsideArea')}
        </Typography.Paragraph>
      )}
      {list.error && <Alert type="error" showIcon message={(list.error as Error).message} style={{ marginBottom: 12 }} />}
      <Table<Village>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={items}
        scroll={screens.md ? { x: 'max-content' } : undefined}
        data-testid="village-table"
        rowSelection={
          canEdit && commune
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)), getCheckboxProps: (v) => ({ disabled: v.status !== 'active' }) }
            : undefined
        }
        onRow={(v) => ({ onDoubleClick: () => setDetail(v.id) })}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
          showTotal: (total, [from, to]) => t('common.totalRange', { from, to, total }),
        }}
        columns={columns}
      />
      {dialog?.kind === 'create' && commune && <CreateVillageDialog commune={commune} date={date} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'rename' && <RenameVillageDialog village={dialog.village} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'deactivate' && <DeactivateVillageDialog village={dialog.village} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'merge' && (
        <MergeVillagesDialog
          villages={items}
          selected={selected}
          onClose={() => {
            setDialog(null);
            setSelected([]);
          }}
        />
      )}
      <ImportDialog
        open={dialog?.kind === 'import'}
        title={t('villages.importTitle')}
        templateUrl={`/api/villages/template.xlsx${qs({ commune: commune?.code, date })}`}
        uploadPath="/api/villages/import"
        uploadUrl="/api/villages/import"
        fields={{ date }}
        onClose={() => setDialog(null)}
        onDone={(r) => {
          message.success(t('import.imported', { summary: summary(r) }));
          void qc.invalidateQueries({ queryKey: ['villages'] });
        }}
      />
      <VillageDrawer id={detail} onClose={() => setDetail(null)} />
    </>
  );
}
