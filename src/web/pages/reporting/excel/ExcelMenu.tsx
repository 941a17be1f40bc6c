import { useState } from 'react';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { DownOutlined, FileExcelOutlined, PrinterOutlined, UploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { qs } from '../../../api/client.js';
import { useShowError } from '../../../lib/errors.js';
import type { Grid } from '../api.js';
import { downloadFile } from './download.js';
import { ExcelUploadDialog, type ExcelUploadResult } from './ExcelUploadDialog.js';

interface Props {
  grid: Grid;
  /** The period as named on the page. */
  periodName: string;
  /** After an upload saved values: reload the grid. */
  onSaved: (r: ExcelUploadResult) => void;
}

/** The "Excel" menu of one report: its template, an upload of the filled template, the print-ready report. */
export function ExcelMenu({ grid, periodName, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const form = grid.dataSet.code;
  const period = grid.period.id;
  const unit = grid.unit.code;
  const formName = i18n.language === 'en' && grid.dataSet.nameEn ? grid.dataSet.nameEn : grid.dataSet.name;

  const get = async (path: string, fallback: string) => {
    setBusy(true);
    try {
      const name = await downloadFile(path, fallback);
      message.success(t('reportingExcel.downloaded', { name }));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const items: MenuProps['items'] = [
    {
      key: 'template',
      icon: <DownloadOutlined />,
      label: <span data-testid="excel-template">{t('reportingExcel.template')}</span>,
      title: t('reportingExcel.templateHint'),
      onClick: () => get(`/reporting/excel/template${qs({ dataSet: form, period, units: unit })}`, `mau-nhap-${form}-${period}.xlsx`),
    },
    {
      key: 'upload',
      icon: <UploadOutlined />,
      disabled: !grid.canEdit,
      label: <span data-testid="excel-upload">{t('reportingExcel.upload')}</span>,
      title: grid.canEdit ? t('reportingExcel.uploadHint') : t('reportingExcel.uploadLocked'),
      onClick: () => setUploading(true),
    },
    { type: 'divider' },
    {
      key: 'report',
      icon: <PrinterOutlined />,
      label: <span data-testid="excel-report">{t('reportingExcel.report')}</span>,
      title: t('reportingExcel.reportHint'),
      onClick: () => get(`/reporting/excel/report${qs({ dataSet: form, period, unit })}`, `bao-cao-${form}-${unit}-${period}.xlsx`),
    },
  ];

  return (
    <>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button icon={<FileExcelOutlined />} loading={busy} data-testid="excel-menu">
          {t('reportingExcel.menu')} <DownOutlined />
        </Button>
      </Dropdown>
      <ExcelUploadDialog
        open={uploading}
        dataSet={form}
        period={period}
        formName={formName}
        periodName={periodName}
        onClose={() => setUploading(false)}
        onSaved={onSaved}
      />
    </>
  );
}
