import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { fmtDateTime } from '../../lib/format.js';
import { PageTitle } from '../../components/common.js';
import { useMe } from '../../lib/session.js';

type Hook = Res<'/api/webhooks', 'get'>['items'][number];
type Delivery = Res<'/api/webhooks/deliveries', 'get'>['items'][number];
type EventType = 'report.submitted' | 'report.approved' | 'report.returned' | 'report.reopened' | 'import.finished' | 'household.changed';
const KEY = ['webhooks'];

/** "Gửi sự kiện tự động": allowed hosts, subscriptions (the signing secret shown once) and the delivery log. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const national = !me?.scope;
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [hookForm] = Form.useForm<{ name: string; url: string; events: EventType[] }>();
  const [hostForm] = Form.useForm<{ host: string; allowPrivate: boolean }>();
  const hooks = useQuery({ queryKey: [...KEY, 'list'], queryFn: () => call(http.GET('/api/webhooks')), refetchInterval: 5000 });
  const hosts = useQuery({ queryKey: [...KEY, 'hosts'], queryFn: () => call(http.GET('/api/webhooks/allowed-hosts')) });
  const log = useQuery({
    queryKey: [...KEY, 'log'],
    queryFn: () => call(http.GET('/api/webhooks/deliveries', { params: { query: { limit: 100 } } })),
    refetchInterval: 3000,
  });
  const date = (iso: string | null) => fmtDateTime(iso) || '—';
  const eventName = (e: string) => t(`webhooks.event_${e.replace('.', '_')}`);

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

  const hookName = (id: number) => hooks.data?.items.find((h) => h.id === id)?.name ?? `#${id}`;
  const statusColor = { pending: 'gold', delivered: 'green', failed: 'red' } as const;

  return (
    <>
      <PageTitle title={t('webhooks.title')} />
      <Typography.Paragraph type="secondary">{t('webhooks.intro')}</Typography.Paragraph>
      {error && (
        <Alert type="error" showIcon closable onClose={() => setError(null)} message={error} style={{ marginBottom: 12 }} data-testid="webhook-error" />
      )}

      <Card size="small" title={t('webhooks.hosts')} style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary">{t('webhooks.hostsHint')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 8 }} data-testid="webhook-hosts">
          {hosts.data?.items.map((h) => (
            <Tag
              key={h.host}
              closable={national}
              onClose={(e) => (
                e.preventDefault(),
                run(async () => void (await call(http.DELETE('/api/webhooks/allowed-hosts/{host}', { params: { path: { host: h.host } } }))))
              )}
            >
              {h.host} {h.allowPrivate && <Typography.Text type="secondary">({t('webhooks.privateTag')})</Typography.Text>}
            </Tag>
          ))}
        </Space>
        {national && (
          <Form
            form={hostForm}
            layout="inline"
            initialValues={{ allowPrivate: false }}
            onFinish={(v) =>
              run(async () => {
                await call(http.POST('/api/webhooks/allowed-hosts', { body: { host: v.host, allowPrivate: v.allowPrivate } }));
                hostForm.resetFields();
              })
            }
          >
            <Form.Item name="host" rules={[{ required: true, whitespace: true, message: t('webhooks.host') }]}>
              <Input id="webhook-host" placeholder="he-thong.tinh.gov.vn" style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="allowPrivate" valuePropName="checked">
              <Checkbox id="webhook-host-private">{t('webhooks.allowPrivate')}</Checkbox>
            </Form.Item>
            <Button htmlType="submit" loading={busy} data-testid="webhook-host-add">
              {t('webhooks.addHost')}
            </Button>
          </Form>
        )}
      </Card>

      <Card size="small" title={t('webhooks.subscriptions')} style={{ marginBottom: 12 }}>
        {secret && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="webhook-secret"
            message={t('webhooks.secretShown')}
            description={
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                  {secret}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  X-Dantoc-Signature: sha256=HMAC(secret, timestamp + "." + body) · X-Dantoc-Timestamp
                </Typography.Text>
                <Button size="small" onClick={() => setSecret(null)}>
                  {t('webhooks.secretSaved')}
                </Button>
              </Space>
            }
          />
        )}
        <Form
          form={hookForm}
          layout="vertical"
          requiredMark={false}
          initialValues={{ events: [] }}
          onFinish={(v) =>
            run(async () => {
              const res = await call(http.POST('/api/webhooks', { body: { name: v.name.trim(), url: v.url.trim(), events: v.events } }));
              setSecret(res.secret);
              hookForm.resetFields();
            })
          }
        >
          <Space wrap align="start">
            <Form.Item name="name" label={t('webhooks.name')} rules={[{ required: true, whitespace: true, message: t('webhooks.nameRequired') }]}>
              <Input id="webhook-name" maxLength={80} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="url" label={t('webhooks.url')} rules={[{ required: true, whitespace: true, message: t('webhooks.urlRequired') }]}>
              <Input id="webhook-url" maxLength={500} placeholder="https://he-thong.tinh.gov.vn/nhan-su-kien" style={{ width: 'min(420px, 80vw)' }} />
            </Form.Item>
          </Space>
          <Form.Item name="events" label={t('webhooks.events')} rules={[{ required: true, message: t('webhooks.eventsRequired') }]}>
            <Checkbox.Group options={(hooks.data?.events ?? []).map((e) => ({ value: e, label: eventName(e) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="webhook-create">
            {t('webhooks.create')}
          </Button>
        </Form>
        <List<Hook>
          style={{ marginTop: 12 }}
          size="small"
          bordered
          locale={{ emptyText: t('webhooks.empty') }}
          dataSource={hooks.data?.items ?? []}
          renderItem={(h) => (
            <List.Item
              data-testid={`webhook-${h.id}`}
              actions={[
                <Button
                  key="toggle"
                  size="small"
                  onClick={() =>
                    run(async () => void (await call(http.PATCH('/api/webhooks/{id}', { params: { path: { id: h.id } }, body: { active: !h.active } }))))
                  }
                >
                  {h.active ? t('webhooks.turnOff') : t('webhooks.turnOn')}
                </Button>,
                <Popconfirm
                  key="delete"
                  title={t('webhooks.deleteConfirm')}
                  onConfirm={() => run(async () => void (await call(http.DELETE('/api/webhooks/{id}', { params: { path: { id: h.id } } }))))}
                >
                  <Button size="small" danger>
                    {t('webhooks.delete')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {h.name}
                    <Tag color={h.active ? 'green' : 'default'}>{h.active ? t('webhooks.active') : t('webhooks.off')}</Tag>
                  </Space>
                }
                description={
                  <Space direction="vertical" size={0}>
                    <Typography.Text style={{ wordBreak: 'break-all' }}>{h.url}</Typography.Text>
                    <Typography.Text type="secondary">{h.events.map(eventName).join(', ')}</Typography.Text>
                    <Typography.Text type="secondary">{t('webhooks.counts', { delivered: h.delivered, pending: h.pending, failed: h.failed })}</Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>

      <Card
        size="small"
        title={t('webhooks.log')}
        extra={
          <Button size="small" onClick={() => log.refetch()}>
            {t('webhooks.refresh')}
          </Button>
        }
      >
        <Table<Delivery>
          size="small"
          rowKey="id"
          data-testid="webhook-log"
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('webhooks.logEmpty') }}
          dataSource={log.data?.items ?? []}
          columns={[
            { title: t('webhooks.time'), dataIndex: 'createdAt', render: date, width: 170 },
            { title: t('webhooks.name'), dataIndex: 'webhookId', render: hookName },
            { title: t('webhooks.events'), dataIndex: 'event', render: eventName },
            {
              title: t('webhooks.status'),
              dataIndex: 'status',
              render: (s: Delivery['status']) => (
                <Tag color={statusColor[s]} data-testid={`delivery-status-${s}`}>
                  {t(`webhooks.status_${s}`)}
                </Tag>
              ),
            },
            { title: t('webhooks.attempts'), dataIndex: 'attempts', width: 90 },
            { title: t('webhooks.response'), dataIndex: 'responseCode', render: (c: number | null) => c ?? '—', width: 100 },
            {
              title: t('webhooks.error'),
              key: 'error',
              render: (_: unknown, d: Delivery) => (
                <Space direction="vertical" size={0}>
                  {d.lastError && <Typography.Text type="danger">{d.lastError}</Typography.Text>}
                  {d.nextAttemptAt && d.attempts > 0 && (
                    <Typography.Text type="secondary">
                      {t('webhooks.nextAttempt')}: {date(d.nextAttemptAt)}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              key: 'retry',
              width: 100,
              render: (_: unknown, d: Delivery) =>
                d.status === 'failed' ? (
                  <Button
                    size="small"
                    onClick={() =>
                      run(async () => void (await call(http.POST('/api/webhooks/deliveries/{id}/retry', { params: { path: { id: d.id } }, body: {} }))))
                    }
                  >
                    {t('webhooks.retry')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
