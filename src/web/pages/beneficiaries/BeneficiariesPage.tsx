import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { ActionForm, usePageActions } from '../../components/PageActions.js';
import { fromTree, GroupBox, type Group, newRule, toTree } from './RuleBuilder.js';
import type { Res } from '../../api/types.js';
import { IsoDatePicker, PageTitle, selectableRows } from '../../components/common.js';
import { fmtDate, formatNumber } from '../../lib/format.js';
import { todayVN as todayIso } from '../../../shared/dates.js';

type PersonRow = Res<'/api/eligibility/preview', 'post'>['items'][number];
type ListRow = Res<'/api/beneficiary-lists', 'get'>['items'][number];
type Cycle = Res<'/api/benefit-cycles', 'get'>['items'][number];
const KEY = ['beneficiaries'];

function PersonsTable({ rows, total, testId }: { rows: PersonRow[]; total?: number; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="personId"
      data-testid={testId}
      dataSource={rows}
      scroll={{ x: 900 }}
      pagination={false}
      footer={total !== undefined ? () => `${t('beneficiaries.persons')}: ${formatNumber(total)}` : undefined}
      columns={[
        { title: t('beneficiaries.name'), dataIndex: 'fullName', width: 180 },
        { title: t('beneficiaries.household'), dataIndex: 'householdCode', width: 110 },
        { title: t('beneficiaries.commune'), render: (_, r) => r.commune.name, width: 140 },
        { title: t('beneficiaries.village'), dataIndex: 'villageName', width: 120 },
        { title: t('beneficiaries.ethnic'), dataIndex: 'ethnicName', width: 90 },
        { title: t('beneficiaries.birthYear'), dataIndex: 'birthYear', width: 80 },
        {
          title: t('beneficiaries.facts'),
          render: (_, r) => (
            <Space size={2} wrap>
              {r.facts.map((f) => (
                <Tag key={f.condition} color={f.met ? 'green' : 'red'}>
                  {f.condition}
                </Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** "Xét chọn đối tượng thụ hưởng": rule builder with preview, frozen lists with differences, cycles with deliveries. */
export default function BeneficiariesPage() {
  const { t } = useTranslation();
  const { busy, run, setNotice, banners } = usePageActions(KEY, 'ben');
  const [ruleId, setRuleId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [rule, setRule] = useState<Group>(newRule);
  const [ruleNodeId, setRuleNodeId] = useState<number | null>(null);
  const [rulePolicyId, setRulePolicyId] = useState<number | null>(null);
  const [date, setDate] = useState(todayIso());
  const [preview, setPreview] = useState<Res<'/api/eligibility/preview', 'post'> | null>(null);
  const [listId, setListId] = useState<number | null>(null);
  const [cycleId, setCycleId] = useState<number | null>(null);
  const [tab, setTab] = useState('rule');
  const [cycleForm] = Form.useForm();
  const [deliveryForm] = Form.useForm();

  const fields = useQuery({ queryKey: [...KEY, 'fields'], queryFn: () => call(http.GET('/api/eligibility/fields')) });
  const rules = useQuery({ queryKey: [...KEY, 'rules'], queryFn: () => call(http.GET('/api/eligibility/rules')) });
  const lists = useQuery({ queryKey: [...KEY, 'lists'], queryFn: () => call(http.GET('/api/beneficiary-lists')) });
  const list = useQuery({
    queryKey: [...KEY, 'list', listId],
    enabled: listId !== null,
    queryFn: () => call(http.GET('/api/beneficiary-lists/{id}', { params: { path: { id: listId! } } })),
  });
  const entries = useQuery({
    queryKey: [...KEY, 'entries', listId],
    enabled: listId !== null,
    queryFn: () => call(http.GET('/api/beneficiary-lists/{id}/entries', { params: { path: { id: listId! }, query: { pageSize: 500 } } })),
  });
  const programmeNodes = useQuery({ queryKey: [...KEY, 'programme-nodes'], queryFn: () => call(http.GET('/api/programmes/nodes')) });
  const policies = useQuery({ queryKey: [...KEY, 'policies'], queryFn: () => call(http.GET('/api/policies')) });
  const cycles = useQuery({ queryKey: [...KEY, 'cycles'], queryFn: () => call(http.GET('/api/benefit-cycles')) });
  const cycle = cycles.data?.items.find((c) => c.id === cycleId) ?? null;
  const cycleEntries = useQuery({
    queryKey: [...KEY, 'entries', cycle?.listId],
    enabled: !!cycle,
    queryFn: () => call(http.GET('/api/beneficiary-lists/{id}/entries', { params: { path: { id: cycle!.listId }, query: { pageSize: 500 } } })),
  });
  const deliveries = useQuery({
    queryKey: [...KEY, 'deliveries', cycleId],
    enabled: cycleId !== null,
    queryFn: () => call(http.GET('/api/benefit-cycles/{id}/deliveries', { params: { path: { id: cycleId! } } })),
  });

  const tree = () => toTree(rule, fields.data?.items ?? []);

  const loadRule = async (id: number) => {
    const r = await call(http.GET('/api/eligibility/rules/{id}', { params: { path: { id } } }));
    setRuleId(id);
    setName(r.name);
    setRule(fromTree(r.tree));
    setRuleNodeId(r.programmeNodeId);
    setRulePolicyId(r.policyId);
  };

  const nodeOptions = (programmeNodes.data?.items ?? []).map((n) => ({ value: n.id, label: `${'— '.repeat(n.depth)}${n.code} · ${n.name}` }));
  const policyOptions = (policies.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.documentNumber})` }));

  const cycleActions = (c: Cycle) =>
    c.actions
      .filter((a) => a !== 'deliver')
      .map((a) => (
        <Button
          key={a}
          size="small"
          data-testid={`cycle-${a}`}
          disabled={busy}
          onClick={() =>
            run(async () => {
              await call(http.POST('/api/benefit-cycles/{id}/{action}', { params: { path: { id: c.id, action: a as 'submit' } } }));
            })
          }
        >
          {t(`beneficiaries.action_${a}`)}
        </Button>
      ));

  const statusColor: Record<string, string> = { draft: 'default', submitted: 'gold', approved: 'green', closed: 'blue' };
  const listOptions = (lists.data?.items ?? []).map((l: ListRow) => ({ value: l.id, label: `${l.name} — ${formatNumber(l.personCount)}` }));

  return (
    <>
      <PageTitle title={t('beneficiaries.title')} />
      <Typography.Paragraph type="secondary">{t('beneficiaries.intro')}</Typography.Paragraph>
      {banners}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'rule',
            label: t('beneficiaries.tabRule'),
            children: (
              <Card size="small">
                <Space wrap style={{ marginBottom: 12 }}>
                  <Select
                    aria-label={t('beneficiaries.savedRules')}
                    placeholder={t('beneficiaries.savedRules')}
                    style={{ width: 260 }}
                    value={ruleId ?? undefined}
                    options={(rules.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.name} (v${r.currentVersion})` }))}
                    onChange={(id) => run(() => loadRule(id))}
                  />
                  <Button
                    onClick={() => {
                      setRuleId(null);
                      setName('');
                      setRule(newRule());
                      setRuleNodeId(null);
                      setRulePolicyId(null);
                    }}
                  >
                    {t('beneficiaries.newRule')}
                  </Button>
                </Space>
                <Form layout="vertical">
                  <Form.Item label={t('beneficiaries.ruleName')}>
                    <Input value={name} onChange={(e) => setName(e.target.value)} data-testid="rule-name" style={{ maxWidth: 480 }} />
                  </Form.Item>
                  <Space wrap align="start">
                    <Form.Item label={t('beneficiaries.ruleProgrammeNode')} extra={t('beneficiaries.ruleLinksHint')}>
                      <LinkSelect
                        label={t('beneficiaries.ruleProgrammeNode')}
                        testId="rule-node"
                        value={ruleNodeId}
                        onChange={setRuleNodeId}
                        options={nodeOptions}
                      />
                    </Form.Item>
                    <Form.Item label={t('beneficiaries.rulePolicy')}>
                      <LinkSelect
                        label={t('beneficiaries.rulePolicy')}
                        testId="rule-policy"
                        value={rulePolicyId}
                        onChange={setRulePolicyId}
                        options={policyOptions}
                      />
                    </Form.Item>
                  </Space>
                </Form>
                <GroupBox g={rule} path="" depth={0} fields={fields.data?.items ?? []} onChange={setRule} />
                <Space wrap style={{ marginTop: 12 }}>
                  <span>{t('beneficiaries.date')}</span>
                  <IsoDatePicker value={date} onChange={(v) => v && setDate(v)} aria-label={t('beneficiaries.date')} />
                  <Button
                    type="primary"
                    data-testid="rule-preview"
                    disabled={busy}
                    onClick={() =>
                      run(async () => {
                        setPreview(await call(http.POST('/api/eligibility/preview', { body: { tree: tree(), date, page: 1, pageSize: 20 } })));
                      })
                    }
                  >
                    {t('beneficiaries.preview')}
                  </Button>
                  <Button
                    data-testid="rule-save"
                    disabled={busy || !name.trim()}
                    onClick={() =>
                      run(async () => {
                        const body = { name, tree: tree(), programmeNodeId: ruleNodeId, policyId: rulePolicyId };
                        const r = ruleId
                          ? await call(http.PUT('/api/eligibility/rules/{id}', { params: { path: { id: ruleId } }, body }))
                          : await call(http.POST('/api/eligibility/rules', { body }));
                        setRuleId(r.id);
                        setNotice(t('beneficiaries.saved', { v: r.currentVersion }));
                      })
                    }
                  >
                    {t('beneficiaries.save')}
                  </Button>
                  <Button
                    data-testid="rule-freeze"
                    disabled={busy || !ruleId}
                    onClick={() =>
                      run(async () => {
                        const l = await call(http.POST('/api/eligibility/rules/{id}/run', { params: { path: { id: ruleId! } }, body: { date } }));
                        setListId(l.id);
                        setNotice(t('beneficiaries.frozen', { n: formatNumber(l.personCount) }));
                        setTab('lists');
                      })
                    }
                  >
                    {t('beneficiaries.freeze')}
                  </Button>
                </Space>
                {preview && (
                  <div style={{ marginTop: 12 }}>
                    <Typography.Text strong data-testid="preview-total">
                      {t('beneficiaries.previewTotal', { n: formatNumber(preview.total), date: fmtDate(preview.date) })}
                    </Typography.Text>
                    <PersonsTable rows={preview.items} testId="preview-table" />
                  </div>
                )}
              </Card>
            ),
          },
          {
            key: 'lists',
            label: t('beneficiaries.tabLists'),
            children: (
              <>
                <Table
                  size="small"
                  rowKey="id"
                  data-testid="lists-table"
                  dataSource={lists.data?.items ?? []}
                  scroll={{ x: 600 }}
                  pagination={false}
                  {...selectableRows(listId, setListId)}
                  columns={[
                    { title: t('beneficiaries.list'), dataIndex: 'name' },
                    { title: t('beneficiaries.version'), dataIndex: 'ruleVersion', width: 80 },
                    { title: t('beneficiaries.asOf'), render: (_, l) => fmtDate(l.asOfDate), width: 110 },
                    { title: t('beneficiaries.persons'), render: (_, l) => formatNumber(l.personCount), width: 90, align: 'right' },
                  ]}
                />
                {list.data && (
                  <Card size="small" style={{ marginTop: 12 }} title={list.data.name} data-testid="list-detail">
                    {list.data.diff ? (
                      <>
                        <Typography.Text strong>{t('beneficiaries.diffTitle', { date: fmtDate(list.data.diff.previousDate) })}</Typography.Text>
                        {(['added', 'removed'] as const).map((k) => (
                          <div key={k} data-testid={`diff-${k}`}>
                            <Typography.Text>{t(`beneficiaries.${k}`)}:</Typography.Text>
                            <ul>
                              {list.data!.diff![k].map((p) => (
                                <li key={p.personId}>
                                  {p.fullName} — {p.reasons.map((r) => r.text).join('; ')}
                                </li>
                              ))}
                              {list.data!.diff![k].length === 0 && <li>{t('beneficiaries.none')}</li>}
                            </ul>
                          </div>
                        ))}
                      </>
                    ) : (
                      <Typography.Text type="secondary">{t('beneficiaries.noDiff')}</Typography.Text>
                    )}
                    <Typography.Title level={5}>{t('beneficiaries.listEntries')}</Typography.Title>
                    <PersonsTable rows={entries.data?.items ?? []} total={entries.data?.total} testId="entries-table" />
                  </Card>
                )}
              </>
            ),
          },
          {
            key: 'cycles',
            label: t('beneficiaries.tabCycles'),
            children: (
              <>
                <Card size="small" title={t('beneficiaries.createCycle')} style={{ marginBottom: 12 }}>
                  <ActionForm
                    form={cycleForm}
                    busy={busy}
                    submit={t('beneficiaries.createCycle')}
                    submitTestId="cycle-create"
                    initialValues={{ kind: 'cash', year: Number(todayIso().slice(0, 4)) }}
                    onFinish={(v: any) =>
                      run(async () => {
                        const c = await call(
                          http.POST('/api/benefit-cycles', {
                            body: { ...v, amountDong: v.amountDong ?? null, programmeNodeId: v.programmeNodeId ?? null, policyId: v.policyId ?? null },
                          }),
                        );
                        setCycleId(c.id);
                        cycleForm.resetFields(['name']);
                      }, cycleForm)
                    }
                  >
                    <Form.Item name="name" label={t('beneficiaries.cycleName')} rules={[{ required: true }]}>
                      <Input data-testid="cycle-name" style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name="listId" label={t('beneficiaries.list')} rules={[{ required: true }]}>
                      <Select data-testid="cycle-list" style={{ width: 260 }} options={listOptions} />
                    </Form.Item>
                    <Form.Item name="year" label={t('beneficiaries.year')} rules={[{ required: true }]}>
                      <InputNumber min={2000} max={2100} />
                    </Form.Item>
                    <Form.Item name="benefitCode" label={t('beneficiaries.benefitCode')} rules={[{ required: true }]}>
                      <Input data-testid="cycle-benefit" style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name="kind" label={t('beneficiaries.kind')}>
                      <Select
                        style={{ width: 130 }}
                        options={(['cash', 'in_kind', 'service'] as const).map((k) => ({ value: k, label: t(`beneficiaries.kind_${k}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name="amountDong" label={t('beneficiaries.amount')}>
                      <Input data-testid="cycle-amount" style={{ width: 160 }} inputMode="numeric" />
                    </Form.Item>
                    <Form.Item name="itemName" label={t('beneficiaries.item')}>
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name="quantity" label={t('beneficiaries.quantity')}>
                      <InputNumber min={1} />
                    </Form.Item>
                    <Form.Item name="programmeNodeId" label={t('beneficiaries.programmeNode')}>
                      <Select
                        data-testid="cycle-node"
                        allowClear
                        showSearch
                        optionFilterProp="label"
                        style={{ width: 'min(300px, 85vw)' }}
                        options={nodeOptions}
                      />
                    </Form.Item>
                    <Form.Item name="policyId" label={t('beneficiaries.policy')}>
                      <Select
                        data-testid="cycle-policy"
                        allowClear
                        showSearch
                        optionFilterProp="label"
                        style={{ width: 'min(300px, 85vw)' }}
                        options={policyOptions}
                      />
                    </Form.Item>
                  </ActionForm>
                </Card>
                <Table
                  size="small"
                  rowKey="id"
                  data-testid="cycles-table"
                  dataSource={cycles.data?.items ?? []}
                  scroll={{ x: 800 }}
                  pagination={false}
                  {...selectableRows(cycleId, setCycleId)}
                  columns={[
                    { title: t('beneficiaries.cycleName'), dataIndex: 'name' },
                    { title: t('beneficiaries.year'), dataIndex: 'year', width: 70 },
                    { title: t('beneficiaries.kind'), render: (_, c) => t(`beneficiaries.kind_${c.kind}`), width: 100 },
                    { title: t('beneficiaries.amount'), render: (_, c) => formatNumber(c.amountDong), width: 150, align: 'right' },
                    {
                      title: t('beneficiaries.status'),
                      render: (_, c) => (
                        <Tag color={statusColor[c.status]} data-testid="cycle-status">
                          {t(`beneficiaries.status_${c.status}`)}
                        </Tag>
                      ),
                      width: 120,
                    },
                    { title: t('beneficiaries.delivered'), render: (_, c) => `${formatNumber(c.deliveries)} / ${formatNumber(c.persons)}`, width: 100 },
                    { title: '', render: (_, c) => <Space>{cycleActions(c)}</Space>, width: 200 },
                  ]}
                />
                {cycle && (
                  <Card size="small" style={{ marginTop: 12 }} title={`${t('beneficiaries.deliveries')}: ${cycle.name}`} data-testid="cycle-detail">
                    {cycle.actions.includes('deliver') && (
                      <ActionForm
                        form={deliveryForm}
                        busy={busy}
                        submit={t('beneficiaries.record')}
                        submitTestId="delivery-record"
                        initialValues={{ deliveredOn: todayIso() }}
                        onFinish={(v: any) =>
                          run(async () => {
                            const r = await call(http.POST('/api/benefit-cycles/{id}/deliveries', { params: { path: { id: cycle.id } }, body: v }));
                            setNotice(
                              r.duplicates.length
                                ? t('beneficiaries.duplicate', { names: r.duplicates.map((d) => d.cycleName).join(', ') })
                                : t('beneficiaries.recorded'),
                            );
                            deliveryForm.resetFields(['personId', 'receiverName']);
                          })
                        }
                      >
                        <Form.Item name="personId" label={t('beneficiaries.person')} rules={[{ required: true }]}>
                          <Select
                            data-testid="delivery-person"
                            showSearch
                            optionFilterProp="label"
                            style={{ width: 240 }}
                            options={(cycleEntries.data?.items ?? []).map((p) => ({ value: p.personId, label: `${p.fullName} (${p.householdCode ?? ''})` }))}
                          />
                        </Form.Item>
                        <Form.Item name="deliveredOn" label={t('beneficiaries.deliveredOn')} rules={[{ required: true }]}>
                          <IsoDatePicker />
                        </Form.Item>
                        <Form.Item name="receiverName" label={t('beneficiaries.receiver')} rules={[{ required: true }]}>
                          <Input data-testid="delivery-receiver" style={{ width: 200 }} />
                        </Form.Item>
                      </ActionForm>
                    )}
                    <Table
                      size="small"
                      rowKey="id"
                      data-testid="deliveries-table"
                      dataSource={deliveries.data?.items ?? []}
                      pagination={false}
                      scroll={{ x: 600 }}
                      footer={() => `${t('beneficiaries.total')}: ${formatNumber(deliveries.data?.totalDong ?? '0')} đồng`}
                      columns={[
                        { title: t('beneficiaries.name'), dataIndex: 'fullName' },
                        { title: t('beneficiaries.deliveredOn'), render: (_, d) => fmtDate(d.deliveredOn), width: 110 },
                        { title: t('beneficiaries.amount'), render: (_, d) => formatNumber(d.amountDong), align: 'right', width: 150 },
                        { title: t('beneficiaries.receiver'), dataIndex: 'receiverName' },
                        {
                          title: '',
                          render: (_, d) =>
                            d.duplicates.length ? (
                              <Tag color="red">{t('beneficiaries.duplicate', { names: d.duplicates.map((x) => x.cycleName).join(', ') })}</Tag>
                            ) : null,
                        },
                      ]}
                    />
                  </Card>
                )}
              </>
            ),
          },
        ]}
      />
    </>
  );
}

/** A rule's link to a programme item or a policy: searchable, clearable ("not linked" when empty). */
function LinkSelect(p: {
  label: string;
  testId: string;
  value: number | null;
  onChange: (v: number | null) => void;
  options: { value: number; label: string }[] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={p.label}
      data-testid={p.testId}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={t('beneficiaries.notLinked')}
      style={{ width: 'min(360px, 85vw)' }}
      value={p.value ?? undefined}
      onChange={(v) => p.onChange(v ?? null)}
      options={p.options}
    />
  );
}
