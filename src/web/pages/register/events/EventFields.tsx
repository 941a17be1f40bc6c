import { useEffect, useState } from 'react';
import { Button, Card, Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../../api/client.js';
import { useDebounced } from '../../../lib/hooks.js';
import { todayVN } from '../../../../shared/dates.js';
import { COMMUNE_CODE } from '../../../../shared/fields.js';
import { useCodes, useVillages, type HouseholdDetail, type HouseholdItem, type Member } from '../api.js';
import { PersonFields } from '../PersonFields.js';
import { HOUSEHOLD_CODE } from '../validation.js';
import { personLabel, relKey, relationToNewHead, RelationshipRows, usePrefill, type Rels } from './Relationships.js';

function useRequired() {
  const { t } = useTranslation();
  return { required: true, message: t('register.form.required') };
}

function memberOptions(members: Member[], filter: (m: Member) => boolean = () => true) {
  return members.filter(filter).map((m) => ({ value: m.id, label: `${m.fullName} (${m.birthYear})` }));
}

/** The new head, asked only when the head leaves. */
function NewHead({ members, leaving }: { members: Member[]; leaving: number[] }) {
  const { t } = useTranslation();
  const required = useRequired();
  const head = members.find((m) => m.relationship === 'head');
  const headLeaves = head && leaving.includes(head.id);
  const stay = members.filter((m) => !leaving.includes(m.id));
  if (!headLeaves || stay.length === 0) return null;
  return (
    <Form.Item name="newHeadPersonId" label={t('register.events.newHead')} extra={t('register.events.newHeadHint')} rules={[required]}>
      <Select options={memberOptions(stay)} data-testid="event-new-head" />
    </Form.Item>
  );
}

export function BirthFields() {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('register.events.newborn')} style={{ marginBottom: 12 }}>
      <PersonFields prefix={['person']} path={['person']} withRelationship noBirth excludeRelationships={['head']} />
    </Card>
  );
}

