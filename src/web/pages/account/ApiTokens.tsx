import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { ApiOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { fmtDateTime } from '../../lib/format.js';

type Token = Res<'/api/auth/tokens', 'get'>['items'][number];
const AREAS = ['register', 'reporting', 'dhis2', 'reference', 'admin'] as const;
type Area = (typeof AREAS)[number];
const KEY = ['auth', 'tokens'];

interface NewToken {
  name: string;
  areas: Area[];
  write: boolean;
  days: number;
}

/**
 * "Khóa truy cập API": the user's personal access tokens for scripts and other systems. A new
 * token's secret is shown once; tokens are listed with their areas, expiry and last use, and revoked here.
 */
export function ApiTokens() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<NewToken>();
  const { data } = useQuery({ queryKey: KEY, queryFn: () => call(http.GET('/api/auth/tokens')) });
  const date = (iso: string | null) => fmtDateTime(iso) || '—';

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await qc.invalidateQueries({ queryKey: KEY });
    } catch (err) {
      setError(err instanceof ApiError || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const create = (v: NewToken) =>
    run(async () => {
      const access = v.write ? ('write' as const) : ('read' as const);
      const res = await call(
        http.POST('/api/auth/tokens', { body: { name: v.name.trim(), scopes: v.areas.map((area) => ({ area, access })), expiresInDays: v.days } }),
      );
      setSecret(res.secret);
      form.resetFields();
    });
  const revoke = (id: number) =>
    run(async () => {
      await call(http.POST('/api/auth/tokens/{id}/revoke', { params: { path: { id } } }));
    });

  const scopeText = (s: string) => {
    const [area, access] = s.split(':');
    return `${t(`account.tokenArea_${area}`)} (${t(access === 'write' ? 'account.tokenWrite' : 'account.tokenRead')})`;
  };

  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }} data-testid="api-tokens">
      <Typography.Title level={5} style={{ margin: 0 }}>
        <ApiOutlined /> {t('account.tokensTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('account.tokensHint')}</Typography.Text>
      {error && <Alert type="error" showIcon message={error} data-testid="token-error" />}
      {secret && (
        <Alert
          type="success"
          showIcon
          data-testid="token-secret"
          message={t('account.tokenShownOnce')}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="token-secret-value">
                {secret}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                curl -H "Authorization: ApiToken …" {window.location.origin}/api/auth/me
              </Typography.Text>
              <Button size="small" onClick={() => setSecret(null)} data-testid="token-secret-done">
                {t('account.tokenSaved')}
              </Button>
            </Space>
          }
        />
      )}
      <Form<NewToken> form={form} layout="vertical" onFinish={create} requiredMark={false} initialValues={{ areas: [], write: false, days: 90 }}>
        <Form.Item name="name" label={t('account.tokenName')} rules={[{ required: true, whitespace: true, message: t('account.tokenNameRequired') }]}>
          <Input id="token-name" maxLength={80} placeholder={t('account.tokenNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="areas" label={t('account.tokenAreas')} rules={[{ required: true, message: t('account.tokenAreasRequired') }]}>
          <Checkbox.Group options={AREAS.map((a) => ({ value: a, label: t(`account.tokenArea_${a}`) }))} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="days" label={t('account.tokenExpiry')}>
            <Select
              style={{ width: 160 }}
              options={[30, 90, 180, 366].map((d) => ({ value: d, label: d === 366 ? t('account.tokenOneYear') : t('account.tokenDays', { count: d }) }))}
            />
          </Form.Item>
          <Form.Item name="write" valuePropName="checked" label=" ">
            <Checkbox>{t('account.tokenAllowWrite')}</Checkbox>
          </Form.Item>
        </Space>
        <Button htmlType="submit" loading={busy} data-testid="token-create">
          {t('account.tokenCreate')}
        </Button>
      </Form>
      <List<Token>
        size="small"
        bordered
        locale={{ emptyText: t('account.tokensEmpty') }}
        dataSource={data?.items ?? []}
        renderItem={(tok) => (
          <List.Item
            data-testid={`token-${tok.name}`}
            actions={
              tok.status === 'active'
                ? [
                    <Popconfirm key="revoke" title={t('account.tokenRevokeConfirm')} onConfirm={() => void revoke(tok.id)} okText={t('account.tokenRevoke')}>
                      <Button size="small" danger data-testid="token-revoke">
                        {t('account.tokenRevoke')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
              <Space wrap size={4}>
                <Typography.Text strong>{tok.name}</Typography.Text>
                <Typography.Text code>{tok.prefix}…</Typography.Text>
                <Tag color={tok.status === 'active' ? 'green' : tok.status === 'revoked' ? 'red' : 'default'} data-testid="token-status">
                  {t(`account.tokenStatus_${tok.status}`)}
                </Tag>
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {tok.scopes.map(scopeText).join(', ')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('account.tokenExpires')}: {date(tok.expiresAt)} · {t('account.tokenLastUsed')}:{' '}
                {tok.lastUsedAt ? `${date(tok.lastUsedAt)} (${tok.lastUsedIp ?? ''})` : t('account.tokenNeverUsed')}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
