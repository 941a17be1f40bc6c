import { useState } from 'react';
import { App, Button, Checkbox, Dropdown, Modal, Select, Space, Typography, type MenuProps } from 'antd';
import { DownOutlined, DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { qs } from '../../../api/client.js';
import { useShowError } from '../../../lib/errors.js';
import { useCan } from '../../../lib/session.js';
import type { CompletenessItem } from '../api.js';
import { downloadFile } from './download.js';
import { ExcelUploadDialog } from './ExcelUploadDialog.js';

/** The server's limit of units in one template. */
const MAX_UNITS = 200;

interface Props {
  dataSet: string;
  period: string;
  formName: string;
  periodName: string;
  /** The units that must report, in the caller's area. */
  items: CompletenessItem[];
  onSaved: () => void;
}

/** Excel on the completeness page: one template for several units (or all), and the upload of a filled one. */
export function CompletenessExcel({ dataSet, period, formName, periodName, items, onSaved }: Props) {
  const { t } = useTranslation();
  const canEnter = useCan('enter_data');
  const [picking, setPicking] = useState(false);
  const [uploading, setUploading] = useState(false);
  const menu: MenuProps['items'] = [
    { key: 'many', icon: <DownloadOutlined />, label: <span data-testid="excel-many">{t('reportingExcel.many')}</span>, onClick: () => setPicking(true) },
    ...(canEnter
      ? [
          {
            key: 'upload',
            icon: <UploadOutlined />,
            label: <span data-testid="excel-upload">{t('reportingExcel.upload')}</span>,
            onClick: () => setUploading(true),
          },
        ]
      : []),
  ];
  return (
    <>
      <Dropdown menu={{ items: menu }} trigger={['click']}>
        <Button icon={<FileExcelOutlined />} data-testid="excel-menu">
          {t('reportingExcel.menu')} <DownOutlined />
        </Button>
      </Dropdown>
      <ManyTemplateDialog
        open={picking}
        onClose={() => setPicking(false)}
        dataSet={dataSet}
        period={period}
        formName={formName}
        periodName={periodName}
        items={items}
      />
      <ExcelUploadDialog
        open={uploading}
        dataSet={dataSet}
        period={period}
        formName={formName}
        periodName={periodName}
        onClose={() => setUploading(false)}
        onSaved={onSaved}
      />
    </>
  );
}

function ManyTemplateDialog({ open, onClose, dataSet, period, formName, periodName, items }: Omit<Props, 'onSaved'> & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [all, setAll] = useState(true);
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const codes = all ? items.map((i) => i.unit.code) : picked;
  const tooMany = codes.length > MAX_UNITS;

  const download = async () => {
    setBusy(true);
    try {
      const name = await downloadFile(`/reporting/excel/template${qs({ dataSet, period, units: codes.join(',') })}`, `mau-nhap-${dataSet}-${period}.xlsx`);
      message.success(t('reportingExcel.downloaded', { name }));
      onClose();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('reportingExcel.manyTitle')}
      onCancel={onClose}
      okText={t('reportingExcel.manyDownload')}
      okButtonProps={{
        disabled: !codes.length || tooMany,
        icon: <DownloadOutlined />,
        ...({ 'data-testid': 'excel-many-download' } as Record<string, string>),
      }}
      confirmLoading={busy}
      onOk={download}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong>{t('reportingExcel.manyIntro', { form: formName, period: periodName })}</Typography.Text>
        <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="excel-many-all">
          {t('reportingExcel.manyAll', { count: items.length })}
        </Checkbox>
        {!all && (
          <Select
            mode="multiple"
            allowClear
            style={{ width: '100%' }}
            placeholder={t('reportingExcel.manyPick')}
            value={picked}
            onChange={setPicked}
            showSearch={{ optionFilterProp: 'label' }}
            maxTagCount="responsive"
            data-testid="excel-many-units"
            options={items.map((i) => ({ value: i.unit.code, label: `${i.unit.name} (${i.unit.code})` }))}
          />
        )}
        <Typography.Text type={tooMany ? 'danger' : 'secondary'} data-testid="excel-many-count">
          {tooMany ? t('reportingExcel.manyTooMany', { max: MAX_UNITS }) : t('reportingExcel.manyCount', { count: codes.length })}
        </Typography.Text>
      </Space>
    </Modal>
  );
}