export function DeathFields({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const required = useRequired();
  const who = Form.useWatch('personId') as number | undefined;
  return (
    <>
      <Form.Item name="personId" label={t('register.events.person')} rules={[required]}>
        <Select options={memberOptions(members)} data-testid="event-person" />
      </Form.Item>
      <NewHead members={members} leaving={who ? [who] : []} />
    </>
  );
}

export function ChangeHeadFields({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const required = useRequired();
  const who = Form.useWatch('personId') as number | undefined;
  const next = members.find((m) => m.id === who);
  // Everyone's relationship to the new head, guessed from what it was to the former head.
  usePrefill(String(who ?? ''), () =>
    next ? Object.fromEntries(members.filter((m) => m !== next).map((m) => [relKey(m.id), relationToNewHead(next, m)])) : {},
  );
  return (
    <>
      <Form.Item name="personId" label={t('register.events.newHead')} rules={[required]}>
        <Select options={memberOptions(members, (m) => m.relationship !== 'head')} data-testid="event-person" />
      </Form.Item>
      {next && (
        <RelationshipRows
          title={t('register.events.relationshipsToNewHead')}
          people={[next, ...members.filter((m) => m !== next)].map((m) => ({ id: m.id, label: personLabel(m), isHead: m === next }))}
        />
      )}
    </>
  );
}

type DestKind = 'place' | 'existing' | 'new';

/** Households of a commune (by its code), found by code or head's name: within the user's area only. */
function HouseholdPicker({
  communeCode,
  excludeId,
  testId,
  onItems,
  ...control
}: {
  communeCode: string | undefined;
  excludeId: number;
  testId: string;
  onItems?: (items: HouseholdItem[]) => void;
  value?: number;
  onChange?: (v: number) => void;
  id?: string;
}) {
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const found = useQuery({
    queryKey: ['households', 'pick', communeCode ?? '', query],
    queryFn: () => call(http.GET('/api/households', { params: { query: { commune: communeCode, q: query, pageSize: 20 } } })),
    enabled: !!communeCode,
  });
  const items = (found.data?.items ?? []).filter((h) => h.id !== excludeId);
  useEffect(() => onItems?.(items), [found.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const options = items.map((h) => ({ value: h.id, label: `${h.code} – ${h.head?.fullName ?? ''}` }));
  return (
    <Select
      {...control}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      options={options}
      data-testid={testId}
      disabled={!communeCode}
    />
  );
}

export function MoveOutFields({ members, household }: { members: Member[]; household: HouseholdDetail }) {
  const { t } = useTranslation();
  const required = useRequired();
  const picked = (Form.useWatch('personIds') as number[] | undefined) ?? [];
  const kind = (Form.useWatch('destKind') as DestKind | undefined) ?? 'place';
  const commune = (Form.useWatch('toCommuneCode') as string | undefined)?.trim();
  const date = (Form.useWatch('date') as string | undefined) ?? todayVN();
  const destHeadId = Form.useWatch('destHeadId') as number | undefined;
  const communeOk = !!commune && COMMUNE_CODE.test(commune);
  const villages = useVillages(kind === 'new' && communeOk ? commune : undefined, date);
  const leaving = picked.length ? members.filter((m) => picked.includes(m.id)) : members;
  const head = members.find((m) => m.relationship === 'head');
  const destHead = kind === 'new' ? leaving.find((m) => m.id === destHeadId) : undefined;
  const form = Form.useFormInstance();
  // The new household's head: the present head when he moves, else the first to move.
  useEffect(() => {
    if (kind !== 'new') return;
    if (!leaving.some((m) => m.id === destHeadId)) form.setFieldValue('destHeadId', (leaving.find((m) => m === head) ?? leaving[0])?.id);
  }, [kind, leaving.map((m) => m.id).join()]); // eslint-disable-line react-hooks/exhaustive-deps
  usePrefill(`${kind}:${destHead?.id ?? ''}:${leaving.map((m) => m.id).join()}`, () =>
    Object.fromEntries(
      leaving
        .filter((m) => m !== destHead)
        .map((m) => [relKey(m.id), kind === 'new' && destHead ? (destHead === head ? m.relationship : relationToNewHead(destHead, m)) : 'other']),
    ),
  );
  return (
    <>
      <Form.Item name="personIds" label={t('register.events.whoLeaves')}>
        <Select mode="multiple" allowClear options={memberOptions(members)} placeholder={t('register.events.allMembers')} data-testid="event-persons" />
      </Form.Item>
      <NewHead members={members} leaving={leaving.map((m) => m.id)} />
      <Form.Item name="destKind" label={t('register.events.destination')}>
        <Radio.Group data-testid="event-dest-kind" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          <Radio value="place">{t('register.events.destNoHousehold')}</Radio>
          <Radio value="existing">{t('register.events.destExisting')}</Radio>
          <Radio value="new">{t('register.events.destNew')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="toCommuneCode"
            label={t('register.events.toCommune')}
            rules={[{ pattern: COMMUNE_CODE, message: t('register.events.communeCodeRule') }, ...(kind === 'place' ? [] : [required])]}
          >
            <Input maxLength={5} inputMode="numeric" placeholder="05425" data-testid="event-to-commune" />
          </Form.Item>
        </Col>
        {kind === 'place' && (
          <Col xs={24} sm={12}>
            <Form.Item name="toPlace" label={t('register.events.toPlace')} rules={[{ max: 300 }]}>
              <Input maxLength={300} data-testid="event-to-place" />
            </Form.Item>
          </Col>
        )}
        {kind === 'existing' && (
          <Col xs={24} sm={12}>
            <Form.Item name="toHouseholdId" label={t('register.events.toHousehold')} extra={t('register.events.intoHouseholdHint')} rules={[required]}>
              <HouseholdPicker communeCode={communeOk ? commune : undefined} excludeId={household.id} testId="event-to-household" />
            </Form.Item>
          </Col>
        )}
      </Row>
      {kind === 'new' && (
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="newCode"
              label={t('register.events.newHouseholdCode')}
              rules={[required, { pattern: HOUSEHOLD_CODE, max: 30, message: t('register.form.codeRule') }]}
            >
              <Input maxLength={30} data-testid="event-new-code" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="newVillageId" label={t('register.fields.villageId')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!communeOk}
                options={(villages.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
                data-testid="event-new-village"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="destHeadId" label={t('register.events.destHead')} rules={[required]}>
              <Select options={memberOptions(leaving)} data-testid="event-dest-head" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="newAddress" label={t('register.events.newHouseholdAddress')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {kind !== 'place' && (
        <RelationshipRows
          title={t(kind === 'new' ? 'register.events.relationshipsToDestHead' : 'register.events.relationshipsToReceivingHead')}
          people={leaving.map((m) => ({ id: m.id, label: personLabel(m), isHead: m === destHead }))}
        />
      )}
    </>
  );
}

/** Persons held in no household (e.g. handed over by another commune's move out), found by name or CCCD, each with a relationship. */
function ArrivingPersons() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [known, setKnown] = useState<Record<number, string>>({});
  const query = useDebounced(q.trim(), 300);
  const found = useQuery({
    queryKey: ['persons', 'pick-former', query],
    queryFn: () => call(http.GET('/api/persons', { params: { query: { status: 'former', q: query, pageSize: 20 } } })),
  });
  const options = (found.data?.items ?? [])
    .filter((p) => !p.deathDate)
    .map((p) => ({ value: p.id, label: `${p.fullName} (${p.birthYear}) – ${p.commune.fullName}` }));
  useEffect(() => setKnown((k) => ({ ...k, ...Object.fromEntries((found.data?.items ?? []).map((p) => [p.id, personLabel(p)])) })), [found.data]);
  const ids = (Form.useWatch('existingPersonIds') as number[] | undefined) ?? [];
  const form = Form.useFormInstance();
  usePrefill(ids.join(), () => {
    const current = (form.getFieldValue('rels') ?? {}) as Rels;
    return Object.fromEntries(ids.map((id) => [relKey(id), current[relKey(id)] ?? 'other']));
  });
  return (
    <>
      <Form.Item name="existingPersonIds" label={t('register.events.arriving')} extra={t('register.events.arrivingHint')}>
        <Select
          mode="multiple"
          allowClear
          showSearch={{ filterOption: false, onSearch: setQ }}
          loading={found.isFetching}
          options={options}
          data-testid="event-arriving"
        />
      </Form.Item>
      <RelationshipRows title={t('register.events.relationshipsToHead')} people={ids.map((id) => ({ id, label: known[id] ?? `#${id}` }))} />
    </>
  );
}

export function MoveInFields() {
  const { t } = useTranslation();
  return (
    <>
      <ArrivingPersons />
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name="fromCommuneCode" label={t('register.events.fromCommune')} rules={[{ pattern: COMMUNE_CODE, message: '5 số / 5 digits' }]}>
            <Input maxLength={5} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="fromPlace" label={t('register.events.fromPlace')} rules={[{ max: 300 }]}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                title={`${t('register.events.newPerson')} ${i + 1}`}
                style={{ marginBottom: 12 }}
                extra={
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('register.form.removeMember')}
                  />
                }
              >
                <PersonFields prefix={[field.name]} path={['members', field.name]} withRelationship excludeRelationships={['head']} />
              </Card>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ relationship: 'other' })} style={{ marginBottom: 12 }}>
              {t('register.form.addMember')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

export function SplitFields({ members, household }: { members: Member[]; household: HouseholdDetail }) {
  const { t } = useTranslation();
  const required = useRequired();
  const codes = useCodes();
  const villages = useVillages(household.commune.code, todayVN());
  const chosen = ((Form.useWatch('splitMembers') as { personId?: number }[] | undefined) ?? []).map((m) => m?.personId).filter((x): x is number => !!x);
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="newCode"
            label={t('register.events.newHouseholdCode')}
            rules={[required, { pattern: HOUSEHOLD_CODE, max: 30, message: t('register.form.codeRule') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="newVillageId" label={t('register.fields.villageId')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(villages.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="newAddress" label={t('register.events.newHouseholdAddress')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List
        name="splitMembers"
        initialValue={[{ relationship: 'head' }]}
        rules={[
          {
            validator: async (_, list: { relationship?: string }[] = []) => {
              if (list.filter((m) => m?.relationship === 'head').length !== 1) throw new Error(t('register.events.needOneHead'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Card size="small" style={{ marginBottom: 12 }}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {t('register.events.splitMembers')}
            </Typography.Text>
            {fields.map((field) => (
              <Row key={field.key} gutter={8} wrap={false} align="top" style={{ marginBottom: 4 }} data-testid={`split-row-${field.name}`}>
                <Col flex="auto">
                  <Row gutter={8}>
                    <Col xs={24} sm={14}>
                      <Form.Item name={[field.name, 'personId']} rules={[required]} style={{ marginBottom: 8 }}>
                        <Select options={memberOptions(members)} placeholder={t('register.events.person')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={10}>
                      <Form.Item name={[field.name, 'relationship']} rules={[required]} style={{ marginBottom: 8 }}>
                        <Select options={codes.options('relationship')} virtual={false} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Col>
                <Col flex="none">
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('register.form.removeMember')} />
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ relationship: 'child' })}>
              {t('register.form.addMember')}
            </Button>
          </Card>
        )}
      </Form.List>
      <NewHead members={members} leaving={chosen} />
    </>
  );
}

export function MergeFields({ household, members }: { household: HouseholdDetail; members: Member[] }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [items, setItems] = useState<HouseholdItem[]>([]);
  const into = Form.useWatch('intoHouseholdId') as number | undefined;
  const target = items.find((h) => h.id === into);
  // A receiving household without a head takes this household's head as its head.
  const takesHead = !!target && !target.head;
  usePrefill(`${into ?? ''}:${takesHead}`, () =>
    Object.fromEntries(members.filter((m) => !(takesHead && m.relationship === 'head')).map((m) => [relKey(m.id), 'other'])),
  );
  return (
    <>
      <Form.Item name="intoHouseholdId" label={t('register.events.intoHousehold')} extra={t('register.events.intoHouseholdHint')} rules={[required]}>
        <HouseholdPicker
          communeCode={household.commune.code}
          excludeId={household.id}
          testId="event-into"
          onItems={(list) => setItems((old) => [...old.filter((o) => !list.some((n) => n.id === o.id)), ...list])}
        />
      </Form.Item>
      {into && (
        <RelationshipRows
          title={t('register.events.relationshipsToReceivingHead')}
          people={members.map((m) => ({ id: m.id, label: personLabel(m), isHead: takesHead && m.relationship === 'head' }))}
        />
      )}
    </>
  );
}
