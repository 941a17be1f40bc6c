import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { ActionForm, usePageActions } from '../../components/PageActions.js';
import { IsoDatePicker, PageTitle, selectableRows } from '../../components/common.js';
import { fmtDate, formatNumber } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';

const KEY = ['prestigious'];
const KINDS = ['dispute_mediated', 'meeting', 'information', 'other'] as const;

/** "Người có uy tín": recognition per village, activity log, reports by commune and ethnic group, the support list. */
export default function PrestigiousPersonsPage() {
  const { t } = useTranslation();
  const { busy, run, setNotice, banners } = usePageActions(KEY, 'pp');
  const [selected, setSelected] = useState<number | null>(null);
  const [form] = Form.useForm();
  const [activityForm] = Form.useForm();
  const [supportForm] = Form.useForm();
  const [termForm] = Form.useForm();
  const [endForm] = Form.useForm();
  const persons = useQuery({ queryKey: [...KEY, 'list'], queryFn: () => call(http.GET('/api/prestigious-persons')) });
  const villages = useQuery({ queryKey: [...KEY, 'villages'], queryFn: () => call(http.GET('/api/villages', { params: { query: { pageSize: 500 } } })) });
  const detail = useQuery({
    queryKey: [...KEY, 'detail', selected],
    enabled: selected !== null,
    queryFn: () => call(http.GET('/api/prestigious-persons/{id}', { params: { path: { id: selected! } } })),
  });
  const report = useQuery({ queryKey: [...KEY, 'report'], queryFn: () => call(http.GET('/api/prestigious-persons/report')) });

  const reportColumns = [
    { title: '', dataIndex: 'name' },
    { title: t('beneficiaries.persons'), dataIndex: 'persons', width: 90, align: 'right' as const },
    { title: t('beneficiaries.ppActivities'), dataIndex: 'activities', width: 100, align: 'right' as const },
    { title: t('beneficiaries.ppDisputes'), dataIndex: 'disputes', width: 90, align: 'right' as const },
    { title: t('beneficiaries.ppMeetings'), dataIndex: 'meetings', width: 80, align: 'right' as const },
    { title: t('beneficiaries.ppInformation'), dataIndex: 'information', width: 100, align: 'right' as const },
  ];

  return (
    <>
      <PageTitle title={t('beneficiaries.ppTitle')} />
      <Typography.Paragraph type="secondary">{t('beneficiaries.ppIntro')}</Typography.Paragraph>
      {banners}
      <Tabs
        items={[
          {
            key: 'register',
            label: t('beneficiaries.ppTitle'),
            children: (
              <>
                <Card size="small" title={t('beneficiaries.ppRegister')} style={{ marginBottom: 12 }}>
                  <ActionForm
                    form={form}
                    busy={busy}
                    submit={t('beneficiaries.ppRegister')}
                    submitTestId="pp-save"
                    onFinish={(v: any) =>
                      run(async () => {
                        const p = await call(http.POST('/api/prestigious-persons', { body: v }));
                        setSelected(p.id);
                        setNotice(`${t('beneficiaries.ppSaved')}: ${p.fullName}`);
                      }, form)
                    }
                  >
                    <Form.Item name="personId" label={t('beneficiaries.ppPersonId')} rules={[{ required: true }]}>
                      <InputNumber data-testid="pp-person" min={1} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name="villageId" label={t('beneficiaries.village')} rules={[{ required: true }]}>
                      <Select
                        data-testid="pp-village"
                        showSearch
                        optionFilterProp="label"
                        style={{ width: 220 }}
                        options={(villages.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.name} — ${v.commune.name}` }))}
                      />
                    </Form.Item>
                    <Form.Item name="termFrom" label={t('beneficiaries.ppTermFrom')} rules={[{ required: true }]}>
                      <IsoDatePicker data-testid="pp-term-from" />
                    </Form.Item>
                    <Form.Item name="termTo" label={t('beneficiaries.ppTermTo')}>
                      <IsoDatePicker allowClear />
                    </Form.Item>
                    <Form.Item name="decisionNumber" label={t('beneficiaries.ppDecision')} rules={[{ required: true }]}>
                      <Input data-testid="pp-decision" style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name="decisionDate" label={t('beneficiaries.ppDecisionDate')} rules={[{ required: true }]}>
                      <IsoDatePicker data-testid="pp-decision-date" />
                    </Form.Item>
                  </ActionForm>
                </Card>
                <Table
                  size="small"
                  rowKey="id"
                  data-testid="pp-table"
                  dataSource={persons.data?.items ?? []}
                  pagination={false}
                  scroll={{ x: 700 }}
                  {...selectableRows(selected, setSelected)}
                  columns={[
                    { title: t('beneficiaries.name'), dataIndex: 'fullName' },
                    { title: t('beneficiaries.village'), render: (_, p) => p.village.name },
                    { title: t('beneficiaries.commune'), render: (_, p) => p.commune.name },
                    { title: t('beneficiaries.ethnic'), render: (_, p) => p.ethnic.name, width: 90 },
                    { title: t('beneficiaries.ppTerm'), render: (_, p) => `${fmtDate(p.termFrom)} – ${p.termTo ? fmtDate(p.termTo) : ''}`, width: 190 },
                    { title: t('beneficiaries.ppDecision'), dataIndex: 'decisionNumber', width: 140 },
                    {
                      title: t('beneficiaries.status'),
                      render: (_, p) => <Tag color={p.status === 'active' ? 'green' : 'default'}>{t(`beneficiaries.ppStatus_${p.status}`)}</Tag>,
                      width: 120,
                    },
                    { title: t('beneficiaries.ppActivities'), render: (_, p) => formatNumber(p.activities), width: 100, align: 'right' },
                  ]}
                />
                {detail.data && (
                  <Card size="small" style={{ marginTop: 12 }} title={`${t('beneficiaries.ppLog')}: ${detail.data.fullName}`} data-testid="pp-detail">
                    <ActionForm
                      form={activityForm}
                      busy={busy}
                      submit={t('beneficiaries.ppActivity')}
                      submitTestId="pp-activity-save"
                      initialValues={{ kind: 'meeting', activityDate: todayVN() }}
                      onFinish={(v: any) =>
                        run(async () => {
                          await call(http.POST('/api/prestigious-persons/{id}/activities', { params: { path: { id: detail.data!.id } }, body: v }));
                          activityForm.resetFields(['description']);
                        }, activityForm)
                      }
                    >
                      <Form.Item name="kind" label={t('beneficiaries.ppKind')}>
                        <Select style={{ width: 200 }} options={KINDS.map((k) => ({ value: k, label: t(`beneficiaries.kind_${k}`) }))} />
                      </Form.Item>
                      <Form.Item name="activityDate" label={t('beneficiaries.ppActivityDate')} rules={[{ required: true }]}>
                        <IsoDatePicker />
                      </Form.Item>
                      <Form.Item name="description" label={t('beneficiaries.ppDescription')} rules={[{ required: true, min: 3 }]}>
                        <Input data-testid="pp-activity-text" style={{ width: 260 }} />
                      </Form.Item>
                    </ActionForm>
                    <Table
                      size="small"
                      rowKey="id"
                      data-testid="pp-log"
                      dataSource={detail.data.log}
                      pagination={false}
                      columns={[
                        { title: t('beneficiaries.ppActivityDate'), render: (_, a) => fmtDate(a.activityDate), width: 130 },
                        { title: t('beneficiaries.ppKind'), render: (_, a) => t(`beneficiaries.kind_${a.kind}`), width: 180 },
                        { title: t('beneficiaries.ppDescription'), dataIndex: 'description' },
                      ]}
                    />
                  </Card>
                )}
                {detail.data && (
                  <Card size="small" style={{ marginTop: 12 }} title={`${t('beneficiaries.ppTermCard')}: ${detail.data.fullName}`} data-testid="pp-term">
                    {detail.data.status === 'active' ? (
                      <>
                        <Typography.Text strong>{t('beneficiaries.ppEditTerm')}</Typography.Text>
                        <ActionForm
                          key={`edit-${detail.data.id}-${detail.data.history.length}`}
                          form={termForm}
                          busy={busy}
                          testId="pp-term-form"
                          submit={t('beneficiaries.ppEditTerm')}
                          submitTestId="pp-term-save"
                          initialValues={{
                            termFrom: detail.data.termFrom,
                            termTo: detail.data.termTo,
                            decisionNumber: detail.data.decisionNumber,
                            decisionDate: detail.data.decisionDate,
                          }}
                          onFinish={(v: any) =>
                            run(async () => {
                              await call(
                                http.PUT('/api/prestigious-persons/{id}/term', {
                                  params: { path: { id: detail.data!.id } },
                                  body: { ...v, termTo: v.termTo ?? null },
                                }),
                              );
                              termForm.resetFields(['reason']);
                              setNotice(t('beneficiaries.ppTermSaved'));
                            }, termForm)
                          }
                        >
                          <Form.Item name="termFrom" label={t('beneficiaries.ppTermFrom')} rules={[{ required: true }]}>
                            <IsoDatePicker />
                          </Form.Item>
                          <Form.Item name="termTo" label={t('beneficiaries.ppTermTo')}>
                            <IsoDatePicker allowClear data-testid="pp-term-to" />
                          </Form.Item>
                          <Form.Item name="decisionNumber" label={t('beneficiaries.ppDecision')} rules={[{ required: true }]}>
                            <Input style={{ width: 160 }} />
                          </Form.Item>
                          <Form.Item name="decisionDate" label={t('beneficiaries.ppDecisionDate')} rules={[{ required: true }]}>
                            <IsoDatePicker />
                          </Form.Item>
                          <Form.Item name="reason" label={t('beneficiaries.ppReason')} rules={[{ required: true, min: 3 }]}>
                            <Input data-testid="pp-term-reason" style={{ width: 240 }} />
                          </Form.Item>
                        </ActionForm>
                        <Typography.Text strong>{t('beneficiaries.ppEndTerm')}</Typography.Text>
                        <ActionForm
                          form={endForm}
                          busy={busy}
                          testId="pp-end-form"
                          submit={t('beneficiaries.ppEndTerm')}
                          submitTestId="pp-end-save"
                          initialValues={{ endDate: todayVN() }}
                          onFinish={(v: any) =>
                            run(async () => {
                              await call(http.POST('/api/prestigious-persons/{id}/end', { params: { path: { id: detail.data!.id } }, body: v }));
                              endForm.resetFields(['reason']);
                              setNotice(t('beneficiaries.ppTermEnded'));
                            }, endForm)
                          }
                        >
                          <Form.Item name="endDate" label={t('beneficiaries.ppEndDate')} rules={[{ required: true }]}>
                            <IsoDatePicker data-testid="pp-end-date" />
                          </Form.Item>
                          <Form.Item name="reason" label={t('beneficiaries.ppReason')} rules={[{ required: true, min: 3 }]}>
                            <Input data-testid="pp-end-reason" style={{ width: 240 }} />
                          </Form.Item>
                        </ActionForm>
                      </>
                    ) : (
                      <Typography.Paragraph data-testid="pp-ended">
                        <Tag color="default">{t('beneficiaries.ppStatus_ended')}</Tag>
                        {fmtDate(detail.data.termTo!)} · {detail.data.endReason}
                      </Typography.Paragraph>
                    )}
                    <Table
                      size="small"
                      rowKey="id"
                      data-testid="pp-history"
                      dataSource={detail.data.history}
                      pagination={false}
                      scroll={{ x: 640 }}
                      locale={{ emptyText: t('beneficiaries.ppNoHistory') }}
                      columns={[
                        { title: t('beneficiaries.ppChangedAt'), render: (_, h) => fmtDate(h.changedAt.slice(0, 10)), width: 110 },
                        { title: t('beneficiaries.ppChange'), render: (_, h) => t(`beneficiaries.ppAction_${h.action}`), width: 120 },
                        {
                          title: t('beneficiaries.ppTerm'),
                          render: (_, h) =>
                            `${fmtDate(h.before.termFrom)} – ${h.before.termTo ? fmtDate(h.before.termTo) : ''} → ${fmtDate(h.after.termFrom)} – ${h.after.termTo ? fmtDate(h.after.termTo) : ''}`,
                        },
                        { title: t('beneficiaries.ppReason'), dataIndex: 'reason' },
                        { title: t('beneficiaries.ppChangedBy'), dataIndex: 'changedBy', width: 160 },
                      ]}
                    />
                  </Card>
                )}
              </>
            ),
          },
          {
            key: 'report',
            label: t('beneficiaries.ppReport'),
            children: (
              <>
                <Typography.Title level={5}>{t('beneficiaries.ppByCommune')}</Typography.Title>
                <Table
                  size="small"
                  rowKey="key"
                  data-testid="pp-report-commune"
                  dataSource={report.data?.byCommune ?? []}
                  pagination={false}
                  columns={reportColumns}
                  scroll={{ x: 560 }}
                />
                <Typography.Title level={5}>{t('beneficiaries.ppByEthnic')}</Typography.Title>
                <Table size="small" rowKey="key" dataSource={report.data?.byEthnic ?? []} pagination={false} columns={reportColumns} scroll={{ x: 560 }} />
                <Card size="small" title={t('beneficiaries.ppSupport')} style={{ marginTop: 12 }}>
                  <Form
                    form={supportForm}
                    layout="inline"
                    onFinish={(v) =>
                      run(async () => {
                        const r = await call(http.POST('/api/prestigious-persons/support-list', { body: v }));
                        setNotice(t('beneficiaries.frozen', { n: formatNumber(r.persons) }));
                      }, supportForm)
                    }
                  >
                    <Form.Item name="name" label={t('beneficiaries.ppSupportName')} rules={[{ required: true }]}>
                      <Input style={{ width: 260 }} />
                    </Form.Item>
                    <Form.Item>
                      <Button htmlType="submit" disabled={busy}>
                        {t('beneficiaries.ppSupport')}
                      </Button>
                    </Form.Item>
                  </Form>
                </Card>
              </>
            ),
          },
        ]}
      />
    </>
  );
}
