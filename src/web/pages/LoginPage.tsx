import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../api/client.js';
import { fetchMe, ME_KEY, useMe } from '../lib/session.js';
import { AuthCard } from '../components/AuthCard.js';

interface Values {
  username: string;
  password: string;
}

/** Where to go after login: only paths inside this app. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);
  const setup = useQuery({ queryKey: ['auth', 'setup'], queryFn: () => call(http.GET('/api/auth/setup')), staleTime: 60_000 });

  if (me) return <Navigate to={safeNext(params.get('next'))} replace />;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'network') setError(t('common.networkError'));
      else setError(err instanceof Error ? err.message : String(err));
      if (err instanceof ApiError && err.code === 'login_challenge_expired') setChallenge(null);
    } finally {
      setBusy(false);
    }
  };

  const enter = async () => {
    const who = await fetchMe();
    qc.setQueryData(ME_KEY, who);
    navigate(safeNext(params.get('next')), { replace: true });
  };

  const submitPassword = (v: Values) =>
    run(async () => {
      const answer = await call(http.POST('/api/auth/login', { body: v }), { quiet401: true });
      if (answer.next === 'code') setChallenge(answer.challenge!);
      else await enter();
    });

  const submitCode = (v: { code: string }) =>
    run(async () => {
      await call(http.POST('/api/auth/login/code', { body: { challenge: challenge!, code: v.code.trim() } }), { quiet401: true });
      await enter();
    });

  return (
    <AuthCard title={t('app.title')} intro={t('app.subtitle')}>
      {setup.data?.open && <Alert type="info" showIcon message={t('account.setupIntro')} action={<Link to="/setup">{t('account.setupLink')}</Link>} />}
      {error && <Alert type="error" showIcon message={error} data-testid="login-error" />}
      {challenge ? (
        <Form<{ code: string }> layout="vertical" onFinish={submitCode} requiredMark={false} key="code">
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            <SafetyOutlined /> {t('account.codeTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('account.codeHint')}</Typography.Paragraph>
          <Form.Item name="code" label={t('account.code')} rules={[{ required: true, whitespace: true, message: t('account.codeRequired') }]}>
            <Input id="code" autoComplete="one-time-code" inputMode="text" autoFocus maxLength={20} size="large" style={{ letterSpacing: 4 }} />
          </Form.Item>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('account.verify')}
            </Button>
            <Button
              type="link"
              block
              onClick={() => {
                setChallenge(null);
                setError(null);
              }}
            >
              {t('account.back')}
            </Button>
          </Space>
        </Form>
      ) : (
        <Form<Values> layout="vertical" onFinish={submitPassword} requiredMark={false} autoComplete="on" key="password">
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus id="username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('login.footer')}
      </Typography.Text>
    </AuthCard>
  );
}
