import { useState } from 'react';
import { Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../../api/client.js';
import type { Paged } from '../../../api/types.js';
import { useDebounced } from '../../../lib/hooks.js';
import { todayIso } from '../../../lib/format.js';
import { useCodes, useVillages, type HouseholdDetail, type HouseholdItem, type Member, type PersonItem } from '../api.js';
import { PersonFields } from '../PersonFields.js';
import { HOUSEHOLD_CODE } from '../validation.js';

const COMMUNE_CODE = /^\d{5}$/;

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
  const codes = useCodes();
  return (
    <>
      <Form.Item name="personId" label={t('register.events.newHead')} rules={[required]}>
        <Select options={memberOptions(members, (m) => m.relationship !== 'head')} data-testid="event-person" />
      </Form.Item>
      <Form.Item name="formerHeadRelationship" label={t('register.events.formerHeadRelationship')}>
        <Select allowClear options={codes.options('relationship').filter((o) => o.value !== 'head')} />
      </Form.Item>
    </>
  );
}

export function MoveOutFields({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const leaving = (Form.useWatch('personIds') as number[] | undefined) ?? [];
  return (
    <>
      <Form.Item name="personIds" label={t('register.events.whoLeaves')}>
        <Select mode="multiple" allowClear options={memberOptions(members)} placeholder={t('register.events.allMembers')} data-testid="event-persons" />
      </Form.Item>
      <NewHead members={members} leaving={leaving.length ? leaving : members.map((m) => m.id)} />
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name="toCommuneCode" label={t('register.events.toCommune')} rules={[{ pattern: COMMUNE_CODE, message: '5 số / 5 digits' }]}>
            <Input maxLength={5} inputMode="numeric" placeholder="05425" data-testid="event-to-commune" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="toPlace" label={t('register.events.toPlace')} rules={[{ max: 300 }]}>
            <Input maxLength={300} data-testid="event-to-place" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** Persons held in no household (e.g. handed over by another commune's move out), found by name or CCCD. */
function ArrivingPersons() {
  const { t } = useTranslation();
  const codes = useCodes();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const found = useQuery({
    queryKey: ['persons', 'pick-former', query],
    queryFn: () => api<Paged<PersonItem>>(`/persons${qs({ status: 'former', q: query, pageSize: 20 })}`),
  });
  const options = (found.data?.items ?? []).filter((p) => !p.deathDate).map((p) => ({ value: p.id, label: `${p.fullName} (${p.birthYear}) – ${p.commune.fullName}` }));
  return (
    <Row gutter={12}>
      <Col xs={24} sm={16}>
        <Form.Item name="existingPersonIds" label={t('register.events.arriving')} extra={t('register.events.arrivingHint')}>
          <Select mode="multiple" allowClear showSearch={{ filterOption: false, onSearch: setQ }} loading={found.isFetching} options={options} data-testid="event-arriving" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="existingRelationship" label={t('register.fields.relationship')}>
          <Select options={codes.options('relationship').filter((o) => o.value !== 'head')} />
        </Form.Item>
      </Col>
    </Row>
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
                extra={<Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('register.form.removeMember')} />}
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
  const villages = useVillages(household.commune.code, todayIso());
  const chosen = ((Form.useWatch('splitMembers') as { personId?: number }[] | undefined) ?? []).map((m) => m?.personId).filter((x): x is number => !!x);
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="newCode" label={t('register.events.newHouseholdCode')} rules={[required, { pattern: HOUSEHOLD_CODE, max: 30, message: t('register.form.codeRule') }]}>
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
        rules={[{ validator: async (_, list: { relationship?: string }[] = []) => { if (list.filter((m) => m?.relationship === 'head').length !== 1) throw new Error(t('register.events.needOneHead')); } }]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Card size="small" title={t('register.events.splitMembers')} style={{ marginBottom: 12 }}>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                <Form.Item name={[field.name, 'personId']} rules={[required]} style={{ marginBottom: 8, minWidth: 200 }}>
                  <Select options={memberOptions(members)} placeholder={t('register.events.person')} />
                </Form.Item>
                <Form.Item name={[field.name, 'relationship']} rules={[required]} style={{ marginBottom: 8, minWidth: 150 }}>
                  <Select options={codes.options('relationship')} />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('register.form.removeMember')} />
              </Space>
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

export function MergeFields({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const found = useQuery({
    queryKey: ['households', 'pick', household.commune.code, query],
    queryFn: () => api<Paged<HouseholdItem>>(`/households${qs({ commune: household.commune.code, q: query, pageSize: 20 })}`),
  });
  const options = (found.data?.items ?? []).filter((h) => h.id !== household.id).map((h) => ({ value: h.id, label: `${h.code} – ${h.head?.fullName ?? ''}` }));
  return (
    <Form.Item name="intoHouseholdId" label={t('register.events.intoHousehold')} extra={t('register.events.intoHouseholdHint')} rules={[required]}>
      <Select showSearch={{ filterOption: false, onSearch: setQ }} loading={found.isFetching} options={options} data-testid="event-into" />
    </Form.Item>
  );
}
