import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Drawer, Form, Input, List, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http, upload } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { PageTitle } from '../../components/common.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useCan } from '../../lib/session.js';
import { todayVN } from '../../../shared/dates.js';
import { SurveyResults } from './SurveyResults.js';

type SurveyForm = Res<'/api/surveys/forms', 'get'>['items'][number];
type Submission = Res<'/api/surveys/forms/{id}/submissions', 'get'>['items'][number];
type Created = Res<'/api/surveys/app-users', 'post'>;
type CrossTable = Res<'/api/surveys/forms/{id}/crosstab', 'get'>;
type SubState = Submission['state'];
const KEY = ['surveys'];
const STATE_COLOR = { received: 'blue', has_issues: 'gold', approved: 'green', rejected: 'red' } as const;

/** "Khảo sát": forms and surveyors (ODK Collect QR codes), then a form's submissions with review, export and summary. */
export default function SurveysPage() {
  const { t } = useTranslation();
  const [formId, setFormId] = useState<number | null>(null);
  return (
    <>
      <PageTitle title={t('surveys.title')} />
      {formId === null ? <FormsView onOpen={setFormId} /> : <SubmissionsView formId={formId} onBack={() => setFormId(null)} />}
    </>
  );
}

function useRun() {
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
  const alert = error && (
    <Alert type="error" showIcon closable onClose={() => setError(null)} message={error} style={{ marginBottom: 12 }} data-testid="survey-error" />
  );
  return { run, busy, alert };
}

