import { useState } from 'react';
import { App, Button, Card, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { CloseCircleOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { fmtDate, fmtDateTime } from '../../lib/format.js';
import { deciderName, type DuplicateItem, type DuplicatePerson } from './duplicatesApi.js';

const STATUS_COLORS = { open: 'gold', merged: 'green', not_duplicate: 'default' } as const;

interface Field {
  key: string;
  value: (p: DuplicatePerson) => ReactNode;
  /** What is compared to highlight a difference. */
  raw: (p: DuplicatePerson) => string;
}

/** Two persons the scan thinks may be one, compared field by field; the officer merges them or dismisses the pair. */
export function DuplicatePair({
  item,
  busy,
  onMerge,
  onDismiss,
}: {
  item: DuplicateItem;
  busy: boolean;
  onMerge: (keep: number) => Promise<void>;
  onDismiss: (note?: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [keep, setKeep] = useState<number>(item.a.id);
  const open = item.status === 'open';
  const sexLabel = (s: string) => (s === 'male' || s === 'female' ? t(`registerTools.duplicates.sex.${s}`) : s);

  const fields: Field[] = [
    { key: 'fullName', value: (p) => <Typography.Text strong>{p.fullName}</Typography.Text>, raw: (p) => p.fullName },
    { key: 'birth', value: (p) => (p.birthDate ? fmtDate(p.birthDate) : String(p.birthYear)), raw: (p) => p.birthDate ?? String(p.birthYear) },
    { key: 'sex', value: (p) => sexLabel(p.sex), raw: (p) => p.sex },
    { key: 'ethnic', value: (p) => p.ethnicName ?? '—', raw: (p) => p.ethnicName ?? '' },
    {
      key: 'cccd',
      value: (p) =>
        p.cccdMasked ? (
          <Typography.Text code style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
            {p.cccdMasked}
          </Typography.Text>
        ) : (
          '—'
        ),
      raw: (p) => p.cccdMasked ?? '',
    },
    { key: 'commune', value: (p) => (p.commune ? `${p.commune.name} (${p.commune.code})` : '—'), raw: (p) => p.commune?.code ?? '' },
    {
      key: 'household',
      value: (p) => (p.household ? <Link to={`/households/${p.household.id}`}>{p.household.code}</Link> : '—'),
      raw: (p) => p.household?.code ?? '',
    },
  ];

  const personHeader = (p: DuplicatePerson, label: string) => (
    <Space direction="vertical" size={0}>
      {open ? (
        <Radio checked={keep === p.id} onChange={() => setKeep(p.id)} data-testid={`dup-keep-${p.id}`}>
          {t('registerTools.duplicates.keep')} {label}
        </Radio>
      ) : (
        <span>{label}</span>
      )}
      <Link to={`/persons/${p.id}`}>#{p.id}</Link>
      {p.deletedAt && <Tag color="red">{t('registerTools.duplicates.deleted')}</Tag>}
    </Space>
  );

  const confirmMerge = () => {
    const kept = keep === item.a.id ? item.a : item.b;
    const gone = keep === item.a.id ? item.b : item.a;
    modal.confirm({
      title: t('registerTools.duplicates.mergeTitle'),
      content: t('registerTools.duplicates.mergeConfirm', { keep: `${kept.fullName} (#${kept.id})`, gone: `${gone.fullName} (#${gone.id})` }),
      okText: t('registerTools.duplicates.merge'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => onMerge(keep),
    });
  };

  const confirmDismiss = () => {
    let note = '';
    modal.confirm({
      title: t('registerTools.duplicates.notDuplicate'),
      content: (
        <Input.TextArea
          rows={2}
          maxLength={300}
          placeholder={t('registerTools.duplicates.notePlaceholder')}
          onChange={(e) => (note = e.target.value)}
          data-testid="dup-note"
        />
      ),
      okText: t('registerTools.duplicates.notDuplicate'),
      cancelText: t('common.cancel'),
      onOk: () => onDismiss(note.trim() || undefined),
    });
  };

  const rows = fields.map((f) => ({ ...f, differs: f.raw(item.a) !== f.raw(item.b) }));
  return (
    <Card
      size="small"
      data-testid={`dup-item-${item.id}`}
      title={
        <Space wrap size={4} style={{ whiteSpace: 'normal', paddingBlock: 4 }}>
          <Tag color={item.reason === 'same_cccd' ? 'red' : 'blue'} style={{ whiteSpace: 'normal' }}>
            {t(`registerTools.duplicates.reason.${item.reason}`)}
          </Tag>
          <Tag color={STATUS_COLORS[item.status]}>{t(`registerTools.duplicates.status.${item.status}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
            {fmtDateTime(item.createdAt)}
          </Typography.Text>
        </Space>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="dup-matched">
        <Typography.Text type="secondary">{t('registerTools.duplicates.matchedLabel')} </Typography.Text>
        {item.matched.length
          ? item.matched.map((m) => (
              <Tag key={m} color="geekblue" style={{ marginBottom: 4 }}>
                {t(`registerTools.duplicates.matched.${m}`)}
              </Tag>
            ))
          : '—'}
      </Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        tableLayout="fixed"
        rowClassName={(r) => (r.differs ? 'diff-changed' : '')}
        columns={[
          { key: 'label', width: 96, render: (_, r) => <Typography.Text type="secondary">{t(`registerTools.duplicates.field.${r.key}`)}</Typography.Text> },
          { key: 'a', title: personHeader(item.a, 'A'), render: (_, r) => <span style={{ wordBreak: 'break-word' }}>{r.value(item.a)}</span> },
          { key: 'b', title: personHeader(item.b, 'B'), render: (_, r) => <span style={{ wordBreak: 'break-word' }}>{r.value(item.b)}</span> },
        ]}
      />
      {open ? (
        <Space wrap style={{ marginTop: 12 }}>
          <Button type="primary" danger icon={<MergeCellsOutlined />} loading={busy} onClick={confirmMerge} data-testid="dup-merge">
            {t('registerTools.duplicates.merge')}
          </Button>
          <Button icon={<CloseCircleOutlined />} disabled={busy} onClick={confirmDismiss} data-testid="dup-dismiss">
            {t('registerTools.duplicates.notDuplicate')}
          </Button>
        </Space>
      ) : (
        item.decidedAt && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('registerTools.duplicates.decided', { at: fmtDateTime(item.decidedAt), by: deciderName(item.decidedBy) })}
            {item.note ? ` · ${item.note}` : ''}
          </Typography.Paragraph>
        )
      )}
    </Card>
  );
}
