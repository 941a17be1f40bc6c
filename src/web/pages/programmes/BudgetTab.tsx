import { useMemo, useState } from 'react';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Statistic, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { usePageActions } from '../../components/PageActions.js';
import type { Res } from '../../api/types.js';
import { DATE_FORMAT, fmtDate, formatNumber, toIso } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';
import { todayVN } from '../../../shared/dates.js';
import { downloadFile } from '../reporting/excel/download.js';
import { EChart } from '../register-tools/EChart.js';

type Summary = Res<'/api/programmes/budget', 'get'>;
type Figures = Summary['total'];
const SOURCES = ['central', 'local', 'loan', 'other'] as const;
const KINDS = ['allocation', 'commitment', 'disbursement'] as const;

const pct = (r: number | null) => (r === null ? '—' : `${formatNumber(r)}%`);

/** Allocations, commitments and disbursements of a programme item: rates by project, unit and month, recording, exports. */
export function BudgetTab({ root, onRoot }: { root?: number; onRoot: (id: number) => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [year, setYear] = useState(Number(todayVN().slice(0, 4)));
  const { busy, run, setNotice, banners } = usePageActions(['programmes', 'budget'], 'budget');
  const [form] = Form.useForm();
  const [fill] = Form.useForm();
  const nodes = useQuery({ queryKey: ['programmes', 'nodes'], queryFn: () => call(http.GET('/api/programmes/nodes')) });
  const summary = useQuery({
    queryKey: ['programmes', 'budget', root, year],
    queryFn: () => call(http.GET('/api/programmes/budget', { params: { query: { root, year } } })),
  });
  const s = summary.data;
  const items = nodes.data?.items ?? [];
  const canRecord = nodes.data?.canRecord ?? false;
  const canManage = nodes.data?.canManage ?? false;
  const money = (v: string) => formatNumber(v);

  const chart = useMemo(
    () =>
      s && {
        tooltip: { trigger: 'axis' },
        legend: { data: [t('programmes.disbursed'), t('programmes.rate')], bottom: 0 },
        grid: { left: 90, right: 40, top: 40, bottom: 60 },
        xAxis: { type: 'category', data: s.byMonth.map((m) => String(m.month)) },
        yAxis: [
          { type: 'value', name: t('programmes.dong'), axisLabel: { formatter: (v: number) => formatNumber(v) } },
          { type: 'value', name: '%', max: 100, min: 0 },
        ],
        series: [
          { name: t('programmes.disbursed'), type: 'bar', data: s.byMonth.map((m) => Number(m.cumulative)) },
          { name: t('programmes.rate'), type: 'bar', yAxisIndex: 1, data: s.byMonth.map((m) => m.rate ?? 0) },
        ],
      },
    [s, t],
  );

  const figureColumns = [
    { title: t('programmes.allocated'), dataIndex: 'allocated', align: 'right' as const, render: money },
    { title: t('programmes.committed'), dataIndex: 'committed', align: 'right' as const, render: money, responsive: ['md' as const] },
    { title: t('programmes.disbursed'), dataIndex: 'disbursed', align: 'right' as const, render: money },
    { title: t('programmes.rate'), dataIndex: 'rate', align: 'right' as const, render: pct },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          id="budget-root"
          style={{ width: 'min(520px, 90vw)' }}
          value={s?.nodeId ?? root}
          onChange={onRoot}
          options={items.filter((n) => n.kind !== 'activity').map((n) => ({ value: n.id, label: `${'  '.repeat(n.depth)}${n.name}` }))}
        />
        <Space>
          {t('programmes.year')}
          <InputNumber id="budget-year" min={2021} max={2030} value={year} onChange={(v) => v && setYear(v)} />
        </Space>
        <Button
          onClick={() =>
            run(async () => void (await downloadFile(`/programmes/budget.xlsx?year=${year}${root ? `&root=${root}` : ''}`, `tien-do-giai-ngan-${year}.xlsx`)))
          }
        >
          {t('programmes.exportXlsx')}
        </Button>
      </Space>
      {banners}
      {s && (
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          {(['allocated', 'committed', 'disbursed'] as const).map((k) => (
            <Col xs={12} md={6} key={k}>
              <Card size="small">
                <Statistic title={t(`programmes.${k}`)} value={money(s.total[k])} suffix={t('programmes.dong')} valueStyle={{ fontSize: 18 }} />
              </Card>
            </Col>
          ))}
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('programmes.rate')} value={pct(s.total.rate)} valueStyle={{ fontSize: 18 }} data-testid="budget-rate" />
            </Card>
          </Col>
        </Row>
      )}
      {s && (
        <Row gutter={[12, 12]}>
          <Col xs={24}>
            <Card size="small" title={t('programmes.byProject')}>
              <Table<Summary['byNode'][number]>
                size="small"
                rowKey="nodeId"
                pagination={false}
                dataSource={s.byNode}
                data-testid="budget-by-project"
                columns={[{ title: t('programmes.programme'), dataIndex: 'name', width: '40%' }, ...figureColumns]}
                scroll={{ x: 720 }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('programmes.byMonth')}>
              {chart && <EChart option={chart} height={280} testId="budget-chart" />}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('programmes.byUnit')}>
              <Table<Summary['byUnit'][number]>
                size="small"
                rowKey="unitId"
                pagination={false}
                dataSource={s.byUnit}
                locale={{ emptyText: t('programmes.noMoney') }}
                columns={[{ title: t('programmes.unit'), dataIndex: 'name' }, ...figureColumns]}
                scroll={{ x: 600 }}
              />
            </Card>
            <Card size="small" title={t('programmes.bySource')} style={{ marginTop: 12 }}>
              <Table<Summary['bySource'][number]>
                size="small"
                rowKey="source"
                pagination={false}
                dataSource={s.bySource}
                columns={[{ title: t('programmes.source'), dataIndex: 'source', render: (v: string) => t(`programmes.source_${v}`) }, ...figureColumns]}
                scroll={{ x: 600 }}
              />
            </Card>
          </Col>
        </Row>
      )}
      {canRecord && (
        <Card size="small" title={t('programmes.record')} style={{ marginTop: 12 }}>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ kind: canManage ? 'allocation' : 'disbursement', source: 'central', unitCode: me?.scope?.code }}
            onFinish={(v) =>
              run(async () => {
                await call(
                  http.POST('/api/programmes/money', {
                    body: {
                      nodeId: v.nodeId,
                      unitCode: v.unitCode,
                      year,
                      source: v.source,
                      kind: v.kind,
                      amount: String(v.amount).trim(),
                      onDate: toIso(v.onDate) ?? todayVN(),
                      note: v.note,
                    },
                  }),
                );
                setNotice(t('programmes.recorded'));
                form.resetFields(['amount', 'note']);
              }, form)
            }
          >
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="nodeId" label={t('programmes.item')} rules={[{ required: true, message: t('programmes.required') }]}>
                  <Select
                    id="money-node"
                    showSearch
                    optionFilterProp="label"
                    options={items.filter((n) => n.kind !== 'programme').map((n) => ({ value: n.id, label: n.name }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="kind" label={t('programmes.kind')}>
                  <Select
                    id="money-kind"
                    options={KINDS.filter((k) => canManage || k !== 'allocation').map((k) => ({ value: k, label: t(`programmes.kind_${k}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="source" label={t('programmes.source')}>
                  <Select id="money-source" options={SOURCES.map((k) => ({ value: k, label: t(`programmes.source_${k}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="unitCode" label={t('programmes.unitCode')} rules={[{ required: true, message: t('programmes.required') }]}>
                  <Input id="money-unit" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="onDate" label={t('programmes.onDate')} rules={[{ required: true, message: t('programmes.required') }]}>
                  <DatePicker id="money-date" format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item
                  name="amount"
                  label={t('programmes.amount')}
                  extra={t('programmes.amountHint')}
                  rules={[{ required: true, message: t('programmes.required') }]}
                >
                  <Input id="money-amount" inputMode="numeric" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="note" label={t('programmes.note')}>
                  <Input id="money-note" />
                </Form.Item>
              </Col>
            </Row>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="money-submit">
              {t('programmes.recordButton')}
            </Button>
          </Form>
        </Card>
      )}
      {canRecord && (
        <Card size="small" title={t('programmes.fillForm')} style={{ marginTop: 12 }}>
          <Form
            form={fill}
            layout="inline"
            initialValues={{ unitCode: me?.scope?.code, quarter: `${year}Q${Math.floor((Number(todayVN().slice(5, 7)) - 1) / 3) + 1}` }}
            onFinish={(v) =>
              run(async () => {
                const r = await call(http.POST('/api/programmes/progress-report', { body: { unitCode: v.unitCode, period: v.quarter } }));
                const [allocated, disbursed] = r.values.map((x) => formatNumber(x.value));
                setNotice(t('programmes.filled', { period: r.period, unit: r.unit.name, allocated, disbursed }));
              })
            }
          >
            <Form.Item name="unitCode" rules={[{ required: true, message: t('programmes.required') }]}>
              <Input placeholder={t('programmes.unitCode')} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="quarter" rules={[{ required: true, message: t('programmes.required') }]}>
              <Select style={{ width: 130 }} options={[1, 2, 3, 4].map((q) => ({ value: `${year}Q${q}`, label: `${t('programmes.quarter')} ${q}/${year}` }))} />
            </Form.Item>
            <Button htmlType="submit" loading={busy}>
              {t('programmes.fillButton')}
            </Button>
          </Form>
        </Card>
      )}
      <RecentMoney year={year} root={s?.nodeId} />
    </>
  );
}

/** The latest records of the year under the item. */
function RecentMoney({ year, root }: { year: number; root?: number }) {
  const { t } = useTranslation();
  const rows = useQuery({
    queryKey: ['programmes', 'budget', 'rows', root, year],
    enabled: root !== undefined,
    queryFn: () => call(http.GET('/api/programmes/money', { params: { query: { year, node: root, pageSize: 20 } } })),
  });
  return (
    <Card size="small" title={t('programmes.records')} style={{ marginTop: 12 }}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows.data?.items ?? []}
        locale={{ emptyText: t('programmes.noMoney') }}
        scroll={{ x: 640 }}
        columns={[
          { title: t('programmes.onDate'), dataIndex: 'onDate', render: (v: string) => fmtDate(v), width: 110 },
          { title: t('programmes.kind'), dataIndex: 'kind', render: (v: string) => t(`programmes.kind_${v}`) },
          { title: t('programmes.item'), dataIndex: 'nodeCode' },
          { title: t('programmes.unit'), dataIndex: 'unitName' },
          { title: t('programmes.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatNumber(v) },
        ]}
      />
    </Card>
  );
}

export type { Figures };
