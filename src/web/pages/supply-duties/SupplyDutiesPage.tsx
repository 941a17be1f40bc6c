import { useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Form,
  Grid,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import type { Unit } from '../../api/types.js';
import { PageTitle } from '../../components/common.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { fmtDate, fmtDateTime } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { useDataSets } from '../reporting/api.js';

type Duty = Res<'/api/supply-duties', 'get'>['items'][number];
type Overdue = Res<'/api/supply-duties/overdue', 'get'>['items'][number];
type Reminder = Res<'/api/supply-duties/reminders', 'get'>['items'][number];
type PeriodType = 'monthly' | 'quarterly' | 'six_monthly' | 'nine_monthly' | 'yearly';
type Area = 'households' | 'persons' | 'poverty';
const PERIOD_TYPES: PeriodType[] = ['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly'];
const AREAS: Area[] = ['households', 'persons', 'poverty'];
const KEY = ['supply-duties'];

interface Values {
  unit?: Unit;
  kind: 'form' | 'area';
  dataSet?: string;
  registerArea?: Area;
  periodType: PeriodType;
  deadlineDays: number;
  escalateAfterDays: number;
  email?: string;
  escalationEmail?: string;
}

/** "Nghĩa vụ cung cấp thông tin": duties (add, change, remove), what is overdue, the reminders sent and whether e-mail is on. */
export default function SupplyDutiesPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Duty | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const duties = useQuery({ queryKey: [...KEY, 'list'], queryFn: () => call(http.GET('/api/supply-duties')) });
  const overdue = useQuery({ queryKey: [...KEY, 'overdue'], queryFn: () => call(http.GET('/api/supply-duties/overdue')) });
  const reminders = useQuery({ queryKey: [...KEY, 'reminders'], queryFn: () => call(http.GET('/api/supply-duties/reminders')) });
  const mail = useQuery({ queryKey: [...KEY, 'mail'], queryFn: () => call(http.GET('/api/supply-duties/mail')) });
  const sets = useDataSets();
  const kind = Form.useWatch('kind', form);
  const pt = (x: string) => t(`supplyDuties.periodTypes.${x}`, { defaultValue: x });
  // On a phone each row is one card-like cell (what matters first, the rest below), so nothing scrolls sideways.
  const wide = !!Grid.useBreakpoint().md;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await qc.invalidateQueries({ queryKey: KEY });
      return true;
    } catch (err) {
      setError(err instanceof ApiError || err instanceof Error ? err.message : String(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const open = (d: Duty | 'new') => {
    setError(null);
    setEditing(d);
    form.resetFields();
    if (d !== 'new')
      form.setFieldsValue({
        kind: d.dataSetId !== null ? 'form' : 'area',
        periodType: d.periodType as PeriodType,
        deadlineDays: d.deadlineDays,
        escalateAfterDays: d.escalateAfterDays,
        email: d.email ?? '',
        escalationEmail: d.escalationEmail ?? '',
      });
  };

  const submit = async () => {
    const v = await form.validateFields();
    const common = {
      periodType: v.periodType,
      deadlineDays: v.deadlineDays,
      escalateAfterDays: v.escalateAfterDays,
      email: v.email?.trim() || null,
      escalationEmail: v.escalationEmail?.trim() || null,
    };
    const ok = await run(async () => {
      if (editing === 'new')
        await call(
          http.POST('/api/supply-duties', {
            body: { ...common, unitId: v.unit!.id, ...(v.kind === 'form' ? { dataSet: v.dataSet } : { registerArea: v.registerArea }) },
          }),
        );
      else if (editing) await call(http.PUT('/api/supply-duties/{id}', { params: { path: { id: editing.id } }, body: common }));
    });
    if (ok) setEditing(null);
  };

  const whatOf = (d: Duty) => d.dataSetName ?? t(`supplyDuties.areas.${d.registerArea}`, { defaultValue: d.registerArea ?? '' });
  const dutyActions = (d: Duty) => (
    <Space>
      <Button size="small" onClick={() => open(d)} data-testid={`duty-edit-${d.id}`}>
        {t('supplyDuties.edit')}
      </Button>
      <Popconfirm
        title={t('supplyDuties.removeConfirm')}
        okText={t('supplyDuties.remove')}
        cancelText={t('supplyDuties.cancel')}
        onConfirm={() => run(async () => void (await call(http.DELETE('/api/supply-duties/{id}', { params: { path: { id: d.id } } }))))}
      >
        <Button size="small" danger data-testid={`duty-remove-${d.id}`}>
          {t('supplyDuties.remove')}
        </Button>
      </Popconfirm>
    </Space>
  );
  /** One labelled line of a phone card; long addresses wrap instead of widening the page. */
  const line = (label: string, value: ReactNode) => (
    <span style={{ overflowWrap: 'anywhere' }}>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      {value}
    </span>
  );
  const card = (...lines: ReactNode[]) => (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      {lines
        .filter((l) => l !== null)
        .map((l, i) => (
          // The lines of a card are fixed in number and order.
          <div key={i}>{l}</div>
        ))}
    </Space>
  );
  const dutyCard: TableColumnsType<Duty> = [
    {
      title: `${t('supplyDuties.unit')} · ${t('supplyDuties.what')}`,
      key: 'card',
      render: (_, d) =>
        card(
          <b>{d.unitName}</b>,
          <span>{whatOf(d)}</span>,
          line(t('supplyDuties.periodType'), pt(d.periodType)),
          line(t('supplyDuties.deadlineDays'), d.deadlineDays),
          line(t('supplyDuties.escalateAfterDays'), d.escalateAfterDays),
          line(t('supplyDuties.email'), d.email ?? '—'),
          d.escalationEmail ? line(t('supplyDuties.escalationEmail'), d.escalationEmail) : null,
          <span>{dutyActions(d)}</span>,
        ),
    },
  ];
  const dutyColumns: TableColumnsType<Duty> = [
    { title: t('supplyDuties.unit'), dataIndex: 'unitName' },
    { title: t('supplyDuties.what'), render: (_, d) => whatOf(d) },
    { title: t('supplyDuties.periodType'), render: (_, d) => pt(d.periodType) },
    { title: t('supplyDuties.deadlineDays'), dataIndex: 'deadlineDays', align: 'right' },
    { title: t('supplyDuties.escalateAfterDays'), dataIndex: 'escalateAfterDays', align: 'right' },
    {
      title: t('supplyDuties.email'),
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <span>{d.email ?? '—'}</span>
          {d.escalationEmail && <Typography.Text type="secondary">{d.escalationEmail}</Typography.Text>}
        </Space>
      ),
    },
    { title: '', key: 'actions', render: (_, d) => dutyActions(d) },
  ];
  const overdueColumns: TableColumnsType<Overdue> = [
    { title: t('supplyDuties.unit'), dataIndex: 'unitName' },
    { title: t('supplyDuties.what'), dataIndex: 'what' },
    { title: t('supplyDuties.period'), dataIndex: 'periodName' },
    { title: t('supplyDuties.deadline'), render: (_, o) => fmtDate(o.deadline) },
    { title: t('supplyDuties.daysOverdue'), dataIndex: 'daysOverdue', align: 'right' },
    { title: t('supplyDuties.escalated'), render: (_, o) => (o.escalated ? <Tag color="red">{t('supplyDuties.yes')}</Tag> : t('supplyDuties.no')) },
  ];
  const overdueCard: TableColumnsType<Overdue> = [
    {
      title: `${t('supplyDuties.unit')} · ${t('supplyDuties.what')}`,
      key: 'card',
      render: (_, o) =>
        card(
          <b>{o.unitName}</b>,
          <span>{o.what}</span>,
          line(t('supplyDuties.period'), o.periodName),
          line(t('supplyDuties.deadline'), fmtDate(o.deadline)),
          line(t('supplyDuties.daysOverdue'), o.daysOverdue),
          line(t('supplyDuties.escalated'), o.escalated ? <Tag color="red">{t('supplyDuties.yes')}</Tag> : t('supplyDuties.no')),
        ),
    },
  ];
  const reminderCard: TableColumnsType<Reminder> = [
    {
      title: `${t('supplyDuties.sentAt')} · ${t('supplyDuties.unit')}`,
      key: 'card',
      render: (_, r) =>
        card(
          <span>
            {fmtDateTime(r.sentAt)} <Tag color={r.kind === 'escalation' ? 'red' : 'gold'}>{t(`supplyDuties.kind_${r.kind}`)}</Tag>
          </span>,
          <b>{r.unitName}</b>,
          <span>
            {r.what} · {r.periodName}
          </span>,
          line(t('supplyDuties.recipients'), r.recipients.join(', ') || '—'),
          line(t('supplyDuties.mailed'), r.mailed ? t('supplyDuties.yes') : t('supplyDuties.inAppOnly')),
        ),
    },
  ];
  const reminderColumns: TableColumnsType<Reminder> = [
    { title: t('supplyDuties.sentAt'), render: (_, r) => fmtDateTime(r.sentAt) },
    { title: t('supplyDuties.unit'), dataIndex: 'unitName' },
    { title: t('supplyDuties.what'), dataIndex: 'what' },
    { title: t('supplyDuties.period'), dataIndex: 'periodName' },
    { title: t('supplyDuties.kind'), render: (_, r) => <Tag color={r.kind === 'escalation' ? 'red' : 'gold'}>{t(`supplyDuties.kind_${r.kind}`)}</Tag> },
    { title: t('supplyDuties.recipients'), render: (_, r) => r.recipients.join(', ') || '—' },
    { title: t('supplyDuties.mailed'), render: (_, r) => (r.mailed ? t('supplyDuties.yes') : t('supplyDuties.inAppOnly')) },
  ];

  return (
    <>
      <PageTitle title={t('supplyDuties.title')} />
      <Typography.Paragraph type="secondary">{t('supplyDuties.intro')}</Typography.Paragraph>
      {mail.data && (
        <Alert
          type={mail.data.configured ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="supply-mail-status"
          message={
            mail.data.configured ? t('supplyDuties.mailOn', { host: mail.data.host, port: mail.data.port, from: mail.data.from }) : t('supplyDuties.mailOff')
          }
        />
      )}
      {error && !editing && (
        <Alert type="error" showIcon closable onClose={() => setError(null)} message={error} style={{ marginBottom: 12 }} data-testid="supply-error" />
      )}
      <Tabs
        items={[
          {
            key: 'duties',
            label: t('supplyDuties.tabDuties'),
            children: (
              <>
                <Button type="primary" onClick={() => open('new')} style={{ marginBottom: 12 }} data-testid="duty-add">
                  {t('supplyDuties.add')}
                </Button>
                <Table
                  rowKey="id"
                  size="small"
                  scroll={wide ? { x: 'max-content' } : undefined}
                  loading={duties.isLoading}
                  dataSource={duties.data?.items ?? []}
                  columns={wide ? dutyColumns : dutyCard}
                  pagination={{ pageSize: 50, hideOnSinglePage: true }}
                  locale={{ emptyText: t('supplyDuties.none') }}
                  data-testid="duty-table"
                />
              </>
            ),
          },
          {
            key: 'overdue',
            label: `${t('supplyDuties.tabOverdue')} (${overdue.data?.items.length ?? 0})`,
            children: (
              <Table
                rowKey={(o) => `${o.dutyId}|${o.periodId}`}
                size="small"
                scroll={wide ? { x: 'max-content' } : undefined}
                loading={overdue.isLoading}
                dataSource={overdue.data?.items ?? []}
                columns={wide ? overdueColumns : overdueCard}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                locale={{ emptyText: t('supplyDuties.none') }}
                data-testid="overdue-table"
              />
            ),
          },
          {
            key: 'reminders',
            label: t('supplyDuties.tabReminders'),
            children: (
              <Table
                rowKey="id"
                size="small"
                scroll={wide ? { x: 'max-content' } : undefined}
                loading={reminders.isLoading}
                dataSource={reminders.data?.items ?? []}
                columns={wide ? reminderColumns : reminderCard}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                locale={{ emptyText: t('supplyDuties.none') }}
                data-testid="reminder-table"
              />
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('supplyDuties.add') : editing ? `${editing.unitName} – ${whatOf(editing)}` : ''}
        okText={t('supplyDuties.save')}
        cancelText={t('supplyDuties.cancel')}
        confirmLoading={busy}
        onOk={submit}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        {error && editing && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="duty-form-error" />}
        <Form form={form} layout="vertical" initialValues={{ kind: 'form', periodType: 'monthly', deadlineDays: 10, escalateAfterDays: 7 }}>
          {editing === 'new' && (
            <>
              <Form.Item name="unit" label={t('supplyDuties.unit')} rules={[{ required: true, message: t('supplyDuties.required') }]}>
                <UnitPicker date={todayVN()} data-testid="duty-unit" />
              </Form.Item>
              <Form.Item name="kind" label={t('supplyDuties.what')}>
                <Radio.Group>
                  <Radio value="form">{t('supplyDuties.kindForm')}</Radio>
                  <Radio value="area">{t('supplyDuties.kindArea')}</Radio>
                </Radio.Group>
              </Form.Item>
              {kind === 'area' ? (
                <Form.Item name="registerArea" label={t('supplyDuties.area')} rules={[{ required: true, message: t('supplyDuties.required') }]}>
                  <Select options={AREAS.map((a) => ({ value: a, label: t(`supplyDuties.areas.${a}`) }))} data-testid="duty-area" />
                </Form.Item>
              ) : (
                <Form.Item name="dataSet" label={t('supplyDuties.form')} rules={[{ required: true, message: t('supplyDuties.required') }]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={(sets.data?.items ?? []).map((s) => ({ value: s.code, label: s.nameVi }))}
                    onChange={(code) => {
                      const s = sets.data?.items.find((x) => x.code === code);
                      if (s) form.setFieldValue('periodType', s.periodType);
                    }}
                    data-testid="duty-form"
                  />
                </Form.Item>
              )}
            </>
          )}
          <Form.Item name="periodType" label={t('supplyDuties.periodType')}>
            <Select options={PERIOD_TYPES.map((p) => ({ value: p, label: pt(p) }))} data-testid="duty-period-type" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="deadlineDays" label={t('supplyDuties.deadlineDays')} rules={[{ required: true, message: t('supplyDuties.required') }]}>
              <InputNumber min={0} max={365} data-testid="duty-deadline" />
            </Form.Item>
            <Form.Item name="escalateAfterDays" label={t('supplyDuties.escalateAfterDays')} rules={[{ required: true, message: t('supplyDuties.required') }]}>
              <InputNumber min={0} max={365} data-testid="duty-escalate" />
            </Form.Item>
          </Space>
          <Form.Item name="email" label={t('supplyDuties.email')}>
            <Input type="email" maxLength={200} data-testid="duty-email" />
          </Form.Item>
          <Form.Item name="escalationEmail" label={t('supplyDuties.escalationEmail')}>
            <Input type="email" maxLength={200} data-testid="duty-escalation-email" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
