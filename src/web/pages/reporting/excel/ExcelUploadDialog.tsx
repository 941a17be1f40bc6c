import { useState } from 'react';
import { Alert, Button, Grid as AntGrid, Modal, Space, Table, Typography, Upload, type TableColumnsType, type UploadFile } from 'antd';
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, upload, type ErrorDetail } from '../../../api/client.js';
import { UploadProgress } from '../../../components/UploadProgress.js';

/** What the upload answers: counts, row errors and the address of the error report (the route declares no response schema yet). */
export interface ExcelUploadResult {
  dryRun: boolean;
  applied: boolean;
  total: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ErrorDetail[];
  errorReportUrl: string | null;
}

interface Props {
  open: boolean;
  /** The form's code and the period id: a template of another form or period is refused. */
  dataSet: string;
  period: string;
  /** Shown in the dialog: which form and period the file must be for. */
  formName: string;
  periodName: string;
  onClose: () => void;
  /** After values were saved (the caller reloads what it shows). */
  onSaved: (r: ExcelUploadResult) => void;
}

/** Upload of a filled Excel template: checked first (dry run), saved only when the whole file is good. */
export function ExcelUploadDialog({ open, dataSet, period, formName, periodName, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const screens = AntGrid.useBreakpoint();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [percent, setPercent] = useState<number | null>(null);
  const [busy, setBusy] = useState<'check' | 'save' | null>(null);
  const [checked, setChecked] = useState<ExcelUploadResult | null>(null);
  const [saved, setSaved] = useState<ExcelUploadResult | null>(null);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);

  const reset = () => {
    setFiles([]);
    setChecked(null);
    setSaved(null);
    setFailure(null);
    setPercent(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const send = async (file: File, dryRun: boolean) => {
    const fd = new FormData();
    fd.append('dataSet', dataSet);
    fd.append('period', period);
    fd.append('dryRun', String(dryRun));
    fd.append('file', file, file.name);
    setBusy(dryRun ? 'check' : 'save');
    setPercent(0);
    setFailure(null);
    try {
      const r = await upload<'/api/reporting/excel/upload', ExcelUploadResult>('/api/reporting/excel/upload', '/api/reporting/excel/upload', fd, setPercent);
      if (dryRun) setChecked(r);
      else {
        setSaved(r);
        onSaved(r);
      }
    } catch (e) {
      setFailure(e as Error);
      setChecked(null);
    } finally {
      setBusy(null);
      setPercent(null);
    }
  };

  const file = files[0]?.originFileObj as File | undefined;
  // A real upload refused meanwhile answers its row errors in the error details.
  const errors: ErrorDetail[] = checked?.errors.length ? checked.errors : failure instanceof ApiError ? failure.details.filter((d) => d.row !== undefined) : [];
  const changes = checked ? checked.created + checked.updated : 0;
  const shown = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : <Typography.Text code>{String(v)}</Typography.Text>);
  // On a phone the column, value and reason share one cell so nothing scrolls out of sight.
  const columns: TableColumnsType<ErrorDetail> = screens.sm
    ? [
        { title: t('reportingExcel.row'), dataIndex: 'row', width: 64 },
        { title: t('reportingExcel.column'), dataIndex: 'field' },
        { title: t('reportingExcel.value'), key: 'value', render: (_, r) => shown(r.value) },
        { title: t('reportingExcel.reason'), dataIndex: 'message' },
      ]
    : [
        { title: t('reportingExcel.row'), dataIndex: 'row', width: 56 },
        {
          title: t('reportingExcel.reason'),
          key: 'all',
          render: (_, r) => (
            <>
              <div>
                {r.field}: {shown(r.value)}
              </div>
              <div>{r.message}</div>
            </>
          ),
        },
      ];
  const counts = (r: ExcelUploadResult) => ({ created: r.created, updated: r.updated, unchanged: r.unchanged });
  const canSave = !!checked && !saved && checked.errors.length === 0 && changes > 0;

  return (
    <Modal
      open={open}
      title={t('reportingExcel.uploadTitle')}
      width={860}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space wrap>
          <Button onClick={close} data-testid="excel-upload-close">
            {saved ? t('reportingExcel.close') : t('common.cancel')}
          </Button>
          {!saved && (
            <Button onClick={() => file && send(file, true)} disabled={!file} loading={busy === 'check'} data-testid="excel-upload-check">
              {t('reportingExcel.check')}
            </Button>
          )}
          {!saved && (
            <Button type="primary" onClick={() => file && send(file, false)} disabled={!canSave} loading={busy === 'save'} data-testid="excel-upload-save">
              {t('reportingExcel.save')}
            </Button>
          )}
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong>{t('reportingExcel.uploadFor', { form: formName, period: periodName })}</Typography.Text>
        <Typography.Text type="secondary">{t('reportingExcel.uploadIntro')}</Typography.Text>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          beforeUpload={() => false}
          maxCount={1}
          fileList={files}
          data-testid="excel-upload-file"
          onChange={({ fileList }) => {
            const list = fileList.slice(-1);
            setFiles(list);
            setChecked(null);
            setSaved(null);
            setFailure(null);
            // Checked as soon as it is chosen: nothing is written by a check.
            const f = list[0]?.originFileObj as File | undefined;
            if (f) void send(f, true);
          }}
        >
          <Button icon={<FileExcelOutlined />}>{t('reportingExcel.choose')}</Button>
        </Upload>
        <UploadProgress percent={percent} />
        {failure && (
          <Alert
            type="error"
            showIcon
            title={failure.message}
            description={errors.length ? t('reportingExcel.checkErrors', { count: errors.length }) : undefined}
            data-testid="excel-upload-failure"
          />
        )}
        {checked && !saved && checked.errors.length === 0 && (
          <Alert
            type={changes ? 'success' : 'info'}
            showIcon
            data-testid="excel-upload-ok"
            title={changes ? t('reportingExcel.checkOk', counts(checked)) : t('reportingExcel.nothingToSave', counts(checked))}
          />
        )}
        {checked && checked.errors.length > 0 && (
          <Alert type="error" showIcon data-testid="excel-upload-errors-summary" title={t('reportingExcel.checkErrors', { count: checked.errors.length })} />
        )}
        {saved && <Alert type="success" showIcon data-testid="excel-upload-saved" title={t('reportingExcel.saved', counts(saved))} />}
        {checked?.errorReportUrl && (
          <Button icon={<DownloadOutlined />} href={checked.errorReportUrl} download data-testid="excel-error-report">
            {t('reportingExcel.errorReport')}
          </Button>
        )}
        {errors.length > 0 && (
          <Table<ErrorDetail>
            size="small"
            rowKey={(r) => `${r.row}-${r.field}-${r.code}-${String(r.value)}`}
            dataSource={errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
            scroll={screens.sm ? { x: 'max-content' } : undefined}
            data-testid="excel-upload-errors"
            columns={columns}
          />
        )}
      </Space>
    </Modal>
  );
}
