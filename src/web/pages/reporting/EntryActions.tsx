import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, CloudSyncOutlined, RollbackOutlined, SendOutlined, SafetyOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http, ApiError } from '../../api/client.js';
import { useShowError } from '../../lib/errors.js';
import { formatNumber, numberLang } from '../../lib/format.js';
import { reportParams, reportPath, type Grid, type Violation } from './api.js';
import { focusCell } from './entry-context.js';

interface Props {
  grid: Grid;
  path: string;
  /** Cells refused (their typed value is not on the server): submit is impossible while any is. */
  blocked: number;
  /** Waits for the queued saves; null when every value is on the server, or why not. */
  settle: () => Promise<'offline' | 'rejected' | 'unsaved' | null>;
  refresh: () => void;
  /** The report was submitted: the grid drops typed text for what the server holds. */
  onSubmitted: () => void;
  /** More buttons at the end of the row (the Excel menu). */
  extra?: ReactNode;
}

type Decision = 'return' | 'reopen' | null;

const OPERATOR: Record<string, string> = { '==': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** What a report leaves empty: elements with no value at all, and the count of empty cells. */
export function emptyOf(grid: Grid, lang: string) {
  const filled = new Set(grid.values.filter((v) => v.value !== null).map((v) => `${v.dataElementId}:${v.categoryOptionComboId}`));
  const elements: string[] = [];
  let cells = 0;
  let total = 0;
  for (const s of grid.sections)
    for (const el of s.elements) {
      const empty = el.optionCombos.filter((c) => !filled.has(`${el.id}:${c.id}`)).length;
      cells += empty;
      total += el.optionCombos.length;
      if (empty === el.optionCombos.length) elements.push(lang === 'en' && el.nameEn ? el.nameEn : el.name);
    }
  return { elements, cells, total };
}

/** Validation, submit and the approver's decisions for one report. */
export function EntryActions({ grid, path, blocked, settle, refresh, onSubmitted, extra }: Props) {
  const { t, i18n } = useTranslation();
  const lang = numberLang(i18n.language);
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [violations, setViolations] = useState<Violation[] | null>(null);
  const [decision, setDecision] = useState<Decision>(null);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [preparing, setPreparing] = useState(false);

  /** Says why the report cannot go yet; true when it can. */
  const ready = async () => {
    const why = await settle();
    if (why) message.error(t(`reporting.entry.cannotSubmit.${why}`), 6);
    return !why;
  };

  const validate = useMutation({
    mutationFn: async () => {
      await settle();
      return call<{ violations: Violation[]; errors: number; warnings: number }>(
        http.GET('/api/data-entry/reports/{dataSet}/{unit}/{period}/validation', { params: reportParams(path) }),
      );
    },
    onSuccess: (r) => {
      setViolations(r.violations);
      if (!r.violations.length) message.success(t('reporting.entry.valid'));
    },
    onError: (e) => showError(e),
  });
  const step = useMutation({
    mutationFn: ({ action, comment }: { action: 'submit' | 'approve' | 'return' | 'reopen'; comment?: string }) =>
      call<{ status: string; warnings?: Violation[] }>(
        // The four steps take the same parameters and body.
        http.POST(`/api/data-entry/reports/{dataSet}/{unit}/{period}/${action}` as '/api/data-entry/reports/{dataSet}/{unit}/{period}/submit', {
          params: reportParams(path),
          body: comment ? { comment } : {},
        }),
      ),
    onSuccess: (r, v) => {
      message.success(t(`reporting.entry.done.${v.action}`));
      setViolations(r.warnings?.length ? r.warnings : null);
      setDecision(null);
      setConfirming(false);
      setReason('');
      if (v.action === 'submit') onSubmitted();
      refresh();
      void qc.invalidateQueries({ queryKey: ['data-entry', 'completeness'] });
    },
    onError: (e) => {
      setConfirming(false);
      if (e instanceof ApiError && e.code === 'report_has_errors') {
        // The rules broken, each worded with its numbers and a link to its cells (not the server's raw list).
        message.error(e.message, 6);
        validate.mutate();
        return;
      }
      showError(e);
    },
  });
  const derive = useMutation({
    mutationFn: () =>
      call(
        http.POST('/api/data-entry/reports/{dataSet}/{unit}/{period}/derived', {
          params: reportParams(reportPath(grid.dataSet.code, grid.unit.code, grid.period.id)),
        }),
      ),
    onSuccess: () => {
      message.success(t('reporting.entry.derivedDone'));
      refresh();
    },
    onError: (e) => showError(e),
  });

  const errors = violations?.filter((v) => v.blocking) ?? [];
  const warnings = violations?.filter((v) => !v.blocking) ?? [];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {grid.canEdit && grid.derivable.length > 0 && (
          <Button icon={<CloudSyncOutlined />} loading={derive.isPending} onClick={() => derive.mutate()} data-testid="refresh-derived">
            {t('reporting.entry.refreshDerived')}
          </Button>
        )}
        <Button icon={<SafetyOutlined />} loading={validate.isPending} onClick={() => validate.mutate()} data-testid="run-validation">
          {t('reporting.entry.validate')}
        </Button>
        {grid.canEdit && (
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={preparing || (step.isPending && step.variables?.action === 'submit')}
            disabled={blocked > 0}
            title={blocked > 0 ? t('reporting.entry.cannotSubmit.rejected') : undefined}
            data-testid="submit"
            onClick={async () => {
              setPreparing(true);
              try {
                if (await ready()) setConfirming(true);
              } finally {
                setPreparing(false);
              }
            }}
          >
            {t('reporting.entry.submit')}
          </Button>
        )}
        {grid.canApprove && (
          <>
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              data-testid="approve"
              loading={step.isPending && step.variables?.action === 'approve'}
              onClick={() => step.mutate({ action: 'approve' })}
            >
              {t('reporting.entry.approve')}
            </Button>
            <Button danger icon={<RollbackOutlined />} data-testid="return" onClick={() => setDecision('return')}>
              {t('reporting.entry.return')}
            </Button>
          </>
        )}
        {grid.canReopen && (
          <Button icon={<UnlockOutlined />} data-testid="reopen" onClick={() => setDecision('reopen')}>
            {t('reporting.entry.reopen')}
          </Button>
        )}
        {extra}
      </Space>
      {violations && violations.length > 0 && (
        <Alert
          type={errors.length ? 'error' : 'warning'}
          showIcon
          closable={{ onClose: () => setViolations(null) }}
          style={{ marginBottom: 12 }}
          data-testid="violations"
          title={t('reporting.entry.violations', { errors: errors.length, warnings: warnings.length })}
          description={
            <List
              size="small"
              dataSource={[...errors, ...warnings]}
              renderItem={(v) => (
                <List.Item style={{ paddingInline: 0 }} data-testid="violation">
                  <div>
                    <Space wrap size={4}>
                      <Tag color={v.blocking ? 'red' : 'orange'}>{v.blocking ? t('reporting.entry.error') : t('reporting.entry.warning')}</Tag>
                      <span data-testid="violation-message">{v.message}</span>
                    </Space>
                    <div className="rp-violation-detail" data-testid="violation-detail">
                      {t('reporting.entry.ruleCheck', {
                        left: v.leftText,
                        l: v.left === null ? '—' : formatNumber(Math.round(v.left * 1e6) / 1e6, lang),
                        op: OPERATOR[v.operator] ?? v.operator,
                        right: v.rightText,
                        r: v.right === null ? '—' : formatNumber(Math.round(v.right * 1e6) / 1e6, lang),
                      })}
                    </div>
                    {v.cells.length > 0 && (
                      <Space wrap size={[12, 0]}>
                        <Typography.Text type="secondary">{t('reporting.entry.goTo')}</Typography.Text>
                        {v.cells.map((c) => (
                          <Typography.Link
                            key={`${c.dataElementId}:${c.categoryOptionComboId}`}
                            data-testid="violation-link"
                            onClick={() => focusCell(c.dataElementId, c.categoryOptionComboId)}
                          >
                            {c.name}
                          </Typography.Link>
                        ))}
                      </Space>
                    )}
                  </div>
                </List.Item>
              )}
            />
          }
        />
      )}
      <SubmitConfirm
        open={confirming}
        grid={grid}
        loading={step.isPending}
        onCancel={() => setConfirming(false)}
        onOk={async () => {
          // A value typed since the question was asked goes first, or the submission waits.
          if (await ready()) step.mutate({ action: 'submit' });
          else setConfirming(false);
        }}
      />
      <Modal
        open={decision !== null}
        title={decision ? t(`reporting.entry.${decision}Title`) : ''}
        okText={decision ? t(`reporting.entry.${decision}`) : ''}
        okButtonProps={{ disabled: !reason.trim(), danger: decision === 'return' }}
        confirmLoading={step.isPending}
        onCancel={() => setDecision(null)}
        onOk={() => decision && step.mutate({ action: decision, comment: reason.trim() })}
      >
        <Input.TextArea
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('reporting.entry.reasonPlaceholder')}
          data-testid="decision-reason"
        />
      </Modal>
    </>
  );
}

