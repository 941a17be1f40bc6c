import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client.js';
import { fetchMe, ME_KEY, useMe } from '../lib/session.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';

interface Values {
  username: string;
  password: string;
}

/** Where to go after login: only paths inside this app. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const [error, setError] = useState<string | null>(null);
  const [lockedFor, setLockedFor] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (lockedFor <= 0) return;
    const timer = setTimeout(() => setLockedFor((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [lockedFor]);

  if (me) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await api('/auth/login', { method: 'POST', body: v, quiet401: true });
      const who = await fetchMe();
      qc.setQueryData(ME_KEY, who);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'account_locked') {
        const seconds = Number(/(\d+)/.exec(err.message)?.[1] ?? 60);
        setLockedFor(seconds);
        setError(null);
      } else if (err instanceof ApiError && err.code === 'network') {
        setError(t('common.networkError'));
      } else {
        setError(err instanceof Error ? err.message : String(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-wrap">
      <Card className="login-card" variant="borderless" style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.12)' }}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <Typography.Title level={4} style={{ margin: 0, flex: 1, color: '#0b6e4f' }}>
              {t('app.title')}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
          {error && <Alert type="error" showIcon message={error} data-testid="login-error" />}
          {lockedFor > 0 && <Alert type="warning" showIcon message={t('login.locked', { seconds: lockedFor })} data-testid="login-locked" />}
          <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus id="username" />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} disabled={lockedFor > 0}>
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('login.footer')}
          </Typography.Text>
        </Space>
      </Card>
    </div>
  );
}
