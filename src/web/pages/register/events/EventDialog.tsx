import { App, Form, Grid, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../../../api/client.js';
import type { Body } from '../../../api/types.js';
import { IsoDatePicker } from '../../../components/common.js';
import { useShowError } from '../../../lib/errors.js';
import { todayVN } from '../../../../shared/dates.js';
import type { HouseholdDetail } from '../api.js';
import { personBody } from '../PersonFields.js';
import { relKey, relationshipsOf, type Rels } from './Relationships.js';
import { BirthFields, ChangeHeadFields, DeathFields, MergeFields, MoveInFields, MoveOutFields, SplitFields } from './EventFields.js';

export const EVENT_TYPES = ['birth', 'death', 'move_in', 'move_out', 'split', 'merge', 'change_head'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

type Values = Record<string, any>;
const clean = (s: unknown) => (typeof s === 'string' && s.trim() ? s.trim() : undefined);

/** The API body of an event from the dialog's values. */
function eventBody(type: EventType, v: Values, h: HouseholdDetail): Values {
  const base = { type, date: v.date, note: clean(v.note) };
  const current = h.members.filter((m) => !m.validTo);
  const rels = v.rels as Rels | undefined;
  switch (type) {
    case 'birth': {
      const { relationship, ...person } = personBody(v.person ?? {});
      delete person.birthYear;
      return {
        ...base,
        person: { ...person, birthDate: v.date },
        relationship: relationship ?? 'child',
        ...(v.confirmDuplicate ? { confirmDuplicate: true } : {}),
      };
    }
    case 'death':
      return { ...base, personId: v.personId, newHeadPersonId: v.newHeadPersonId };
    case 'change_head': {
      // The former head always gets a relationship; the others only when it changes.
      const others = current.filter((m) => m.id !== v.personId);
      return {
        ...base,
        personId: v.personId,
        relationships: relationshipsOf(
          rels,
          others.map((m) => m.id),
          (id, rel) => others.find((m) => m.id === id)?.relationship !== rel,
        ),
      };
    }
    case 'move_out': {
      const leaving: number[] = v.personIds?.length ? v.personIds : current.map((m) => m.id);
      const kind = v.destKind ?? 'place';
      const common = { ...base, personIds: v.personIds?.length ? v.personIds : undefined, newHeadPersonId: v.newHeadPersonId };
      if (kind === 'existing') return { ...common, toHouseholdId: v.toHouseholdId, relationships: relationshipsOf(rels, leaving) };
      if (kind === 'new') {
        return {
          ...common,
          toCommuneCode: clean(v.toCommuneCode),
          newHousehold: {
            code: String(v.newCode ?? '').trim(),
            villageId: v.newVillageId ?? undefined,
            address: clean(v.newAddress),
            headPersonId: v.destHeadId,
          },
          relationships: relationshipsOf(
            rels,
            leaving.filter((id) => id !== v.destHeadId),
          ),
        };
      }
      return { ...common, toCommuneCode: clean(v.toCommuneCode), toPlace: clean(v.toPlace) };
    }
    case 'move_in':
      return {
        ...base,
        members: ((v.members ?? []) as Values[]).map((m) => personBody(m)),
        persons: ((v.existingPersonIds ?? []) as number[]).map((personId) => ({ personId, relationship: rels?.[relKey(personId)] ?? 'other' })),
        fromCommuneCode: clean(v.fromCommuneCode),
        fromPlace: clean(v.fromPlace),
      };
    case 'split':
      return {
        ...base,
        members: ((v.splitMembers ?? []) as Values[]).filter((m) => m?.personId).map((m) => ({ personId: m.personId, relationship: m.relationship })),
        newHousehold: { code: v.newCode.trim(), address: clean(v.newAddress), villageId: v.newVillageId ?? undefined },
        newHeadPersonId: v.newHeadPersonId,
      };
    case 'merge':
      return {
        ...base,
        intoHouseholdId: v.intoHouseholdId,
        relationships: relationshipsOf(
          rels,
          current.map((m) => m.id),
        ),
      };
  }
}

/** The dialog field a server error names (`relationships.1.relationship` → the row of that person). */
function formField(type: EventType, field: string, body: Values): string {
  const f = field.replace(/^body\./, '');
  const rel = /^(relationships|persons)\.(\d+)\./.exec(f);
  if (rel) {
    const entry = (body[rel[1]] as { personId: number }[] | undefined)?.[Number(rel[2])];
    return entry ? `rels.${relKey(entry.personId)}` : f;
  }
  if (f === 'relationships') return 'rels';
  if (type === 'birth' && f === 'relationship') return 'person.relationship';
  if (type === 'split') {
    if (f === 'newHousehold.villageId') return 'newVillageId';
    if (f.startsWith('newHousehold')) return 'newCode';
    if (f.startsWith('members') || f === 'personId') return f.replace(/^(members|personId)/, 'splitMembers');
  }
  if (type === 'move_out') {
    if (f === 'newHousehold.code') return 'newCode';
    if (f === 'newHousehold.villageId') return 'newVillageId';
    if (f === 'newHousehold.headPersonId') return 'destHeadId';
    if (f.startsWith('personIds')) return 'personIds';
  }
  return f;
}

/** A life event of the household, recorded in one step; server refusals land on the fields. */
export function EventDialog({ type, household, onClose }: { type: EventType; household: HouseholdDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const screens = Grid.useBreakpoint();
  const typeLabel = t(`register.events.types.${type}`);
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const body = eventBody(type, v, household);
      try {
        return await call(
          http.POST('/api/households/{id}/events', { params: { path: { id: household.id } }, body: body as Body<'/api/households/{id}/events', 'post'> }),
        );
      } catch (e) {
        // Server refusals land on the dialog's own fields.
        if (e instanceof ApiError) for (const d of e.details) if (d.field) d.field = formField(type, d.field, body);
        throw e;
      }
    },
    onSuccess: async () => {
      message.success(t('register.events.recorded', { type: typeLabel }));
      await qc.invalidateQueries({ queryKey: ['households'] });
      await qc.invalidateQueries({ queryKey: ['persons'] });
      onClose();
    },
    // Server paths: person.cccd (birth), members.1.cccd (move in); the others are mapped by formField.
    onError: (e, v) => {
      // A member with the same name, sex and birth day: the user confirms it is another child, or stops.
      if (e instanceof ApiError && e.code === 'possible_duplicate_birth') {
        modal.confirm({
          title: t('register.events.duplicateBirthTitle'),
          content: <span data-testid="duplicate-birth-warning">{e.message}</span>,
          okText: t('register.events.duplicateBirthConfirm'),
          cancelText: t('common.cancel'),
          okButtonProps: { 'data-testid': 'duplicate-birth-confirm' },
          onOk: () => save.mutate({ ...v, confirmDuplicate: true }),
        });
        return;
      }
      showError(e, form);
    },
  });
  const members = household.members.filter((m) => !m.validTo);
  const initial: Values = {
    date: todayVN(),
    ...(type === 'birth' ? { person: { relationship: 'child', ethnicCode: household.head?.ethnicCode } } : {}),
    ...(type === 'move_in' ? { members: [] } : {}),
    ...(type === 'move_out' ? { destKind: 'place' } : {}),
  };
  const wide = type !== 'death';
  return (
    <Modal
      open
      title={t('register.events.dialogTitle', { type: typeLabel, code: household.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={screens.md ? (wide ? 760 : 560) : '100%'}
      style={screens.md ? undefined : { top: 8, maxWidth: 'calc(100vw - 16px)' }}
      okButtonProps={{ 'data-testid': 'event-save' }}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} data-testid={`event-form-${type}`} scrollToFirstError>
        <Form.Item name="date" label={t('register.events.date')} rules={[{ required: true, message: t('register.form.required') }]}>
          <IsoDatePicker style={{ width: '100%', maxWidth: 200 }} />
        </Form.Item>
        {type === 'birth' && <BirthFields />}
        {type === 'death' && <DeathFields members={members} />}
        {type === 'change_head' && <ChangeHeadFields members={members} />}
        {type === 'move_out' && <MoveOutFields members={members} household={household} />}
        {type === 'move_in' && <MoveInFields />}
        {type === 'split' && <SplitFields members={members} household={household} />}
        {type === 'merge' && <MergeFields household={household} members={members} />}
        <Form.Item name="note" label={t('register.events.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