/** "Submit this report?", with what it leaves empty. */
function SubmitConfirm({ open, grid, loading, onCancel, onOk }: { open: boolean; grid: Grid; loading: boolean; onCancel: () => void; onOk: () => void }) {
  const { t, i18n } = useTranslation();
  if (!open) return null;
  const empty = emptyOf(grid, i18n.language);
  const shown = empty.elements.slice(0, 12);
  return (
    <Modal
      open
      title={t('reporting.entry.submitTitle')}
      okText={t('reporting.entry.submit')}
      okButtonProps={{ 'data-testid': 'submit-confirm-ok' } as Record<`data-${string}`, string>}
      confirmLoading={loading}
      onCancel={onCancel}
      onOk={onOk}
    >
      <div data-testid="submit-confirm">
        <p>{t('reporting.entry.submitText')}</p>
        {empty.elements.length > 0 ? (
          <>
            <Typography.Text strong>{t('reporting.entry.submitEmptyElements', { count: empty.elements.length })}</Typography.Text>
            <ul className="rp-problems" data-testid="submit-empty">
              {shown.map((name, i) => (
                <li key={i}>{name}</li>
              ))}
              {empty.elements.length > shown.length && <li>{t('reporting.entry.submitMore', { count: empty.elements.length - shown.length })}</li>}
            </ul>
          </>
        ) : (
          <p>{t('reporting.entry.submitAllFilled')}</p>
        )}
        {empty.cells > 0 && (
          <Typography.Text type="secondary">{t('reporting.entry.submitEmptyCells', { count: empty.cells, total: empty.total })}</Typography.Text>
        )}
      </div>
    </Modal>
  );
}
