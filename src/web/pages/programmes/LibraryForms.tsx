import { useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Switch, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http, upload } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { IsoDatePicker } from '../../components/common.js';
import { useShowError } from '../../lib/errors.js';
import { useMe } from '../../lib/session.js';
import { todayVN } from '../../../shared/dates.js';

type Doc = Res<'/api/legal-documents', 'get'>['items'][number];
const DOC_TYPES = ['luat', 'nghi_dinh', 'quyet_dinh', 'thong_tu', 'nghi_quyet', 'cong_van', 'khac'] as const;
const LINK_KINDS = ['amends', 'replaces', 'guides'] as const;
const DOC_FIELDS = ['number', 'docType', 'title', 'issuer', 'signedOn', 'effectiveFrom', 'expiresOn', 'summary', 'isPublic', 'file'];

/** Administrators and provincial officers write the library and the programme tree. */
export function useMayManage(): boolean {
  const me = useMe();
  return me.data?.role === 'admin' || me.data?.role === 'province_officer';
}

/** A legal document: new (no `doc`) or changed; the file (PDF, Word, image) is sent after the fields. */
export function DocumentForm({ doc, onDone }: { doc?: Doc; onDone: (id: number) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const submit = async (v: Record<string, any>) => {
    setBusy(true);
    try {
      const body = {
        number: v.number,
        docType: v.docType,
        title: v.title,
        issuer: v.issuer,
        signedOn: v.signedOn ?? null,
        effectiveFrom: v.effectiveFrom ?? null,
        expiresOn: v.expiresOn ?? null,
        summary: v.summary ?? '',
        isPublic: !!v.isPublic,
      };
      let id: number;
      if (doc) {
        await call(http.PUT('/api/legal-documents/{id}', { params: { path: { id: doc.id } }, body }));
        id = doc.id;
      } else id = (await call(http.POST('/api/legal-documents', { body }))).id;
      const file = v.file?.[0]?.originFileObj as File | undefined;
      if (file) {
        const fd = new FormData();
        fd.append('file', file);
        await upload('/api/legal-documents/{id}/file', `/api/legal-documents/${id}/file`, fd);
      }
      message.success(t('programmes.saved'));
      await qc.invalidateQueries({ queryKey: ['programmes'] });
      form.resetFields();
      onDone(id);
    } catch (err) {
      showError(err, form, DOC_FIELDS);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="document-form"
      initialValues={doc ? { ...doc, file: [] } : { docType: 'quyet_dinh', isPublic: false, file: [] }}
      onFinish={submit}
    >
      <Space wrap align="start">
        <Form.Item name="number" label={t('programmes.number')} rules={[{ required: true, message: t('programmes.required') }]}>
          <Input id="doc-number" style={{ width: 200 }} placeholder="12/2025/QĐ-UBND" />
        </Form.Item>
        <Form.Item name="docType" label={t('programmes.type')} rules={[{ required: true, message: t('programmes.required') }]}>
          <Select id="doc-type" style={{ width: 180 }} options={DOC_TYPES.map((k) => ({ value: k, label: t(`programmes.docType_${k}`) }))} />
        </Form.Item>
        <Form.Item name="issuer" label={t('programmes.issuer')} rules={[{ required: true, message: t('programmes.required') }]}>
          <Input id="doc-issuer" style={{ width: 'min(280px, 80vw)' }} />
        </Form.Item>
      </Space>
      <Form.Item name="title" label={t('programmes.docTitle')} rules={[{ required: true, message: t('programmes.required') }]}>
        <Input.TextArea id="doc-title" autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="signedOn" label={t('programmes.signedOn')}>
          <IsoDatePicker allowClear data-testid="doc-signed" />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('programmes.effectiveFrom')}>
          <IsoDatePicker allowClear data-testid="doc-effective" />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('programmes.expiresOn')}>
          <IsoDatePicker allowClear data-testid="doc-expires" />
        </Form.Item>
        <Form.Item name="isPublic" label={t('programmes.public')} valuePropName="checked">
          <Switch id="doc-public" />
        </Form.Item>
      </Space>
      <Form.Item name="summary" label={t('programmes.summary')}>
        <Input.TextArea id="doc-summary" autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="file" label={t('programmes.file')} valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)}>
        <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx,.png,.jpg,.jpeg">
          <Button data-testid="doc-file">{t('programmes.chooseFile')}</Button>
        </Upload>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="doc-save">
        {t('programmes.save')}
      </Button>
    </Form>
  );
}

