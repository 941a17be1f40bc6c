import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Empty, Form, Input, InputNumber, Modal, Select, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Item, Unit } from '../../api/types.js';
import { IsoDatePicker, PageTitle } from '../../components/common.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useShowError } from '../../lib/errors.js';
import { fmtDate, fmtDateTime } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';
import { todayVN } from '../../../shared/dates.js';
import { downloadFile } from '../reporting/excel/download.js';

type DataRequest = Item<'/api/data-requests'>;
type Field = Item<'/api/data-requests/fields'>;

const STATUS_COLORS: Record<string, string> = { pending: 'gold', approved: 'green', refused: 'red', revoked: 'volcano', expired: 'default' };

function useFields() {
  return useQuery({ queryKey: ['data-request-fields'], queryFn: () => call(http.GET('/api/data-requests/fields')), staleTime: 600_000 });
}

/** Field keys as their names in the interface's language. */
function useFieldName() {
  const { i18n } = useTranslation();
  const fields = useFields().data?.items ?? [];
  return (key: string) => {
    const f = fields.find((x) => x.key === key);
    return f ? (i18n.language === 'en' ? f.en : f.vi) : key;
  };
}

/** The form another agency or a researcher fills to ask for data. */
function NewRequestDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const fields = useFields().data?.items ?? [];
  const [unit, setUnit] = useState<Unit | undefined>();
  const identities = Form.useWatch('identities', form) as boolean | undefined;
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      call(
        http.POST('/api/data-requests', {
          body: {
            organisation: String(v.organisation ?? ''),
            title: String(v.title ?? ''),
            fields: (v.fields as string[]) ?? [],
            identities: !!v.identities,
            areaCode: unit?.code ?? '',
            periodFrom: String(v.periodFrom ?? ''),
            periodTo: String(v.periodTo ?? ''),
            purpose: String(v.purpose ?? ''),
            legalBasis: String(v.legalBasis ?? ''),
            retentionDays: Number(v.retentionDays),
            accessKind: v.accessKind as 'extract',
            accessDays: Number(v.accessDays),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('dataUse.sent'));
      void qc.invalidateQueries({ queryKey: ['data-requests'] });
      form.resetFields();
      onClose();
    },
    onError: (e) => showError(e, form),
  });
  const label = (f: Field) => (i18n.language === 'en' ? f.en : f.vi);
  return (
    <Modal
      open={open}
      title={t('dataUse.newRequest')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('dataUse.send')}
      confirmLoading={save.isPending}
      width={720}
      okButtonProps={{ 'data-testid': 'request-send' } as Record<string, string>}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ accessKind: 'extract', accessDays: 30, retentionDays: 365, identities: false, fields: [] }}
      >
        <Form.Item name="organisation" label={t('dataUse.organisation')} required>
          <Input id="dr-organisation" maxLength={200} />
        </Form.Item>
        <Form.Item name="title" label={t('dataUse.requestTitle')} required>
          <Input id="dr-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="identities" valuePropName="checked" extra={t('dataUse.identitiesHint')}>
          <Checkbox data-testid="dr-identities">{t('dataUse.identities')}</Checkbox>
        </Form.Item>
        <Form.Item name="fields" label={t('dataUse.fields')} required>
          <Checkbox.Group data-testid="dr-fields" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 4 }}>
            {fields.map((f) => (
              <Checkbox key={f.key} value={f.key} disabled={f.identifying && !identities} data-testid={`dr-field-${f.key}`}>
                {label(f)}
                {f.identifying && <Typography.Text type="secondary"> ({t('dataUse.identifying')})</Typography.Text>}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item label={t('dataUse.area')} required name="areaCode">
          <UnitPicker date={todayVN()} value={unit} onChange={setUnit} id="dr-area" data-testid="dr-area" style={{ width: '100%' }} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="periodFrom" label={`${t('dataUse.period')}: ${t('common.from')}`} required>
            <IsoDatePicker id="dr-from" />
          </Form.Item>
          <Form.Item name="periodTo" label={t('common.to')} required>
            <IsoDatePicker id="dr-to" />
          </Form.Item>
        </Space>
        <Form.Item name="purpose" label={t('dataUse.purpose')} required>
          <Input.TextArea id="dr-purpose" rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('dataUse.legalBasis')} required>
          <Input.TextArea id="dr-legal" rows={2} maxLength={1000} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="accessKind" label={t('dataUse.accessKind')}>
            <Select
              style={{ minWidth: 240 }}
              data-testid="dr-kind"
              options={(['extract', 'token', 'both'] as const).map((k) => ({ value: k, label: t(`dataUse.kind_${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="accessDays" label={t('dataUse.accessDays')}>
            <InputNumber id="dr-days" min={1} max={366} />
          </Form.Item>
          <Form.Item name="retentionDays" label={t('dataUse.retentionDays')}>
            <InputNumber id="dr-retention" min={1} max={3660} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

type Decision = 'approve' | 'refuse' | 'revoke';

/** Approve (possibly fewer fields, fewer days, no identities), refuse or revoke, always with a reason. */
function DecisionDialog({ request, kind, onClose }: { request: DataRequest; kind: Decision; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const fieldName = useFieldName();
  const save = useMutation({
    mutationFn: (v: { reason: string; fields?: string[]; identities?: boolean; accessDays?: number }) => {
      const params = { path: { id: request.id } };
      if (kind === 'approve')
        return call(
          http.POST('/api/data-requests/{id}/approve', {
            params,
            body: { reason: v.reason ?? '', fields: v.fields, identities: request.identities ? !!v.identities : undefined, accessDays: v.accessDays },
          }),
        );
      if (kind === 'refuse') return call(http.POST('/api/data-requests/{id}/refuse', { params, body: { reason: v.reason ?? '' } }));
      return call(http.POST('/api/data-requests/{id}/revoke', { params, body: { reason: v.reason ?? '' } }));
    },
    onSuccess: () => {
      message.success(t('dataUse.done'));
      void qc.invalidateQueries({ queryKey: ['data-requests'] });
      onClose();
    },
    onError: (e) => showError(e, form),
  });
  return (
    <Modal
      open
      title={t(`dataUse.${kind}Title`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(`dataUse.${kind}`)}
      okButtonProps={{ danger: kind !== 'approve', 'data-testid': 'decision-ok' } as { danger: boolean }}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ fields: request.fields, identities: request.identities, accessDays: request.accessDays }}
      >
        {kind === 'approve' && (
          <>
            <Form.Item name="fields" label={t('dataUse.approvedFields')}>
              <Checkbox.Group data-testid="decision-fields" style={{ display: 'grid', gap: 4 }}>
                {request.fields.map((f) => (
                  <Checkbox key={f} value={f} data-testid={`decision-field-${f}`}>
                    {fieldName(f)}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            {request.identities && (
              <Form.Item name="identities" valuePropName="checked">
                <Checkbox>{t('dataUse.grantIdentities')}</Checkbox>
              </Form.Item>
            )}
            <Form.Item name="accessDays" label={t('dataUse.accessDays')}>
              <InputNumber min={1} max={request.accessDays} />
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label={t('dataUse.reason')} required>
          <Input.TextArea id="decision-reason" rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The request's token, shown once. */
function TokenDialog({ request, secret, onClose }: { request: DataRequest; secret: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('dataUse.tokenTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="token-saved">
          {t('dataUse.tokenSaved')}
        </Button>
      }
    >
      <Alert type="warning" showIcon message={t('dataUse.tokenOnce')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph copyable={{ text: secret }} code data-testid="request-token-secret" style={{ wordBreak: 'break-all' }}>
        {secret}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('dataUse.tokenUse')} <Typography.Text code>{`/api/data-requests/${request.id}/rows`}</Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}

function RequestCard({ r, onDecide, onToken }: { r: DataRequest; onDecide: (k: Decision) => void; onToken: (secret: string) => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const mine = r.requester?.id === me?.id;
  const { message } = App.useApp();
  const showError = useShowError();
  const fieldName = useFieldName();
  const qc = useQueryClient();
  const download = async (format: 'csv' | 'xlsx') => {
    try {
      const name = await downloadFile(`/data-requests/${r.id}/extract?format=${format}`, `yeu-cau-du-lieu-${r.id}.${format}`);
      message.success(t('dataUse.downloaded', { name }));
    } catch (e) {
      showError(e);
      void qc.invalidateQueries({ queryKey: ['data-requests'] });
    }
  };
  const issue = useMutation({
    mutationFn: () => call(http.POST('/api/data-requests/{id}/token', { params: { path: { id: r.id } }, body: {} })),
    onSuccess: (res) => {
      onToken(res.secret);
      void qc.invalidateQueries({ queryKey: ['data-requests'] });
    },
    onError: (e) => showError(e),
  });
  const user = (u: DataRequest['requester']) => (u ? (u.fullName ?? u.username ?? '') : '—');
  return (
    <Card
      size="small"
      data-testid={`request-${r.id}`}
      title={
        <Space wrap size={4}>
          <span>#{r.id}</span>
          <span style={{ whiteSpace: 'normal' }}>{r.title}</span>
        </Space>
      }
      extra={
        <Tag color={STATUS_COLORS[r.status]} data-testid="request-status">
          {t(`dataUse.status_${r.status}`)}
        </Tag>
      }
      style={{ marginBottom: 12 }}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }}>
        <Descriptions.Item label={t('dataUse.organisation')}>{r.organisation}</Descriptions.Item>
        <Descriptions.Item label={t('dataUse.requester')}>{user(r.requester)}</Descriptions.Item>
        <Descriptions.Item label={t('dataUse.area')}>
          {r.area.name} ({r.area.code})
        </Descriptions.Item>
        <Descriptions.Item label={t('dataUse.period')}>
          {fmtDate(r.periodFrom)} – {fmtDate(r.periodTo)}
        </Descriptions.Item>
        <Descriptions.Item label={t('dataUse.fields')} span={2}>
          {r.fields.map(fieldName).join(', ')} · {r.identities ? t('dataUse.identified') : t('dataUse.pseudonymous')}
        </Descriptions.Item>
        <Descriptions.Item label={t('dataUse.purpose')} span={2}>
          {r.purpose}
        </Descriptions.Item>
        <Descriptions.Item label={t('dataUse.legalBasis')} span={2}>
          {r.legalBasis}
        </Descriptions.Item>
        <Descriptions.Item label={t('dataUse.accessKind')}>
          {t(`dataUse.kind_${r.accessKind}`)}, {t('dataUse.days', { n: r.accessDays })}
        </Descriptions.Item>
        <Descriptions.Item label={t('dataUse.createdAt')}>{fmtDateTime(r.createdAt)}</Descriptions.Item>
        {r.decidedAt && (
          <Descriptions.Item label={t('dataUse.decision')} span={2}>
            <span data-testid="request-decision">
              {user(r.decidedBy)}, {fmtDateTime(r.decidedAt)}: {r.decisionReason}
            </span>
          </Descriptions.Item>
        )}
        {r.approvedFields && (
          <Descriptions.Item label={t('dataUse.approvedFields')} span={2}>
            <span data-testid="request-approved-fields">
              {r.approvedFields.map(fieldName).join(', ')} · {r.approvedIdentities ? t('dataUse.identified') : t('dataUse.pseudonymous')}
            </span>
          </Descriptions.Item>
        )}
        {r.accessUntil && <Descriptions.Item label={t('dataUse.accessUntil')}>{fmtDateTime(r.accessUntil)}</Descriptions.Item>}
        {r.retainUntil && <Descriptions.Item label={t('dataUse.retainUntil')}>{fmtDate(r.retainUntil)}</Descriptions.Item>}
      </Descriptions>
      <Space wrap style={{ marginTop: 8 }}>
        {r.can.decide && (
          <>
            <Button type="primary" onClick={() => onDecide('approve')} data-testid="request-approve">
              {t('dataUse.approve')}
            </Button>
            <Button danger onClick={() => onDecide('refuse')} data-testid="request-refuse">
              {t('dataUse.refuse')}
            </Button>
          </>
        )}
        {r.can.revoke && (
          <Button danger onClick={() => onDecide('revoke')} data-testid="request-revoke">
            {t('dataUse.revoke')}
          </Button>
        )}
        {/* Kept after access ends, so the requester sees why a download is refused. */}
        {(r.can.download || (mine && r.accessKind !== 'token' && ['approved', 'expired', 'revoked'].includes(r.status))) && (
          <>
            <Button onClick={() => void download('csv')} data-testid="request-download-csv">
              {t('dataUse.downloadCsv')}
            </Button>
            <Button onClick={() => void download('xlsx')} data-testid="request-download-xlsx">
              {t('dataUse.downloadXlsx')}
            </Button>
          </>
        )}
        {r.can.issueToken && (
          <Button onClick={() => issue.mutate()} loading={issue.isPending} data-testid="request-issue-token">
            {t('dataUse.issueToken')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

function RequestList({ view }: { view: 'mine' | 'review' }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<{ r: DataRequest; kind: Decision } | null>(null);
  const [token, setToken] = useState<{ r: DataRequest; secret: string } | null>(null);
  const list = useQuery({
    queryKey: ['data-requests', view],
    queryFn: () => call(http.GET('/api/data-requests', { params: { query: { view, pageSize: 100 } } })),
  });
  if (list.isLoading) return <Spin />;
  const items = list.data?.items ?? [];
  return (
    <div data-testid={`requests-${view}`}>
      {items.length === 0 && <Empty description={t('dataUse.empty')} />}
      {items.map((r) => (
        <RequestCard key={r.id} r={r} onDecide={(kind) => setDecision({ r, kind })} onToken={(secret) => setToken({ r, secret })} />
      ))}
      {decision && <DecisionDialog request={decision.r} kind={decision.kind} onClose={() => setDecision(null)} />}
      {token && <TokenDialog request={token.r} secret={token.secret} onClose={() => setToken(null)} />}
    </div>
  );
}

/** Filing requests to use register data, deciding them, and downloading what was approved. */
export default function DataRequestsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [open, setOpen] = useState(false);
  const decider = !!me?.permissions.includes('read_audit');
  return (
    <>
      <PageTitle
        title={t('dataUse.title')}
        extra={
          <Button type="primary" onClick={() => setOpen(true)} data-testid="request-new">
            {t('dataUse.newRequest')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('dataUse.hint')}</Typography.Paragraph>
      <Tabs
        defaultActiveKey={decider ? 'review' : 'mine'}
        items={[
          ...(decider ? [{ key: 'review', label: t('dataUse.review'), children: <RequestList view="review" /> }] : []),
          { key: 'mine', label: t('dataUse.mine'), children: <RequestList view="mine" /> },
        ]}
      />
      <NewRequestDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
