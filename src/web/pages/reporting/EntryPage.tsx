import { useMemo, useState } from 'react';
import { Alert, App, Input, Modal, Space, Tag, Typography } from 'antd';
import { CheckOutlined, DisconnectOutlined, LoadingOutlined, LockOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { PageTitle } from '../../components/common.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { useShowError } from '../../lib/errors.js';
import { fmtDate } from '../../lib/format.js';
import { useUrlFilters } from '../register/common.js';
import { gridKey, reportParams, reportPath, STATUS_COLOR, usePeriods, type Grid, type GridElement, type GridValue } from './api.js';
import { checkValue } from './checks.js';
import { EntryActions } from './EntryActions.js';
import { EntryGrid } from './EntryGrid.js';
import { EntryPicker } from './EntryPicker.js';
import { ExcelMenu } from './excel/ExcelMenu.js';
import { cellKey, useSaveQueue, type QueuedSave } from './useSaveQueue.js';
import './reporting.css';

/** Data entry for one report (form × unit × period), keyboard-first, saved as typed. */
export default function EntryPage() {
  const { t } = useTranslation();
  const { values: f, set } = useUrlFilters(['dataSet', 'unit', 'period'] as const);
  const ready = !!(f.dataSet && f.unit && f.period);
  return (
    <>
      <PageTitle title={t('reporting.entry.title')} />
      <EntryPicker dataSet={f.dataSet} unit={f.unit} period={f.period} onChange={set} />
      {ready ? (
        <Report key={`${f.dataSet}/${f.unit}/${f.period}`} dataSet={f.dataSet!} unit={f.unit!} period={f.period!} />
      ) : (
        <Alert type="info" showIcon title={t('reporting.entry.pickHint')} />
      )}
    </>
  );
}

function Report({ dataSet, unit, period }: { dataSet: string; unit: string; period: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const path = reportPath(dataSet, unit, period);
  const key = gridKey(dataSet, unit, period);
  const grid = useQuery({
    queryKey: key,
    queryFn: () => call<Grid>(http.GET('/api/data-entry/reports/{dataSet}/{unit}/{period}', { params: reportParams(path) })),
  });
  const periods = usePeriods(grid.data?.dataSet.periodType, grid.data?.dataSet.calendar);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reset, setReset] = useState(0);
  const [override, setOverride] = useState<{ save: Omit<QueuedSave, 'clientId'>; reason: string } | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: key });
  const queue = useSaveQueue(path, {
    onRejected: (k, msg) => setErrors((e) => ({ ...e, [k]: msg })),
    onFatal: (e) => {
      showError(e);
      refresh();
    },
    onSaved: () => void qc.invalidateQueries({ queryKey: key }),
  });

  // What the server holds; cells being typed in keep their own text until saved.
  const values = useMemo(() => {
    const m = new Map<string, GridValue>();
    for (const v of grid.data?.values ?? []) m.set(cellKey(v.dataElementId, v.categoryOptionComboId), v);
    return m;
  }, [grid.data]);

  if (grid.isLoading) return <PageSpinner />;
  if (grid.error || !grid.data) return <Alert type="error" showIcon title={(grid.error as Error | null)?.message ?? t('common.noData')} />;
  const g = grid.data;
  const locked = !g.canEdit;

  const commit = (el: GridElement, coc: number, text: string) => {
    const k = cellKey(el.id, coc);
    const checked = checkValue(el, text);
    if (!checked.ok) {
      setErrors((e) => ({ ...e, [k]: t(`reporting.check.${checked.key}`, checked.params ?? {}) }));
      return;
    }
    setErrors(({ [k]: _, ...rest }) => rest);
    const stored = values.get(k);
    const save = { dataElementId: el.id, categoryOptionComboId: coc, value: checked.value };
    if (stored?.derived && !stored.overrideReason && checked.value !== stored.value) setOverride({ save, reason: '' });
    else queue.enqueue(save);
  };

  const periodName = periods.items.find((p) => p.id === g.period.id);
  return (
    <>
      <Space wrap size={[8, 4]} style={{ marginBottom: 8 }}>
        <Typography.Text strong data-testid="report-heading">
          {i18n.language === 'en' && g.dataSet.nameEn ? g.dataSet.nameEn : g.dataSet.name}
        </Typography.Text>
        <span>
          {g.unit.name} · {periodName ? periods.name(periodName) : g.period.id} ({fmtDate(g.period.start)} – {fmtDate(g.period.end)})
        </span>
        <span>{t('reporting.entry.deadline', { date: fmtDate(g.period.deadline) })}</span>
        <Tag color={STATUS_COLOR[g.status]} data-testid="report-status">
          {t(`reporting.status.${g.status}`)}
        </Tag>
        <SaveBadge state={queue.state} pending={queue.pending} />
      </Space>
      {g.status === 'returned' && g.comment && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('reporting.entry.returnedWith', { comment: g.comment })} />
      )}
      {g.status === 'approved' && (
        <Alert type="success" showIcon icon={<LockOutlined />} style={{ marginBottom: 8 }} title={t('reporting.entry.lockedApproved')} data-testid="locked" />
      )}
      {g.status === 'submitted' && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('reporting.entry.lockedSubmitted')} />}
      <EntryActions
        grid={g}
        path={path}
        pending={queue.pending}
        flush={queue.flush}
        refresh={refresh}
        extra={
          <ExcelMenu
            grid={g}
            periodName={periodName ? periods.name(periodName) : g.period.id}
            onSaved={() => {
              // The grid shows what the file saved; cells typed in before keep no stale text.
              setErrors({});
              setReset((n) => n + 1);
              refresh();
              void qc.invalidateQueries({ queryKey: ['data-entry', 'completeness'] });
            }}
          />
        }
      />
      <EntryGrid
        grid={g}
        values={values}
        errors={errors}
        disabled={locked}
        reset={reset}
        onCommit={commit}
        onComment={(el, coc, comment) => queue.enqueue({ dataElementId: el.id, categoryOptionComboId: coc, comment: comment.trim() || null })}
      />
      <Modal
        open={!!override}
        title={t('reporting.entry.overrideTitle')}
        okButtonProps={{ disabled: !override?.reason.trim() }}
        onCancel={() => {
          setOverride(null);
          message.info(t('reporting.entry.overrideCancelled'));
          setReset((n) => n + 1);
        }}
        onOk={() => {
          if (override) queue.enqueue({ ...override.save, overrideReason: override.reason.trim() });
          setOverride(null);
        }}
      >
        <p>{t('reporting.entry.overrideText')}</p>
        <Input.TextArea
          rows={3}
          value={override?.reason ?? ''}
          onChange={(e) => setOverride((o) => (o ? { ...o, reason: e.target.value } : o))}
          data-testid="override-reason"
        />
      </Modal>
    </>
  );
}

function SaveBadge({ state, pending }: { state: string; pending: number }) {
  const { t } = useTranslation();
  if (state === 'offline')
    return (
      <Tag color="red" icon={<DisconnectOutlined />} data-testid="save-state">
        {t('reporting.entry.offline', { count: pending })}
      </Tag>
    );
  if (state === 'saving' || pending > 0)
    return (
      <Tag color="processing" icon={<LoadingOutlined />} data-testid="save-state">
        {t('reporting.entry.saving', { count: pending })}
      </Tag>
    );
  if (state === 'error')
    return (
      <Tag color="warning" icon={<WarningOutlined />} data-testid="save-state">
        {t('reporting.entry.notSaved')}
      </Tag>
    );
  return (
    <Tag color="success" icon={<CheckOutlined />} data-testid="save-state">
      {t('reporting.entry.saved')}
    </Tag>
  );
}
