import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Space, Spin, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { exportUrl, startDownload, useExportColumns, type ExportEntity, type ExportFormat } from './exportApi.js';

interface Props {
  entity: ExportEntity;
  /** The filters of the list on screen (same names as GET /api/households or /api/persons). */
  filters: Record<string, string | undefined>;
  /** Smaller button for toolbars. */
  size?: 'small' | 'middle' | 'large';
}

interface Values {
  format: ExportFormat;
  columns: string[];
  purpose: string;
}

/** Export of the filtered list: format, columns and a stated purpose (logged), then a streamed download. */
export function ExportButton({ entity, filters, size }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const cols = useExportColumns(open);
  const all = (cols.data?.[entity] ?? []).map((c) => c.key);
  const chosen = Form.useWatch('columns', form) ?? [];

  // Every column ticked by default, once the list arrives.
  useEffect(() => {
    if (open && all.length && !form.isFieldTouched('columns')) form.setFieldValue('columns', all);
  }, [open, all.length]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = (v: Values) => {
    startDownload(exportUrl(entity, filters, v.format, v.columns, v.purpose));
    setOpen(false);
  };

  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const active = Object.entries(filters).filter(([k, v]) => v !== undefined && v !== '' && k !== 'page' && k !== 'pageSize');

  return (
    <>
      <Button icon={<DownloadOutlined />} size={size} onClick={() => setOpen(true)} data-testid={`export-${entity}`}>
        {t('registerTools.export.button')}
      </Button>
      <Modal
        open={open}
        title={t(`registerTools.export.title.${entity}`)}
        okText={t('registerTools.export.download')}
        okButtonProps={{ icon: <DownloadOutlined />, ...({ 'data-testid': 'export-submit' } as Record<string, string>) }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={640}
      >
        <Form<Values> form={form} layout="vertical" initialValues={{ format: 'xlsx', columns: all, purpose: '' }} onFinish={submit} preserve={false}>
          {active.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }} data-testid="export-filters">
              {t('registerTools.export.filtersApplied')}:{' '}
              {active
                .map(([k, v]) => `${i18n.exists(`registerTools.export.filterNames.${k}`) ? t(`registerTools.export.filterNames.${k}`) : k}: ${v}`)
                .join(' · ')}
            </Typography.Paragraph>
          )}
          <Form.Item name="format" label={t('registerTools.export.format')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'xlsx', label: 'Excel (XLSX)' },
                { value: 'csv', label: 'CSV (UTF-8)' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="columns"
            label={
              <Space>
                {t('registerTools.export.columns')}
                <Button type="link" size="small" onClick={() => form.setFieldValue('columns', all)}>
                  {t('registerTools.export.selectAll')}
                </Button>
                <Button type="link" size="small" onClick={() => form.setFieldValue('columns', [])}>
                  {t('registerTools.export.selectNone')}
                </Button>
              </Space>
            }
            rules={[{ required: true, type: 'array', min: 1, message: t('registerTools.export.columnsRequired') }]}
          >
            {cols.isLoading ? (
              <Spin size="small" />
            ) : (
              <Checkbox.Group
                data-testid="export-columns"
                style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: 4 }}
                options={(cols.data?.[entity] ?? []).map((c) => ({ value: c.key, label: c[lang] }))}
              />
            )}
          </Form.Item>
          {cols.error && <Alert type="error" showIcon message={(cols.error as Error).message} style={{ marginBottom: 12 }} />}
          <Form.Item
            name="purpose"
            label={t('registerTools.export.purpose')}
            extra={t('registerTools.export.purposeHint')}
            rules={[
              { required: true, whitespace: true, message: t('registerTools.export.purposeRequired') },
              { min: 3, max: 300, transform: (v: string) => v?.trim(), message: t('registerTools.export.purposeLength') },
            ]}
          >
            <Input.TextArea rows={2} maxLength={300} showCount placeholder={t('registerTools.export.purposePlaceholder')} data-testid="export-purpose" />
          </Form.Item>
          <Typography.Text type="secondary">{t('registerTools.export.count', { count: chosen.length, total: all.length })}</Typography.Text>
        </Form>
      </Modal>
    </>
  );
}

export default ExportButton;
