import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { Alert, Button, Form, Input, message } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../../api/client.js';
import { AuthCard } from '../../components/AuthCard.js';
import { USERNAME } from '../../../shared/fields.js';
import { PageSpinner } from '../../components/PageSpinner.js';

interface Values {
  setupCode: string;
  username: string;
  fullName: string;
  password: string;
  confirm: string;
}

/** First run: creates the first administrator with the one-time code printed on the server console. */
export default function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const setup = useQuery({ queryKey: ['auth', 'setup'], queryFn: () => call(http.GET('/api/auth/setup')) });
  if (setup.isLoading) return <PageSpinner />;
  if (!setup.data?.open) return <Navigate to="/login" replace />;

  const submit = async ({ confirm: _c, ...v }: Values) => {
    setBusy(true);
    setError(null);
    try {
      await call(http.POST('/api/auth/setup', { body: v }), { quiet401: true });
      message.success(t('account.created'));
      await setup.refetch();
      navigate('/login', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.details.length) {
        form.setFields(err.details.filter((d) => d.field in v).map((d) => ({ name: d.field as keyof Values, errors: [d.message] })));
      }
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('account.setupTitle')} intro={t('account.setupIntro')}>
      {error && <Alert type="error" showIcon message={error} data-testid="setup-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="setupCode" label={t('account.setupCode')} extra={t('account.setupCodeHint')} rules={[{ required: true, whitespace: true }]}>
          <Input id="setupCode" autoComplete="off" placeholder="0000-0000-0000" autoFocus />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('login.username')}
          extra={t('users.usernameRule')}
          rules={[{ required: true, pattern: USERNAME, message: t('users.usernameRule') }]}
        >
          <Input id="username" autoComplete="username" />
        </Form.Item>
        <Form.Item name="fullName" label={t('account.fullName')} rules={[{ required: true, whitespace: true }]}>
          <Input id="fullName" autoComplete="name" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} extra={t('account.passwordRule')} rules={[{ required: true, min: 8 }]}>
          <Input.Password id="password" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) => (value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
            }),
          ]}
        >
          <Input.Password id="confirm" autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('account.create')}
        </Button>
      </Form>
    </AuthCard>
  );
}
