import { useState } from 'react';
import { Alert, App, Button, Empty, List, Segmented, Spin } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types.js';
import { PageTitle } from '../../components/common.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useShowError } from '../../lib/errors.js';
import { fmtNumber } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { DuplicatePair } from './DuplicatePair.js';
import { markNotDuplicate, mergeDuplicate, scanDuplicates, useDuplicates, type DuplicateStatus } from './duplicatesApi.js';

const STATUSES: DuplicateStatus[] = ['open', 'merged', 'not_duplicate'];

/** The queue of possible duplicate persons: compare, merge or dismiss; rescan on demand. */
export default function DuplicatesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [status, setStatus] = useState<DuplicateStatus>('open');
  const [commune, setCommune] = useState<Unit | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [scanning, setScanning] = useState(false);
  const list = useDuplicates({ status, commune: commune?.code, page, pageSize });
  const refresh = () => qc.invalidateQueries({ queryKey: ['duplicates'] });

  const act = async (id: number, fn: () => Promise<unknown>, done: string) => {
    setBusyId(id);
    try {
      await fn();
      message.success(done);
      await refresh();
    } catch (err) {
      showError(err);
    } finally {
      setBusyId(null);
    }
  };

  const scan = async () => {
    setScanning(true);
    try {
      const r = await scanDuplicates(commune?.code);
      message.success(t('registerTools.duplicates.scanned', { checked: fmtNumber(r.checked), added: fmtNumber(r.added) }));
      await refresh();
    } catch (err) {
      showError(err);
    } finally {
      setScanning(false);
    }
  };

  return (
    <>
      <PageTitle
        title={t('registerTools.duplicates.title')}
        extra={
          <Button icon={<ReloadOutlined />} loading={scanning} onClick={() => void scan()} data-testid="dup-scan">
            {t('registerTools.duplicates.scan')}
          </Button>
        }
      />
      <div className="toolbar">
        <Segmented<DuplicateStatus>
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`registerTools.duplicates.status.${s}`) }))}
          data-testid="dup-status"
        />
        <UnitPicker
          date={todayVN()}
          level="commune"
          value={commune ?? null}
          onChange={(u) => {
            setCommune(u);
            setPage(1);
          }}
          placeholder={t('registerTools.duplicates.communePlaceholder')}
          style={{ width: 280, maxWidth: '100%' }}
          data-testid="dup-commune"
        />
      </div>
      {list.error && <Alert type="error" showIcon message={(list.error as Error).message} style={{ marginBottom: 12 }} />}
      <Spin spinning={list.isFetching && !!list.data}>
        <List
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t(`registerTools.duplicates.empty.${status}`)} /> }}
          data-testid="dup-list"
          split={false}
          pagination={
            (list.data?.total ?? 0) > pageSize
              ? {
                  current: page,
                  pageSize,
                  total: list.data?.total ?? 0,
                  size: 'small',
                  onChange: (p, s) => {
                    setPage(p);
                    setPageSize(s);
                  },
                  showTotal: (total, [from, to]) => t('common.totalRange', { from, to, total }),
                }
              : false
          }
          renderItem={(item) => (
            <List.Item style={{ display: 'block', padding: '0 0 12px' }}>
              <DuplicatePair
                key={`${item.id}-${item.status}`}
                item={item}
                busy={busyId === item.id}
                onMerge={(keep) => act(item.id, () => mergeDuplicate(item.id, keep), t('registerTools.duplicates.merged'))}
                onDismiss={(note) => act(item.id, () => markNotDuplicate(item.id, note), t('registerTools.duplicates.dismissed'))}
              />
            </List.Item>
          )}
        />
      </Spin>
    </>
  );
}