function FormsView({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const manage = useCan('manage_reporting');
  const { run, busy, alert } = useRun();
  const [file, setFile] = useState<File | null>(null);
  const [media, setMedia] = useState<File[]>([]);
  const [created, setCreated] = useState<Created | null>(null);
  const [userForm] = Form.useForm<{ displayName: string; area: { id: number } | null; formIds: number[] }>();
  const forms = useQuery({ queryKey: [...KEY, 'forms'], queryFn: () => call(http.GET('/api/surveys/forms')) });
  const users = useQuery({ queryKey: [...KEY, 'users'], queryFn: () => call(http.GET('/api/surveys/app-users')), enabled: manage });
  const formTitle = (id: number) => forms.data?.items.find((f) => f.id === id)?.title ?? `#${id}`;

  const setState = (f: SurveyForm, state: 'published' | 'closed') =>
    run(async () => void (await call(http.PUT('/api/surveys/forms/{id}/state', { params: { path: { id: f.id } }, body: { state } }))));

  return (
    <>
      <Typography.Paragraph type="secondary">{t('surveys.intro')}</Typography.Paragraph>
      {alert}
      {manage && (
        <Card size="small" title={t('surveys.upload')} style={{ marginBottom: 12 }}>
          <Typography.Paragraph type="secondary">{t('surveys.uploadHint')}</Typography.Paragraph>
          <Space wrap>
            <Upload accept=".xml" maxCount={1} beforeUpload={(f) => (setFile(f), false)} onRemove={() => setFile(null)}>
              <Button data-testid="survey-form-file">{t('surveys.formFile')}</Button>
            </Upload>
            <Upload multiple beforeUpload={(f) => (setMedia((m) => [...m, f]), false)} onRemove={(f) => setMedia((m) => m.filter((x) => x.name !== f.name))}>
              <Button>{t('surveys.mediaFiles')}</Button>
            </Upload>
            <Button
              type="primary"
              disabled={!file}
              loading={busy}
              data-testid="survey-upload"
              onClick={() =>
                run(async () => {
                  const fd = new FormData();
                  fd.append('file', file!);
                  for (const m of media) fd.append('media', m);
                  await upload('/api/surveys/forms', '/api/surveys/forms', fd);
                  setFile(null);
                  setMedia([]);
                })
              }
            >
              {t('surveys.upload')}
            </Button>
          </Space>
        </Card>
      )}
      <Card size="small" title={t('surveys.forms')} style={{ marginBottom: 12 }}>
        <Table<SurveyForm>
          size="small"
          rowKey="id"
          loading={forms.isLoading}
          dataSource={forms.data?.items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="survey-forms"
          columns={[
            { title: t('surveys.formTitle'), dataIndex: 'title' },
            { title: t('surveys.formId'), dataIndex: 'xmlFormId' },
            { title: t('surveys.version'), dataIndex: 'version' },
            { title: t('surveys.province'), dataIndex: 'provinceName' },
            { title: t('surveys.state'), dataIndex: 'state', render: (s: SurveyForm['state']) => <Tag>{t(`surveys.state_${s}`)}</Tag> },
            { title: t('surveys.submissions'), dataIndex: 'submissions', align: 'right' },
            {
              key: 'actions',
              render: (_, f) => (
                <Space>
                  <Button size="small" onClick={() => onOpen(f.id)}>
                    {t('surveys.open')}
                  </Button>
                  {f.canManage && f.state !== 'published' && (
                    <Button size="small" onClick={() => setState(f, 'published')}>
                      {t(f.state === 'draft' ? 'surveys.publish' : 'surveys.reopen')}
                    </Button>
                  )}
                  {f.canManage && f.state === 'published' && (
                    <Button size="small" onClick={() => setState(f, 'closed')}>
                      {t('surveys.close')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {manage && (
        <Card size="small" title={t('surveys.appUsers')}>
          <Typography.Paragraph type="secondary">{t('surveys.appUsersHint')}</Typography.Paragraph>
          <Form
            form={userForm}
            layout="inline"
            style={{ rowGap: 8, marginBottom: 12 }}
            onFinish={(v) =>
              run(async () => {
                const res = await call(
                  http.POST('/api/surveys/app-users', { body: { displayName: v.displayName, areaUnitId: v.area!.id, formIds: v.formIds ?? [] } }),
                );
                setCreated(res);
                userForm.resetFields();
              })
            }
          >
            <Form.Item name="displayName" rules={[{ required: true }]}>
              <Input placeholder={t('surveys.name')} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="area" rules={[{ required: true }]}>
              <UnitPicker date={todayVN()} placeholder={t('surveys.area')} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="formIds">
              <Select
                mode="multiple"
                placeholder={t('surveys.assigned')}
                style={{ minWidth: 200 }}
                options={forms.data?.items.map((f) => ({ value: f.id, label: f.title }))}
              />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={busy}>
              {t('surveys.create')}
            </Button>
          </Form>
          {created && (
            <Alert
              type="success"
              closable
              onClose={() => setCreated(null)}
              style={{ marginBottom: 12 }}
              message={t('surveys.qrTitle')}
              description={
                <Space direction="vertical">
                  <img src={created.qrImage} alt="QR" width={240} height={240} data-testid="survey-qr" />
                  <Typography.Text copyable={{ text: created.serverUrl }}>{t('surveys.serverUrl')}</Typography.Text>
                </Space>
              }
            />
          )}
          <Table
            size="small"
            rowKey="id"
            dataSource={users.data?.items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('surveys.name'), dataIndex: 'displayName' },
              { title: t('surveys.area'), dataIndex: 'areaName' },
              { title: t('surveys.assigned'), dataIndex: 'formIds', render: (ids: number[]) => ids.map(formTitle).join(', ') },
              {
                key: 'revoke',
                render: (_, u) =>
                  u.revoked ? (
                    <Tag>{t('surveys.revoked')}</Tag>
                  ) : (
                    <Button
                      size="small"
                      danger
                      onClick={() => run(async () => void (await call(http.DELETE('/api/surveys/app-users/{id}', { params: { path: { id: u.id } } }))))}
                    >
                      {t('surveys.revoke')}
                    </Button>
                  ),
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}

function SubmissionsView({ formId, onBack }: { formId: number; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const canReview = useCan('approve_data');
  const { run, busy, alert } = useRun();
  const [state, setState] = useState<SubState | undefined>();
  const [page, setPage] = useState(1);
  const [codes, setCodes] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [unit, setUnit] = useState<number | undefined>();
  const [ethnic, setEthnic] = useState<string | undefined>();
  const filter = { state, unit, ethnic };
  // The communes and ethnic groups that have submissions, for the filters.
  const groupsOf = (by: 'commune' | 'ethnic') => ({
    queryKey: [...KEY, 'groups', formId, by, state],
    queryFn: async () =>
      (await call(http.GET('/api/surveys/forms/{id}/crosstab', { params: { path: { id: formId }, query: { by, state } } }))) as Exclude<CrossTable, string>,
  });
  const communes = useQuery(groupsOf('commune'));
  const ethnics = useQuery(groupsOf('ethnic'));
  const form = useQuery({ queryKey: [...KEY, 'form', formId], queryFn: () => call(http.GET('/api/surveys/forms/{id}', { params: { path: { id: formId } } })) });
  const list = useQuery({
    queryKey: [...KEY, 'subs', formId, filter, page],
    queryFn: () => call(http.GET('/api/surveys/forms/{id}/submissions', { params: { path: { id: formId }, query: { ...filter, page, pageSize: 20 } } })),
  });
  const detail = useQuery({
    queryKey: [...KEY, 'sub', open],
    queryFn: () => call(http.GET('/api/surveys/submissions/{id}', { params: { path: { id: open! } } })),
    enabled: open !== null,
  });
  // Accounts that may see only aggregates are refused single submissions (403): results only.
  const rowsRefused = list.error instanceof ApiError && list.error.status === 403 ? list.error.message : null;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const fields = (form.data?.fields ?? []).filter((f) => !f.repeat && f.type !== 'group' && f.type !== 'repeat' && !f.path.includes('/meta/'));
  const label = (labels: Record<string, string>, fallback: string) => {
    const keys = Object.keys(labels);
    const k = keys.find((x) => (lang === 'en' ? /^en\b|english/i : /^vi\b|vi\)|tiếng việt/i).test(x)) ?? keys[0];
    return (k && labels[k]) || fallback;
  };
  const exportUrl = (format: string) =>
    `/api/surveys/forms/${formId}/export?format=${format}&choices=${codes ? 'codes' : 'labels'}${state ? `&state=${state}` : ''}${unit ? `&unit=${unit}` : ''}${ethnic ? `&ethnic=${ethnic}` : ''}`;
  const review = (to: SubState) =>
    run(async () => {
      await call(http.POST('/api/surveys/submissions/{id}/review', { params: { path: { id: open! } }, body: { state: to, comment: comment || undefined } }));
      setComment('');
    });

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button onClick={onBack}>{t('surveys.back')}</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {form.data?.title}
        </Typography.Title>
      </Space>
      {alert}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 180 }}
          value={state ?? 'all'}
          data-testid="survey-state-filter"
          onChange={(v) => (setState(v === 'all' ? undefined : (v as SubState)), setPage(1))}
          options={[
            { value: 'all', label: t('surveys.all') },
            ...(['received', 'has_issues', 'approved', 'rejected'] as const).map((s) => ({ value: s, label: t(`surveys.sub_${s}`) })),
          ]}
        />
        <Select
          style={{ width: 200 }}
          value={unit ?? 0}
          data-testid="survey-commune-filter"
          showSearch
          optionFilterProp="label"
          onChange={(v) => (setUnit(v || undefined), setPage(1))}
          options={[{ value: 0, label: t('surveys.allCommunes') }, ...(communes.data?.groups ?? []).map((g) => ({ value: Number(g.key), label: g.name }))]}
        />
        <Select
          style={{ width: 180 }}
          value={ethnic ?? ''}
          data-testid="survey-ethnic-filter"
          showSearch
          optionFilterProp="label"
          onChange={(v) => (setEthnic(v || undefined), setPage(1))}
          options={[
            { value: '', label: t('surveys.allEthnic') },
            ...(ethnics.data?.groups ?? []).filter((g) => g.key).map((g) => ({ value: g.key, label: g.name })),
          ]}
        />
        {!rowsRefused && (
          <>
            <Checkbox checked={codes} onChange={(e) => setCodes(e.target.checked)}>
              {t('surveys.choiceCodes')}
            </Checkbox>
            <Button href={exportUrl('csv')} data-testid="survey-export-csv">
              {t('surveys.exportCsv')}
            </Button>
            <Button href={exportUrl('xlsx')} data-testid="survey-export-xlsx">
              {t('surveys.exportXlsx')}
            </Button>
            <Button href={exportUrl('geojson')}>{t('surveys.exportGeojson')}</Button>
          </>
        )}
      </Space>
      {rowsRefused && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={rowsRefused} data-testid="survey-rows-refused" />}
      <Card size="small" title={t('surveys.table')} style={{ marginBottom: 12, display: rowsRefused ? 'none' : undefined }}>
        <Table<Submission>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items}
          scroll={{ x: 'max-content' }}
          data-testid="survey-submissions"
          onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('surveys.receivedAt'), dataIndex: 'receivedAt', render: (d: string) => new Date(d).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') },
            { title: t('surveys.state'), dataIndex: 'state', render: (s: SubState) => <Tag color={STATE_COLOR[s]}>{t(`surveys.sub_${s}`)}</Tag> },
            { title: t('surveys.unit'), dataIndex: 'unitName' },
            { title: t('surveys.submitter'), dataIndex: 'submitter' },
            ...fields.slice(0, 8).map((f) => ({
              key: f.path,
              title: label(f.labels, f.name),
              render: (_: unknown, r: Submission) => {
                const v = r.values[f.path];
                const c = f.choices?.find((x) => x.value === v);
                return c ? label(c.labels, c.value) : v;
              },
            })),
          ]}
        />
      </Card>
      {form.data && <SurveyResults formId={formId} fields={form.data.fields} filter={filter} label={label} />}
      <Drawer open={open !== null} onClose={() => setOpen(null)} width={Math.min(640, window.innerWidth)} title={t('surveys.review')}>
        {detail.data && (
          <>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('surveys.state')}>
                <Tag color={STATE_COLOR[detail.data.state]}>{t(`surveys.sub_${detail.data.state}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('surveys.unit')}>{detail.data.unitName}</Descriptions.Item>
              <Descriptions.Item label={t('surveys.edits')}>{detail.data.edits}</Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5}>{t('surveys.answers')}</Typography.Title>
            <Table
              size="small"
              rowKey="path"
              pagination={false}
              dataSource={fields.map((f) => ({ path: f.path, q: label(f.labels, f.name), v: detail.data.values[f.path] }))}
              columns={[
                { title: t('surveys.question'), dataIndex: 'q' },
                { title: t('surveys.answer'), dataIndex: 'v' },
              ]}
            />
            {detail.data.attachments.length > 0 && (
              <>
                <Typography.Title level={5}>{t('surveys.attachments')}</Typography.Title>
                <Space wrap>
                  {detail.data.attachments.map((a) =>
                    a.contentType.startsWith('image/') ? (
                      <img
                        key={a.name}
                        src={`/api/surveys/submissions/${detail.data.id}/attachments/${encodeURIComponent(a.name)}`}
                        alt={a.name}
                        style={{ maxWidth: 200 }}
                      />
                    ) : (
                      <a key={a.name} href={`/api/surveys/submissions/${detail.data.id}/attachments/${encodeURIComponent(a.name)}`}>
                        {a.name}
                      </a>
                    ),
                  )}
                </Space>
              </>
            )}
            <Typography.Title level={5}>{t('surveys.comments')}</Typography.Title>
            <List
              size="small"
              dataSource={detail.data.comments}
              renderItem={(c) => (
                <List.Item>
                  {c.stateTo && <Tag color={STATE_COLOR[c.stateTo as SubState]}>{t(`surveys.sub_${c.stateTo}`)}</Tag>} {c.body} — {c.userName}
                </List.Item>
              )}
            />
            {canReview && (
              <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
                <Input.TextArea
                  rows={2}
                  placeholder={t('surveys.comment')}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  data-testid="survey-comment"
                />
                <Space wrap>
                  <Button type="primary" loading={busy} onClick={() => review('approved')} data-testid="survey-approve">
                    {t('surveys.approve')}
                  </Button>
                  <Button loading={busy} onClick={() => review('has_issues')}>
                    {t('surveys.markIssues')}
                  </Button>
                  <Button danger loading={busy} onClick={() => review('rejected')}>
                    {t('surveys.reject')}
                  </Button>
                </Space>
              </Space>
            )}
          </>
        )}
      </Drawer>
    </>
  );
}
