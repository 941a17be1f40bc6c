import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Divider, Form, Input, Space, Tag, Typography, message } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { fetchMe, ME_KEY, useMe } from '../../lib/session.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { RecoveryCodes } from './RecoveryCodes.js';
import { ApiTokens } from './ApiTokens.js';

type Enrolment = Res<'/api/auth/two-factor/setup', 'post'>;

/**
 * Two-step verification of the signed-in user: enrol (QR code, secret, confirm with a code),
 * new recovery codes, turn off (not for administrators). Administrators without it land here.
 */
export default function AccountSecurityPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data: me } = useMe();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!me) return null;
  const tf = me.twoFactor;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof ApiError || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const refresh = async () => qc.setQueryData(ME_KEY, await fetchMe());

  const start = () => run(async () => setEnrolment(await call(http.POST('/api/auth/two-factor/setup'))));
  const confirm = (v: { code: string }) =>
    run(async () => {
      const res = await call(http.POST('/api/auth/two-factor/confirm', { body: { code: v.code.trim() } }));
      setEnrolment(null);
      setCodes(res.recoveryCodes);
    });
  const renew = (v: { code: string }) =>
    run(async () => setCodes((await call(http.POST('/api/auth/two-factor/recovery-codes', { body: { code: v.code.trim() } }))).recoveryCodes));
  const disable = (v: { password: string }) =>
    run(async () => {
      await call(http.POST('/api/auth/two-factor/disable', { body: v }));
      message.success(t('account.disabled'));
      await refresh();
    });
  const logout = async () => {
    await call(http.POST('/api/auth/logout')).catch(() => undefined);
    qc.setQueryData(ME_KEY, null);
    navigate('/login', { replace: true });
  };

  return (
    <div className="login-wrap">
      <Card className="login-card account-card" variant="borderless" style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.12)', maxWidth: 560, width: '100%' }}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <Typography.Title level={4} style={{ margin: 0, flex: 1, color: '#0b6e4f' }}>
              <SafetyOutlined /> {t('account.securityTitle')}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          <Typography.Text type="secondary">
            {me.fullName} · {me.username}
          </Typography.Text>
          {tf.required && !tf.enabled && <Alert type="warning" showIcon message={t('account.required')} data-testid="two-factor-required" />}
          <div>
            <Tag color={tf.enabled ? 'green' : 'default'} data-testid="two-factor-status">
              {tf.enabled ? t('account.statusOn') : t('account.statusOff')}
            </Tag>
            {tf.enabled && <Typography.Text type="secondary">{t('account.codesLeft', { count: tf.recoveryCodesLeft })}</Typography.Text>}
          </div>
          {error && <Alert type="error" showIcon message={error} data-testid="account-error" />}

          {codes ? (
            <RecoveryCodes
              codes={codes}
              onDone={() => {
                setCodes(null);
                const next = params.get('next');
                void refresh().then(() => navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true }));
              }}
            />
          ) : enrolment ? (
            <Form<{ code: string }> layout="vertical" onFinish={confirm} requiredMark={false}>
              <Typography.Paragraph>{t('account.step1')}</Typography.Paragraph>
              <div style={{ textAlign: 'center' }}>
                <img src={enrolment.qr} alt="QR" width={200} height={200} data-testid="totp-qr" />
              </div>
              <Typography.Paragraph>
                {t('account.secret')}:{' '}
                <Typography.Text code copyable data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
                  {enrolment.secret}
                </Typography.Text>
              </Typography.Paragraph>
              <Form.Item name="code" label={t('account.step2')} rules={[{ required: true, whitespace: true, message: t('account.codeRequired') }]}>
                <Input
                  id="enrol-code"
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  maxLength={6}
                  size="large"
                  style={{ letterSpacing: 4, maxWidth: 200 }}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('account.confirm')}
              </Button>
            </Form>
          ) : !tf.enabled ? (
            <Button type="primary" size="large" onClick={() => void start()} loading={busy} data-testid="two-factor-enable">
              {t('account.enable')}
            </Button>
          ) : (
            <>
              <Form<{ code: string }> layout="vertical" onFinish={renew} requiredMark={false}>
                <Form.Item name="code" label={t('account.renewHint')} rules={[{ required: true, whitespace: true, message: t('account.codeRequired') }]}>
                  <Input autoComplete="one-time-code" maxLength={6} style={{ maxWidth: 200 }} />
                </Form.Item>
                <Button onClick={undefined} htmlType="submit" loading={busy}>
                  {t('account.renew')}
                </Button>
              </Form>
              {!tf.required && (
                <>
                  <Divider style={{ margin: '8px 0' }} />
                  <Form<{ password: string }> layout="vertical" onFinish={disable} requiredMark={false}>
                    <Form.Item name="password" label={t('account.disableHint')} rules={[{ required: true }]}>
                      <Input.Password autoComplete="current-password" style={{ maxWidth: 280 }} />
                    </Form.Item>
                    <Button danger htmlType="submit" loading={busy}>
                      {t('account.disable')}
                    </Button>
                  </Form>
                </>
              )}
            </>
          )}
          {!codes && !enrolment && (tf.enabled || !tf.required) && (
            <>
              <Divider style={{ margin: '8px 0' }} />
              <ApiTokens />
            </>
          )}
          <Space wrap>
            {tf.enabled || !tf.required ? <Link to="/">{t('account.toApp')}</Link> : null}
            <Button type="link" onClick={() => void logout()} style={{ paddingInline: 0 }}>
              {t('account.logout')}
            </Button>
          </Space>
        </Space>
      </Card>
    </div>
  );
}
