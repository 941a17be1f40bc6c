import { App, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { useShowError } from '../../lib/errors.js';

/** Soft deletion with a stated reason (household or person). */
export function DeleteDialog({
  title,
  hint,
  entity,
  id,
  done,
  onClose,
}: {
  title: string;
  hint: string;
  entity: 'households' | 'persons';
  id: number;
  done: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const del = useMutation({
    mutationFn: (v: { reason: string }) => {
      const params = { path: { id }, query: { reason: v.reason.trim() } };
      return call(entity === 'households' ? http.DELETE('/api/households/{id}', { params }) : http.DELETE('/api/persons/{id}', { params }));
    },
    onSuccess: async () => {
      message.success(done);
      await qc.invalidateQueries({ queryKey: ['households'] });
      await qc.invalidateQueries({ queryKey: ['persons'] });
      onClose();
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('register.household.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={del.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => del.mutate(v)}>
        <Form.Item
          name="reason"
          label={t('register.household.reason')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('register.form.required') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
