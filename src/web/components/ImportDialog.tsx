import { useState } from 'react';
import { Alert, Button, Checkbox, Modal, Space, Steps, Table, Tag, Typography, Upload, type UploadFile } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, upload } from '../api/client.js';
import type { Res } from '../api/types.js';
import { UploadProgress } from './UploadProgress.js';

/** What an import answers (dry run or real): counts, row errors, a preview of each row's fate. */
export type ImportResult = Res<'/api/villages/import', 'post'> | Res<'/api/classification-lists/{id}/import', 'post'>;
/** A row problem in an import (dry run or refused). */
type ImportRowError = { row?: number; field?: string; column?: string; value?: unknown; code?: string; message?: string; reason?: string };

const COUNT_KEYS = ['total', 'valid', 'invalid', 'created', 'updated', 'unchanged', 'skipped'];
const ACTION_COLORS = { create: 'green', update: 'blue', unchanged: 'default', error: 'red' } as const;

/** "12 thêm mới, 3 không đổi" from the numeric fields of a result. */
export function useSummary() {
  const { t } = useTranslation();
  return (r: ImportResult) =>
    Object.entries(r)
      .filter(([k, v]) => typeof v === 'number' && COUNT_KEYS.includes(k) && (v > 0 || k === 'total'))
      .sort(([a], [b]) => COUNT_KEYS.indexOf(a) - COUNT_KEYS.indexOf(b))
      .map(([k, v]) => `${v} ${t(`import.counts.${k}`)}`)
      .join(', ');
}

function rowErrorsOf(r: ImportResult | null, err: unknown): ImportRowError[] {
  if (r) return r.errors;
  if (err instanceof ApiError) return err.details.filter((d) => d.row !== undefined);
  return [];
}

interface Props {
  open: boolean;
  title: string;
  /** GET address of the template workbook, if there is one. */
  templateUrl?: string;
  /** POST address taking multipart `file`, `dryRun`, `skipInvalid`. */
  uploadPath: '/api/villages/import' | '/api/classification-lists/{id}/import';
  /** `uploadPath` with its parameters filled in. */
  uploadUrl: string;
  /** Further form fields (e.g. the commune or date). */
  fields?: Record<string, string | undefined>;
  onClose: () => void;
  onDone: (r: ImportResult) => void;
}

/** Template → upload and dry run (row errors listed) → confirm; with upload progress. */
export function ImportDialog({ open, title, templateUrl, uploadPath, uploadUrl, fields, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const summary = useSummary();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [percent, setPercent] = useState<number | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [done, setDone] = useState<ImportResult | null>(null);

  const reset = () => {
    setFiles([]);
    setChecked(null);
    setFailure(null);
    setDone(null);
    setSkipInvalid(false);
    setPercent(null);
  };

  const send = async (dryRun: boolean) => {
    const file = files[0]?.originFileObj;
    if (!file) return;
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields ?? {})) if (v) fd.append(k, v);
    fd.append('dryRun', String(dryRun));
    fd.append('skipInvalid', String(skipInvalid));
    fd.append('file', file, file.name);
    setPercent(0);
    setFailure(null);
    try {
      const r: ImportResult = await upload(uploadPath, uploadUrl, fd, setPercent);
      if (dryRun) setChecked(r);
      else {
        setDone(r);
        onDone(r);
      }
    } catch (err) {
      setFailure(err);
      if (dryRun) setChecked(null);
    } finally {
      setPercent(null);
    }
  };

  const errors = rowErrorsOf(checked ?? (done as ImportResult | null), failure);
  const step = done ? 2 : checked ? (errors.length && !skipInvalid ? 1 : 2) : files.length ? 1 : 0;
  const canConfirm = !!checked && !done && (errors.length === 0 || skipInvalid);

  return (
    <Modal
      open={open}
      title={title}
      width={820}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={
        <Space wrap>
          <Button
            onClick={() => {
              reset();
              onClose();
            }}
          >
            {done ? t('common.close') : t('common.cancel')}
          </Button>
          {!done && (
            <Button onClick={() => send(true)} disabled={!files.length} loading={percent !== null && !checked} data-testid="import-check">
              {t('import.check')}
            </Button>
          )}
          {!done && (
            <Button type="primary" onClick={() => send(false)} disabled={!canConfirm} loading={percent !== null && !!checked} data-testid="import-confirm">
              {t('import.confirm')}
            </Button>
          )}
        </Space>
      }
      destroyOnHidden
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[{ title: t('import.step1') }, { title: t('import.step2') }, { title: t('import.step3') }]}
      />
      <Space direction="vertical" style={{ width: '100%' }}>
        {templateUrl && (
          <Button icon={<DownloadOutlined />} href={templateUrl} download>
            {t('import.template')}
          </Button>
        )}
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          beforeUpload={() => false}
          maxCount={1}
          fileList={files}
          onChange={({ fileList }) => {
            setFiles(fileList.slice(-1));
            setChecked(null);
            setDone(null);
            setFailure(null);
          }}
        >
          <Button icon={<UploadOutlined />}>{t('common.chooseFile')}</Button>
        </Upload>
        <UploadProgress percent={percent} />
        {failure instanceof Error && <Alert type="error" showIcon message={failure.message} data-testid="import-error" />}
        {checked && !errors.length && <Alert type="success" showIcon message={t('import.checkOk', { summary: summary(checked) })} />}
        {errors.length > 0 && !done && (
          <>
            <Alert type="warning" showIcon message={t('import.checkErrors', { count: errors.length })} />
            <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)}>
              {t('import.skipInvalid')}
            </Checkbox>
          </>
        )}
        {done && <Alert type="success" showIcon message={t('import.imported', { summary: summary(done) })} data-testid="import-done" />}
        {(checked ?? done)?.errorReportUrl && (
          <Button icon={<DownloadOutlined />} href={String((checked ?? done)!.errorReportUrl)} download data-testid="import-error-report">
            {t('import.errorReport')}
          </Button>
        )}
        {checked && !done && !!checked.preview?.length && (
          <Table
            size="small"
            rowKey="row"
            dataSource={checked.preview}
            pagination={{ pageSize: 5, hideOnSinglePage: true, size: 'small' }}
            scroll={{ x: 'max-content' }}
            data-testid="import-preview"
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 70 },
              {
                title: t('import.action'),
                dataIndex: 'action',
                render: (a: keyof typeof ACTION_COLORS) => <Tag color={ACTION_COLORS[a]}>{t(`import.actions.${a}`)}</Tag>,
              },
              { title: t('import.content'), dataIndex: 'values', render: (v: Record<string, string>) => Object.values(v).filter(Boolean).join(' · ') },
            ]}
          />
        )}
        {errors.length > 0 && (
          <Table<ImportRowError>
            size="small"
            rowKey={(r, i) => `${r.row}-${r.column ?? r.field}-${i}`}
            dataSource={errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            data-testid="import-errors"
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 70 },
              { title: t('import.column'), render: (_, r) => r.column ?? r.field },
              {
                title: t('import.value'),
                render: (_, r) =>
                  r.value === undefined || r.value === null || r.value === '' ? '—' : <Typography.Text code>{String(r.value)}</Typography.Text>,
              },
              { title: t('import.problem'), render: (_, r) => r.reason ?? r.message ?? r.code },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