/** A policy the document sets: target groups, benefits, validity and the units it applies to (codes). */
export function PolicyForm({ doc }: { doc: Doc }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const submit = async (v: Record<string, any>) => {
    setBusy(true);
    try {
      await call(
        http.POST('/api/legal-documents/{id}/policies', {
          params: { path: { id: doc.id } },
          body: {
            name: v.name,
            targetGroups: v.targetGroups ?? '',
            benefits: v.benefits ?? '',
            validFrom: v.validFrom ?? null,
            validTo: v.validTo ?? null,
            areaCodes: v.areaCodes ?? [],
            areaDate: v.areaDate ?? todayVN(),
          },
        }),
      );
      message.success(t('programmes.saved'));
      form.resetFields();
      await qc.invalidateQueries({ queryKey: ['programmes'] });
    } catch (err) {
      showError(err, form, ['name', 'targetGroups', 'benefits', 'validFrom', 'validTo', 'areaCodes', 'areaDate']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('programmes.addPolicy')} style={{ marginTop: 12 }}>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="policy-form" initialValues={{ areaDate: todayVN() }}>
        <Form.Item name="name" label={t('programmes.policyName')} rules={[{ required: true, message: t('programmes.required') }]}>
          <Input id="policy-name" />
        </Form.Item>
        <Form.Item name="targetGroups" label={t('programmes.targetGroups')}>
          <Input.TextArea id="policy-targets" autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="benefits" label={t('programmes.benefits')}>
          <Input.TextArea id="policy-benefits" autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="validFrom" label={t('programmes.validFrom')}>
            <IsoDatePicker allowClear data-testid="policy-from" />
          </Form.Item>
          <Form.Item name="validTo" label={t('programmes.validTo')}>
            <IsoDatePicker allowClear data-testid="policy-to" />
          </Form.Item>
          <Form.Item name="areaCodes" label={t('programmes.areaCodes')} tooltip={t('programmes.areaCodesHint')}>
            <Select id="policy-areas" mode="tags" style={{ width: 'min(260px, 80vw)' }} tokenSeparators={[',', ' ']} open={false} />
          </Form.Item>
          <Form.Item name="areaDate" label={t('programmes.areaDate')}>
            <IsoDatePicker />
          </Form.Item>
        </Space>
        <Button htmlType="submit" loading={busy} data-testid="policy-save">
          {t('programmes.addPolicy')}
        </Button>
      </Form>
    </Card>
  );
}

/** A link from this document to one it amends, replaces or guides. */
export function LinkForm({ doc, others }: { doc: Doc; others: Doc[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm();
  const submit = async (v: { toId: number; kind: (typeof LINK_KINDS)[number]; effectiveOn?: string }) => {
    try {
      await call(
        http.POST('/api/legal-documents/{id}/links', {
          params: { path: { id: doc.id } },
          body: { toId: v.toId, kind: v.kind, effectiveOn: v.effectiveOn ?? null },
        }),
      );
      message.success(t('programmes.saved'));
      form.resetFields();
      await qc.invalidateQueries({ queryKey: ['programmes'] });
    } catch (err) {
      showError(err, form, ['toId', 'kind', 'effectiveOn']);
    }
  };
  return (
    <Card size="small" title={t('programmes.addLink')} style={{ marginTop: 12 }}>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="link-form" initialValues={{ kind: 'amends' }}>
        <Space wrap align="start">
          <Form.Item name="kind" label={t('programmes.linkKind')}>
            <Select id="link-kind" style={{ width: 160 }} options={LINK_KINDS.map((k) => ({ value: k, label: t(`programmes.link_${k}_out`) }))} />
          </Form.Item>
          <Form.Item name="toId" label={t('programmes.linkTo')} rules={[{ required: true, message: t('programmes.required') }]}>
            <Select
              id="link-to"
              showSearch
              optionFilterProp="label"
              style={{ width: 'min(320px, 80vw)' }}
              options={others.filter((o) => o.id !== doc.id).map((o) => ({ value: o.id, label: `${o.number} — ${o.title}` }))}
            />
          </Form.Item>
          <Form.Item name="effectiveOn" label={t('programmes.linkFrom')}>
            <IsoDatePicker allowClear />
          </Form.Item>
        </Space>
        <Button htmlType="submit" data-testid="link-save">
          {t('programmes.addLink')}
        </Button>
      </Form>
    </Card>
  );
}
