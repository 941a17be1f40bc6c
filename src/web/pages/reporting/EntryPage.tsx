import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Input, Modal, Space, Tag, Typography } from 'antd';
import { CheckOutlined, DisconnectOutlined, LoadingOutlined, LockOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { PageTitle } from '../../components/common.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { useShowError } from '../../lib/errors.js';
import { fmtDate, numberLang } from '../../lib/format.js';
import { useUrlFilters } from '../register/common.js';
import { gridKey, reportParams, reportPath, STATUS_COLOR, usePeriods, type Grid, type GridElement, type GridValue } from './api.js';
import { checkValue } from './checks.js';
import { EntryCellContext, type EarlierValue, type EntryCellShared } from './entry-context.js';
import { EntryProblems, type CellProblem } from './entry-problems.js';
import { EntryActions } from './EntryActions.js';
import { EntryGrid } from './EntryGrid.js';
import { EntryPicker } from './EntryPicker.js';
import { ExcelMenu } from './excel/ExcelMenu.js';
import { firstEmptyCell } from './gridKeys.js';
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

interface Earlier {
  periods: { id: string; name: string; start: string; end: string }[];
  values: { dataElementId: number; categoryOptionComboId: number; periodId: string; value: string }[];
}

function Report({ dataSet, unit, period }: { dataSet: string; unit: string; period: string }) {
  const { t, i18n } = useTranslation();
  const lang = numberLang(i18n.language);
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const path = reportPath(dataSet, unit, period);
  const key = gridKey(dataSet, unit, period);
  const grid = useQuery({
    queryKey: key,
    queryFn: () => call<Grid>(http.GET('/api/data-entry/reports/{dataSet}/{unit}/{period}', { params: reportParams(path) })),
  });
  // The same unit's values of the earlier periods: last period's value beside each cell, outliers flagged.
  const earlierQ = useQuery({
    queryKey: ['data-entry', 'previous', dataSet, unit, period, i18n.language],
    queryFn: () => call<Earlier>(http.GET('/api/data-entry/reports/{dataSet}/{unit}/{period}/previous', { params: reportParams(path) })),
    enabled: grid.isSuccess,
    staleTime: 60_000,
  });
  const periods = usePeriods(grid.data?.dataSet.periodType, grid.data?.dataSet.calendar);
  // Cells refused (by the check here or by the server), with the reason; they block submission.
  const [errors, setErrors] = useState<Record<string, string>>({});
  const errorsRef = useRef(errors);
  errorsRef.current = errors;
  // Cells with typed text not yet handed to the save queue.
  const dirtyRef = useRef(new Set<string>());
  const [dirty, setDirty] = useState(0);
  const [reset, setReset] = useState(0);
  const [override, setOverride] = useState<{ save: Omit<QueuedSave, 'clientId'>; reason: string } | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: key });
  const queue = useSaveQueue(path, {
    onRejected: (k, msg) => setErrors((e) => ({ ...e, [k]: msg })),
    onFatal: (e, keys) => {
      // The values did not reach the report: the cells keep the typed text and say why.
      if (keys.length) setErrors((prev) => ({ ...prev, ...Object.fromEntries(keys.map((k) => [k, e.message])) }));
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

  const onDirty = useCallback((k: string, d: boolean) => {
    const set = dirtyRef.current;
    if (d === set.has(k)) return;
    if (d) set.add(k);
    else set.delete(k);
    setDirty(set.size);
  }, []);
  const onRevert = useCallback((k: string) => setErrors(({ [k]: _, ...rest }) => rest), []);
  const shared = useMemo<EntryCellShared>(() => {
    const earlier = new Map<string, EarlierValue[]>();
    const names = new Map((earlierQ.data?.periods ?? []).map((p) => [p.id, p.name]));
    for (const v of earlierQ.data?.values ?? []) {
      const k = cellKey(v.dataElementId, v.categoryOptionComboId);
      const list = earlier.get(k) ?? earlier.set(k, []).get(k)!;
      list.push({ periodId: v.periodId, periodName: names.get(v.periodId) ?? v.periodId, value: v.value });
    }
    for (const list of earlier.values()) list.sort((a, b) => (a.periodId < b.periodId ? 1 : -1));
    const prev = earlierQ.data?.periods[0];
    return { lang, earlier, previousPeriod: prev ? { id: prev.id, name: prev.name } : null, onRevert, onDirty };
  }, [earlierQ.data, lang, onRevert, onDirty]);

  // The officer starts typing at once: the first empty cell takes the focus when the report opens.
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !grid.data) return;
    focused.current = true;
    if (!grid.data.canEdit) return;
    // The cells appear once the grid's layout has loaded too: look again on the next frames until they are there.
    let frames = 0;
    const focusFirst = () => {
      if (!document.querySelector('[data-grid] input[data-r]')) {
        if (frames++ < 600) requestAnimationFrame(focusFirst);
        return;
      }
      const cell = firstEmptyCell();
      if (cell && !document.activeElement?.closest('input, textarea, [role="dialog"]')) {
        cell.focus();
        cell.select();
      }
    };
    requestAnimationFrame(focusFirst);
  }, [grid.data]);

  /** Every typed value on the server, none refused: null, or why the report cannot be submitted yet. */
  const settle = async (): Promise<'offline' | 'rejected' | 'unsaved' | null> => {
    if (!(await queue.settle())) return 'offline';
    if (Object.keys(errorsRef.current).length) return 'rejected';
    if (dirtyRef.current.size) return 'unsaved';
    return null;
  };

  if (grid.isLoading) return <PageSpinner />;
  if (grid.error || !grid.data) return <Alert type="error" showIcon title={(grid.error as Error | null)?.message ?? t('common.noData')} />;
  const g = grid.data;
  const locked = !g.canEdit;

  const commit = (el: GridElement, coc: number, text: string) => {
    const k = cellKey(el.id, coc);
    const checked = checkValue(el, text, lang);
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

  // The refused cells, named as the grid names them, for the list above the grid.
  const problems: CellProblem[] = [];
  for (const s of g.sections)
    for (const el of s.elements)
      for (const c of el.optionCombos) {
        const message = errors[cellKey(el.id, c.id)];
        if (!message) continue;
        const name = i18n.language === 'en' && el.nameEn ? el.nameEn : el.name;
        const single = el.optionCombos.length === 1;
        problems.push({ dataElementId: el.id, categoryOptionComboId: c.id, name: single ? name : `${name} — ${c.name}`, message });
      }

  const periodName = periods.items.find((p) => p.id === g.period.id);
  return (
    <>
      <Space wrap size={[8, 4]} style={{ marginBottom: 8 }}>
        <Typography.Text strong data-testid="report-heading">
          {i18n.language === 'en' && g.dataSet.nameEn ? g.dataSet.nameEn : g.dataSet.name}
        </Typography.Text>
        <span data-testid="report-unit-period">
          {g.unit.name} · {periodName ? periods.name(periodName) : g.period.id} ({fmtDate(g.period.start)} – {fmtDate(g.period.end)})
        </span>
        <span>{t('reporting.entry.deadline', { date: fmtDate(g.period.deadline) })}</span>
        <Tag color={STATUS_COLOR[g.status]} data-testid="report-status">
          {t(`reporting.status.${g.status}`)}
        </Tag>
        <SaveBadge state={queue.state} unsaved={queue.pending + dirty} rejected={problems.length} />
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
        blocked={problems.length}
        settle={settle}
        refresh={refresh}
        onSubmitted={() => {
          // The grid shows exactly what the server holds now.
          setErrors({});
          setReset((n) => n + 1);
        }}
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
      <EntryProblems problems={problems} />
      <EntryCellContext.Provider value={shared}>
        <EntryGrid
          grid={g}
          values={values}
          errors={errors}
          disabled={locked}
          reset={reset}
          onCommit={commit}
          onComment={(el, coc, comment) => queue.enqueue({ dataElementId: el.id, categoryOptionComboId: coc, comment: comment.trim() || null })}
        />
      </EntryCellContext.Provider>
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

/** Where the report's values stand: all saved, being saved, waiting for the network, or refused. */
function SaveBadge({ state, unsaved, rejected }: { state: string; unsaved: number; rejected: number }) {
  const { t } = useTranslation();
  if (rejected > 0)
    return (
      <Tag color="error" icon={<WarningOutlined />} data-testid="save-state">
        {t('reporting.entry.rejected', { count: rejected })}
        {unsaved > 0 && ` · ${t('reporting.entry.saving', { count: unsaved })}`}
      </Tag>
    );
  if (state === 'offline')
    return (
      <Tag color="red" icon={<DisconnectOutlined />} data-testid="save-state">
        {t('reporting.entry.offline', { count: unsaved })}
      </Tag>
    );
  if (state === 'saving' || unsaved > 0)
    return (
      <Tag color="processing" icon={<LoadingOutlined />} data-testid="save-state">
        {t('reporting.entry.saving', { count: unsaved })}
      </Tag>
    );
  return (
    <Tag color="success" icon={<CheckOutlined />} data-testid="save-state">
      {t('reporting.entry.saved')}
    </Tag>
  );
}
