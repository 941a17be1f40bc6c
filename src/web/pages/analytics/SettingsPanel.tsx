import { useEffect } from 'react';
import { App, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { useShowError } from '../../lib/errors.js';

/** The disclosure threshold of analytics (administrators who manage users). */
export function SettingsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<{ threshold: number }>();
  const catalogue = useQuery({ queryKey: ['analytics', 'catalogue'], queryFn: () => call(http.GET('/api/analytics/catalogue')) });
  useEffect(() => {
    if (catalogue.data) form.setFieldsValue({ threshold: catalogue.data.threshold });
  }, [catalogue.data, form]);
  const save = useMutation({
    mutationFn: (v: { threshold: number }) => call(http.PUT('/api/analytics/settings', { body: { threshold: v.threshold } })),
    onSuccess: async (_r, v) => {
      message.success(t('analytics.thresholdSaved', { threshold: v.threshold }));
      await qc.invalidateQueries({ queryKey: ['analytics'] });
    },
    onError: (err) => showError(err, form, ['threshold']),
  });
  return (
    <Card size="small" style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{t('analytics.settingsIntro')}</Typography.Paragraph>
      <Form form={form} layout="inline" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="threshold" label={t('analytics.threshold')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={1} max={1000} precision={0} data-testid="analytics-threshold" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="analytics-threshold-save">
            {t('common.save')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
