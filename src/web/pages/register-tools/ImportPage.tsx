import { useEffect, useState } from 'react';
import { Alert, Button, Card, Space, Switch, Tooltip, Typography, Upload, type UploadFile } from 'antd';
import { CheckCircleOutlined, CloudUploadOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/common.js';
import { UploadProgress } from '../../components/UploadProgress.js';
import { useShowError } from '../../lib/errors.js';
import { isRunning, startImport, templateUrl, useImportJob } from './importApi.js';
import { ImportResult } from './ImportResult.js';
import { RecentImports } from './RecentImports.js';

const fileKey = (f: File) => `${f.name}|${f.size}|${f.lastModified}`;

/** Households and members from a spreadsheet: template, dry run, then the real import, followed while it runs. */
export default function ImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const showError = useShowError();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [onlyValid, setOnlyValid] = useState(false);
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const [currentId, setCurrentId] = useState<number | string | null>(null);
  const [dryRunOf, setDryRunOf] = useState<{ key: string; id: number | string; errorCount?: number } | null>(null);
  const job = useImportJob(currentId);
  const current = job.data;
  const file = files[0]?.originFileObj as File | undefined;
  const busy = uploadPercent !== null || isRunning(current?.status);

  // Once a job ends, the list of recent imports shows it too.
  useEffect(() => {
    if (current && !isRunning(current.status)) void qc.invalidateQueries({ queryKey: ['register', 'imports', 'list'] });
  }, [current?.status, current?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  // The dry run's verdict on the chosen file decides whether it may be imported.
  useEffect(() => {
    if (current && dryRunOf && String(dryRunOf.id) === String(current.id) && current.status === 'done')
      setDryRunOf({ ...dryRunOf, errorCount: current.errorCount });
  }, [current?.status, current?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const sameFile = !!file && dryRunOf?.key === fileKey(file);
  const verdict = sameFile ? dryRunOf?.errorCount : undefined;
  const canImport = !busy && verdict !== undefined && (verdict === 0 || onlyValid);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setUploadPercent(0);
    try {
      const r = await startImport(file, dryRun, onlyValid, setUploadPercent);
      setCurrentId(r.id);
      if (dryRun) setDryRunOf({ key: fileKey(file), id: r.id });
      void qc.invalidateQueries({ queryKey: ['register', 'imports', 'list'] });
    } catch (err) {
      showError(err);
    } finally {
      setUploadPercent(null);
    }
  };

  const importHint = !file
    ? t('registerTools.import.chooseFirst')
    : !sameFile
      ? t('registerTools.import.checkFirst')
      : verdict && !onlyValid
        ? t('registerTools.import.fixOrOnlyValid')
        : undefined;

  return (
    <>
      <PageTitle title={t('registerTools.import.title')} />
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small" title={t('registerTools.import.step1')}>
          <Typography.Paragraph type="secondary">{t('registerTools.import.templateHint')}</Typography.Paragraph>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={templateUrl('xlsx')} download data-testid="template-xlsx">
              {t('registerTools.import.templateXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} href={templateUrl('csv')} download data-testid="template-csv">
              {t('registerTools.import.templateCsv')}
            </Button>
          </Space>
        </Card>
        <Card size="small" title={t('registerTools.import.step2')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <div data-testid="import-file">
              <Upload
                accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                beforeUpload={() => false}
                maxCount={1}
                fileList={files}
                onChange={({ fileList }) => setFiles(fileList.slice(-1))}
              >
                <Button icon={<UploadOutlined />}>{t('common.chooseFile')}</Button>
              </Upload>
            </div>
            <Typography.Text type="secondary">{t('registerTools.import.fileHint')}</Typography.Text>
            <Space wrap align="center">
              <Switch checked={onlyValid} onChange={setOnlyValid} data-testid="import-only-valid" id="only-valid" />
              <label htmlFor="only-valid">{t('registerTools.import.onlyValid')}</label>
            </Space>
            <Space wrap>
              <Button icon={<CheckCircleOutlined />} onClick={() => void send(true)} disabled={!file || busy} data-testid="import-dry-run">
                {t('registerTools.import.dryRun')}
              </Button>
              <Tooltip title={canImport ? undefined : importHint}>
                <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => void send(false)} disabled={!canImport} data-testid="import-apply">
                  {t('registerTools.import.apply')}
                </Button>
              </Tooltip>
            </Space>
            {importHint && file && !busy && <Alert type="info" showIcon message={importHint} data-testid="import-hint" />}
            <UploadProgress percent={uploadPercent} />
          </Space>
        </Card>
        {job.error && <Alert type="error" showIcon message={(job.error as Error).message} />}
        {current ? <ImportResult job={current} /> : currentId !== null && !job.error && <UploadProgress percent={100} />}
        <RecentImports onOpen={setCurrentId} currentId={currentId} anyRunning={isRunning(current?.status)} />
      </Space>
    </>
  );
}
