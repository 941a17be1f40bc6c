import { Button, Card, Form, Input, Select, Switch, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { call, http, upload } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { IsoDatePicker } from '../../components/common.js';
import { ActionForm, FieldRow, usePageActions } from '../../components/PageActions.js';
import { useMe } from '../../lib/session.js';
import { todayVN } from '../../../shared/dates.js';

type Doc = Res<'/api/legal-documents', 'get'>['items'][number];
const DOC_TYPES = ['luat', 'nghi_dinh', 'quyet_dinh', 'thong_tu', 'nghi_quyet', 'cong_van', 'khac'] as const;
const LINK_KINDS = ['amends', 'replaces', 'guides'] as const;
export const KEY = ['programmes'];

/** Administrators and provincial officers write the library and the programme tree. */
export function useMayManage(): boolean {
  const me = useMe();
  return me.data?.role === 'admin' || me.data?.role === 'province_officer';
}

/** The "required" rule of a field, with the page's message. */
export function useRequired() {
  const { t } = useTranslation();
  return [{ required: true, message: t('programmes.required') }];
}

/** A legal document: new (no `doc`) or changed; the file (PDF, Word, image) is sent after the fields. */
export function DocumentForm({ doc, onDone }: { doc?: Doc; onDone: (id: number) => void }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm();
  const { busy, run, banners } = usePageActions(KEY, 'doc');
  const submit = (v: Record<string, any>) =>
    run(async () => {
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
      form.resetFields();
      onDone(id);
    }, form);
  return (
    <>
      {banners}
      <ActionForm
        stacked
        form={form}
        busy={busy}
        testId="document-form"
        submit={t('programmes.save')}
        submitTestId="doc-save"
        initialValues={doc ? { ...doc, file: [] } : { docType: 'quyet_dinh', isPublic: false, file: [] }}
        onFinish={submit}
      >
        <FieldRow>
          <Form.Item name="number" label={t('programmes.number')} rules={required}>
            <Input id="doc-number" style={{ width: 200 }} placeholder="12/2025/QĐ-UBND" />
          </Form.Item>
          <Form.Item name="docType" label={t('programmes.type')} rules={required}>
            <Select id="doc-type" style={{ width: 180 }} options={DOC_TYPES.map((k) => ({ value: k, label: t(`programmes.docType_${k}`) }))} />
          </Form.Item>
          <Form.Item name="issuer" label={t('programmes.issuer')} rules={required}>
            <Input id="doc-issuer" style={{ width: 'min(280px, 80vw)' }} />
          </Form.Item>
        </FieldRow>
        <Form.Item name="title" label={t('programmes.docTitle')} rules={required}>
          <Input.TextArea id="doc-title" autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <FieldRow>
          <Form.Item name="signedOn" label={t('programmes.signedOn')}>
            <IsoDatePicker allowClear id="doc-signed" />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('programmes.effectiveFrom')}>
            <IsoDatePicker allowClear id="doc-effective" />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('programmes.expiresOn')}>
            <IsoDatePicker allowClear id="doc-expires" />
          </Form.Item>
          <Form.Item name="isPublic" label={t('programmes.public')} valuePropName="checked">
            <Switch id="doc-public" />
          </Form.Item>
        </FieldRow>
        <Form.Item name="summary" label={t('programmes.summary')}>
          <Input.TextArea id="doc-summary" autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="file" label={t('programmes.file')} valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)}>
          <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx,.png,.jpg,.jpeg">
            <Button data-testid="doc-file">{t('programmes.chooseFile')}</Button>
          </Upload>
        </Form.Item>
      </ActionForm>
    </>
  );
}

/** A policy the document sets: target groups, benefits, validity and the units it applies to (codes). */
export function PolicyForm({ doc }: { doc: Doc }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm();
  const { busy, run, setNotice, banners } = usePageActions(KEY, 'policy');
  const submit = (v: Record<string, any>) =>
    run(async () => {
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
      setNotice(t('programmes.saved'));
      form.resetFields();
    }, form);
  return (
    <Card size="small" title={t('programmes.addPolicy')} style={{ marginTop: 12 }}>
      {banners}
      <ActionForm
        stacked
        form={form}
        busy={busy}
        testId="policy-form"
        submit={t('programmes.addPolicy')}
        submitTestId="policy-save"
        initialValues={{ areaDate: todayVN() }}
        onFinish={submit}
      >
        <Form.Item name="name" label={t('programmes.policyName')} rules={required}>
          <Input id="policy-name" />
        </Form.Item>
        <Form.Item name="targetGroups" label={t('programmes.targetGroups')}>
          <Input.TextArea id="policy-targets" autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="benefits" label={t('programmes.benefits')}>
          <Input.TextArea id="policy-benefits" autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <FieldRow>
          <Form.Item name="validFrom" label={t('programmes.validFrom')}>
            <IsoDatePicker allowClear id="policy-from" />
          </Form.Item>
          <Form.Item name="validTo" label={t('programmes.validTo')}>
            <IsoDatePicker allowClear id="policy-to" />
          </Form.Item>
          <Form.Item name="areaCodes" label={t('programmes.areaCodes')} tooltip={t('programmes.areaCodesHint')}>
            <Select id="policy-areas" mode="tags" style={{ width: 'min(260px, 80vw)' }} tokenSeparators={[',', ' ']} open={false} />
          </Form.Item>
          <Form.Item name="areaDate" label={t('programmes.areaDate')}>
            <IsoDatePicker id="policy-area-date" />
          </Form.Item>
        </FieldRow>
      </ActionForm>
    </Card>
  );
}

/** A link from this document to one it amends, replaces or guides. */
export function LinkForm({ doc, others }: { doc: Doc; others: Doc[] }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm();
  const { busy, run, setNotice, banners } = usePageActions(KEY, 'link');
  const submit = (v: { toId: number; kind: (typeof LINK_KINDS)[number]; effectiveOn?: string }) =>
    run(async () => {
      await call(
        http.POST('/api/legal-documents/{id}/links', {
          params: { path: { id: doc.id } },
          body: { toId: v.toId, kind: v.kind, effectiveOn: v.effectiveOn ?? null },
        }),
      );
      setNotice(t('programmes.saved'));
      form.resetFields();
    }, form);
  return (
    <Card size="small" title={t('programmes.addLink')} style={{ marginTop: 12 }}>
      {banners}
      <ActionForm
        form={form}
        busy={busy}
        testId="link-form"
        submit={t('programmes.addLink')}
        submitTestId="link-save"
        initialValues={{ kind: 'amends' }}
        onFinish={submit}
      >
        <Form.Item name="kind" label={t('programmes.linkKind')}>
          <Select id="link-kind" style={{ width: 160 }} options={LINK_KINDS.map((k) => ({ value: k, label: t(`programmes.link_${k}_out`) }))} />
        </Form.Item>
        <Form.Item name="toId" label={t('programmes.linkTo')} rules={required}>
          <Select
            id="link-to"
            showSearch
            optionFilterProp="label"
            style={{ width: 'min(320px, 80vw)' }}
            options={others.filter((o) => o.id !== doc.id).map((o) => ({ value: o.id, label: `${o.number} — ${o.title}` }))}
          />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('programmes.linkFrom')}>
          <IsoDatePicker allowClear id="link-from" />
        </Form.Item>
      </ActionForm>
    </Card>
  );
}
