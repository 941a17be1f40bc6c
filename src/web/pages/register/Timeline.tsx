import { Empty, Space, Tag, Timeline as AntTimeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtDate, fmtDateTime, fmtNumber } from '../../lib/format.js';
import { useCodes, useEthnicGroups, type Change, type CodeListName, type LifeEvent } from './api.js';

const CODED: Record<string, CodeListName> = {
  housing: 'housing',
  waterSource: 'waterSource',
  electricity: 'electricity',
  toiletType: 'toiletType',
  mainLivelihood: 'mainLivelihood',
  incomeBand: 'incomeBand',
  internetAccess: 'internetAccess',
  relationship: 'relationship',
  sex: 'sex',
  status: 'povertyStatus',
  maritalStatus: 'maritalStatus',
  educationLevel: 'educationLevel',
  schoolEnrolment: 'schoolEnrolment',
  disability: 'disability',
  religion: 'religion',
};
const DATES = new Set(['validFrom', 'validTo', 'birthDate', 'deathDate']);

interface Props {
  changes: Change[];
  events: LifeEvent[];
  /** Names of persons by id (members shown on the page). */
  personName?: (id: number) => string | undefined;
  villageName?: (id: number) => string | undefined;
  /** Names of communes by id (old and new communes of a move). */
  communeName?: (id: number) => string | undefined;
  testId?: string;
}

/** Value of a field as a reader understands it: coded values, dates, yes/no, village and ethnic names. */
export function useFieldValue(villageName?: (id: number) => string | undefined, communeName?: (id: number) => string | undefined) {
  const { t } = useTranslation();
  const codes = useCodes();
  const ethnic = useEthnicGroups();
  return (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('register.timeline.empty_value');
    if (CODED[field]) return codes.label(CODED[field], String(v));
    if (field === 'deprivations' && Array.isArray(v)) return v.length ? v.map((d) => codes.label('deprivation', String(d))).join(', ') : '0';
    if (field === 'ethnicCode') return ethnic.name(String(v));
    if (field === 'villageId') return villageName?.(Number(v)) ?? `#${String(v)}`;
    if (field === 'communeId') return communeName?.(Number(v)) ?? `#${String(v)}`;
    if (field === 'endReason') return t(`register.endReasons.${String(v)}`, { defaultValue: String(v) });
    if (DATES.has(field)) return fmtDate(String(v));
    if (typeof v === 'boolean') return t(v ? 'register.form.yes' : 'register.form.no');
    if (field === 'birthYear' || field === 'year') return String(v);
    if (typeof v === 'number') return fmtNumber(v);
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  };
}

/**
 * The history of a record: changes grouped by when they were made (one life event or one edit), each
 * line "field: old → new" with names and coded values translated.
 */
export function HistoryTimeline({ changes, events, personName, villageName, communeName, testId = 'timeline' }: Props) {
  const { t } = useTranslation();
  const value = useFieldValue(villageName, communeName);
  if (changes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('register.timeline.empty')} />;
  const groups: Change[][] = [];
  for (const c of [...changes].sort((a, b) => b.changedAt.localeCompare(a.changedAt) || b.id - a.id)) {
    const last = groups[groups.length - 1];
    if (last && last[0].changedAt === c.changedAt && last[0].eventId === c.eventId) last.push(c);
    else groups.push([c]);
  }
  // Memberships are named by their person (from the membership's creation mark).
  const memberPerson = new Map<number, number>();
  for (const c of changes)
    if (c.entity === 'membership' && c.field === '_created') memberPerson.set(c.entityId, Number((c.newValue as { personId?: number })?.personId));
  const who = (c: Change) => {
    const id = c.entity === 'person' ? c.entityId : c.entity === 'membership' ? memberPerson.get(c.entityId) : undefined;
    if (id === undefined) return t(`register.timeline.entity.${c.entity}`, { defaultValue: c.entity });
    return personName?.(id) ?? t('register.timeline.person', { id });
  };
  const line = (c: Change) => {
    const field = t(`register.fields.${c.field}`, { defaultValue: c.field });
    if (c.field === '_created') {
      const rel = (c.newValue as { relationship?: string })?.relationship;
      return (
        <span>
          <Tag color="green">
            {c.entity === 'household' ? t('register.timeline.created') : c.entity === 'membership' ? t('register.timeline.joined') : field}
          </Tag>
          {c.entity !== 'household' && who(c)}
          {rel && ` (${value('relationship', rel)})`}
        </span>
      );
    }
    if (c.entity === 'membership' && c.field === 'validTo' && c.newValue) {
      return (
        <span>
          <Tag color="orange">{t('register.timeline.left')}</Tag>
          {who(c)} <Typography.Text type="secondary">({t('register.timeline.lastDay', { date: fmtDate(String(c.newValue)) })})</Typography.Text>
        </span>
      );
    }
    if (c.field === '_deleted' || c.field === '_restored')
      return (
        <span>
          <Tag color={c.field === '_deleted' ? 'red' : 'blue'}>{field}</Tag>
          {who(c)}
        </span>
      );
    return (
      <span>
        {c.entity !== 'household' && <Typography.Text type="secondary">{who(c)} · </Typography.Text>}
        <Typography.Text strong>{field}</Typography.Text>
        {c.entity === 'poverty' && ` ${c.entityId}`}:{' '}
        <Typography.Text delete type="secondary">
          {value(c.field, c.oldValue)}
        </Typography.Text>{' '}
        → <Typography.Text>{value(c.field, c.newValue)}</Typography.Text>
      </span>
    );
  };
  return (
    <AntTimeline
      data-testid={testId}
      items={groups.map((g) => {
        const ev = g[0].eventId ? events.find((e) => e.id === g[0].eventId) : undefined;
        return {
          key: g[0].id,
          color: ev ? 'purple' : g.some((c) => c.field === '_deleted') ? 'red' : 'blue',
          content: (
            <Space orientation="vertical" size={2} style={{ width: '100%' }} data-testid="timeline-entry">
              <Space wrap size={4}>
                <Typography.Text strong>{fmtDate(g[0].effectiveDate)}</Typography.Text>
                {ev && <Tag color="purple">{t(`register.events.types.${ev.type}`)}</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {g[0].changedBy ? t('register.timeline.by', { user: g[0].changedBy }) : ''} · {fmtDateTime(g[0].changedAt)}
                </Typography.Text>
              </Space>
              {[...g]
                .sort((a, b) => Number(b.entity === 'household') - Number(a.entity === 'household') || a.id - b.id)
                .map((c) => (
                  <div key={c.id} style={{ wordBreak: 'break-word' }}>
                    {line(c)}
                  </div>
                ))}
            </Space>
          ),
        };
      })}
    />
  );
}
