import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Input, List, Modal, Space, Tag } from 'antd';
import { CheckCircleOutlined, CloudSyncOutlined, RollbackOutlined, SendOutlined, SafetyOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http, ApiError } from '../../api/client.js';
import { useShowError } from '../../lib/errors.js';
import { reportParams, reportPath, type Grid, type Violation } from './api.js';

interface Props {
  grid: Grid;
  path: string;
  /** Saves still waiting: submit waits for them. */
  pending: number;
  flush: () => Promise<void>;
  refresh: () => void;
  /** More buttons at the end of the row (the Excel menu). */
  extra?: ReactNode;
}

type Decision = 'return' | 'reopen' | null;

/** Validation, submit and the approver's decisions for one report. */
export function EntryActions({ grid, path, pending, flush, refresh, extra }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [violations, setViolations] = useState<Violation[] | null>(null);
  const [decision, setDecision] = useState<Decision>(null);
  const [reason, setReason] = useState('');

  const validate = useMutation({
    mutationFn: async () => {
      await flush();
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
      setReason('');
      refresh();
      void qc.invalidateQueries({ queryKey: ['data-entry', 'completeness'] });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'report_has_errors') {
        setViolations(
          e.details.map((d, i) => ({
            ruleId: i,
            code: d.code,
            name: '',
            importance: 'high',
            blocking: true,
            message: d.message,
            left: null,
            right: null,
            operator: '',
          })),
        );
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
            loading={step.isPending && step.variables?.action === 'submit'}
            disabled={pending > 0}
            data-testid="submit"
            onClick={async () => {
              await flush();
              step.mutate({ action: 'submit' });
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
                <List.Item style={{ paddingInline: 0 }}>
                  <Space wrap size={4}>
                    <Tag color={v.blocking ? 'red' : 'orange'}>{v.blocking ? t('reporting.entry.error') : t('reporting.entry.warning')}</Tag>
                    <span data-testid="violation-message">{v.message}</span>
                    {v.left !== null && v.right !== null && (
                      <span style={{ color: '#888' }}>
                        ({v.left} {v.operator} {v.right})
                      </span>
                    )}
                  </Space>
                </List.Item>
              )}
            />
          }
        />
      )}
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
