import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { fmtDate, fromIso, toIso, DATE_FORMAT } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { downloadFile } from '../reporting/excel/download.js';
import { DocumentForm, LinkForm, PolicyForm, useMayManage } from './LibraryForms.js';

type Doc = Res<'/api/legal-documents', 'get'>['items'][number];
const STATUS_COLOR: Record<Doc['status'], string> = { not_yet: 'default', in_force: 'green', amended: 'gold', replaced: 'red', expired: 'default' };

/** Search the library (diacritics and case ignored) and read each document's policies and links. */
export function LibraryTab() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [date, setDate] = useState(todayVN());
  const [open, setOpen] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const mayManage = useMayManage();
  const docs = useQuery({
    queryKey: ['programmes', 'documents', q, date],
    queryFn: () => call(http.GET('/api/legal-documents', { params: { query: { q: q || undefined, date, pageSize: 100 } } })),
  });
  const d = (iso: string | null) => (iso ? fmtDate(iso) : t('programmes.unknownDate'));

  return (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%' }}>
        <Input.Search
          id="library-search"
          allowClear
          placeholder={t('programmes.search')}
          onSearch={(v) => setQ(v.trim())}
          style={{ width: 'min(480px, 90vw)' }}
          enterButton
        />
        <Space>
          <Typography.Text type="secondary">{t('programmes.statusDate')}</Typography.Text>
          <DatePicker format={DATE_FORMAT} value={fromIso(date)} allowClear={false} onChange={(v) => setDate(toIso(v) ?? todayVN())} />
        </Space>
        {mayManage && (
          <Button type="primary" onClick={() => setAdding(!adding)} data-testid="doc-add">
            {t('programmes.addDocument')}
          </Button>
        )}
      </Space>
      {adding && (
        <Card size="small" title={t('programmes.addDocument')} style={{ marginBottom: 12 }}>
          <DocumentForm
            onDone={(id) => {
              setAdding(false);
              setOpen(id);
            }}
          />
        </Card>
      )}
      {docs.error && <Alert type="error" showIcon message={(docs.error as Error).message} />}
      <List
        data-testid="library-list"
        loading={docs.isLoading}
        dataSource={docs.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('programmes.noDocuments')} /> }}
        renderItem={(doc) => (
          <List.Item key={doc.id} data-testid={`doc-${doc.number}`} style={{ display: 'block' }}>
            <Space wrap size={[8, 4]}>
              <Typography.Link strong onClick={() => setOpen(open === doc.id ? null : doc.id)}>
                {doc.docTypeName} {doc.number}
              </Typography.Link>
              <Tag color={STATUS_COLOR[doc.status]} data-testid="doc-status">
                {t(`programmes.status_${doc.status}`)}
              </Tag>
              {doc.isPublic && <Tag color="blue">{t('programmes.public')}</Tag>}
            </Space>
            <div>{doc.title}</div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {doc.issuer} · {t('programmes.signedOn')}: {d(doc.signedOn)}
            </Typography.Text>
            {open === doc.id && <DocumentDetail doc={doc} d={d} others={docs.data?.items ?? []} />}
          </List.Item>
        )}
      />
    </>
  );
}

function DocumentDetail({ doc, d, others }: { doc: Doc; d: (iso: string | null) => string; others: Doc[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <div style={{ marginTop: 8 }} data-testid="doc-detail">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('programmes.effectiveFrom')}>{d(doc.effectiveFrom)}</Descriptions.Item>
        <Descriptions.Item label={t('programmes.expiresOn')}>{doc.expiresOn ? fmtDate(doc.expiresOn) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('programmes.summary')} span={2}>
          {doc.summary || '—'}
        </Descriptions.Item>
      </Descriptions>
      {doc.links.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('programmes.links')}
          </Typography.Title>
          <ul style={{ paddingLeft: 20, margin: 0 }}>
            {doc.links.map((l) => (
              <li key={l.id}>
                {t(`programmes.link_${l.kind}_${l.direction}`)} <strong>{l.otherNumber}</strong>{' '}
                {l.effectiveOn && t('programmes.fromDate', { date: fmtDate(l.effectiveOn) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {doc.policies.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('programmes.policies')}
          </Typography.Title>
          {doc.policies.map((p) => (
            <Descriptions key={p.id} title={p.name} size="small" column={1} style={{ marginBottom: 8 }}>
              <Descriptions.Item label={t('programmes.targetGroups')}>{p.targetGroups || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('programmes.benefits')}>{p.benefits || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('programmes.areas')}>
                {p.areas.length ? p.areas.map((a) => `${a.name} (${a.code})`).join(', ') : t('programmes.nationwide')}
              </Descriptions.Item>
            </Descriptions>
          ))}
        </>
      )}
      {doc.file && (
        <Button style={{ marginTop: 8 }} onClick={() => void downloadFile(`/legal-documents/${doc.id}/file`, doc.file!.name)}>
          {t('programmes.file')}: {doc.file.name}
        </Button>
      )}
      {doc.canEdit && (
        <>
          <Button style={{ marginTop: 8, marginLeft: doc.file ? 8 : 0 }} onClick={() => setEditing(!editing)} data-testid="doc-edit">
            {t('programmes.editDocument')}
          </Button>
          {editing && (
            <Card size="small" title={t('programmes.editDocument')} style={{ marginTop: 12 }}>
              <DocumentForm doc={doc} onDone={() => setEditing(false)} />
            </Card>
          )}
          <PolicyForm doc={doc} />
          <LinkForm doc={doc} others={others} />
        </>
      )}
    </div>
  );
}
