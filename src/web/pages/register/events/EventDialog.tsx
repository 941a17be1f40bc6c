import { App, Form, Grid, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import { IsoDatePicker } from '../../../components/common.js';
import { useShowError } from '../../../lib/errors.js';
import { todayIso } from '../../../lib/format.js';
import type { HouseholdDetail } from '../api.js';
import { personBody } from '../PersonFields.js';
import { BirthFields, ChangeHeadFields, DeathFields, MergeFields, MoveInFields, MoveOutFields, SplitFields } from './EventFields.js';

export const EVENT_TYPES = ['birth', 'death', 'move_in', 'move_out', 'split', 'merge', 'change_head'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

type Values = Record<string, any>;
const clean = (s: unknown) => (typeof s === 'string' && s.trim() ? s.trim() : undefined);

/** The API body of an event from the dialog's values. */
function eventBody(type: EventType, v: Values, h: HouseholdDetail): Values {
  const base = { type, date: v.date, note: clean(v.note) };
  switch (type) {
    case 'birth': {
      const { relationship, ...person } = personBody(v.person ?? {});
      delete person.birthYear;
      return { ...base, person: { ...person, birthDate: v.date }, relationship: relationship ?? 'child' };
    }
    case 'death':
      return { ...base, personId: v.personId, newHeadPersonId: v.newHeadPersonId };
    case 'change_head': {
      const formerHead = h.members.find((m) => m.relationship === 'head');
      return { ...base, personId: v.personId, relationships: formerHead && v.formerHeadRelationship ? [{ personId: formerHead.id, relationship: v.formerHeadRelationship }] : undefined };
    }
    case 'move_out':
      return {
        ...base,
        personIds: v.personIds?.length ? v.personIds : undefined,
        toCommuneCode: clean(v.toCommuneCode),
        toPlace: clean(v.toPlace),
        newHeadPersonId: v.newHeadPersonId,
      };
    case 'move_in':
      return {
        ...base,
        members: ((v.members ?? []) as Values[]).map((m) => personBody(m)),
        persons: ((v.existingPersonIds ?? []) as number[]).map((personId) => ({ personId, relationship: v.existingRelationship ?? 'other' })),
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
      return { ...base, intoHouseholdId: v.intoHouseholdId };
  }
}

/** A life event of the household, recorded in one step; server refusals land on the fields. */
export function EventDialog({ type, household, onClose }: { type: EventType; household: HouseholdDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const screens = Grid.useBreakpoint();
  const typeLabel = t(`register.events.types.${type}`);
  const save = useMutation({
    mutationFn: (v: Values) => api(`/households/${household.id}/events`, { method: 'POST', body: eventBody(type, v, household) }),
    onSuccess: async () => {
      message.success(t('register.events.recorded', { type: typeLabel }));
      await qc.invalidateQueries({ queryKey: ['households'] });
      await qc.invalidateQueries({ queryKey: ['persons'] });
      onClose();
    },
    // Server paths: person.cccd (birth), members.1.cccd (move in), splitMembers are sent as members.
    onError: (e) => showError(e, form, type === 'split' ? { members: 'splitMembers', newHousehold: 'newCode', date: 'date', personId: 'splitMembers', newHeadPersonId: 'newHeadPersonId' } : undefined),
  });
  const members = household.members.filter((m) => !m.validTo);
  const initial: Values = { date: todayIso(), ...(type === 'birth' ? { person: { relationship: 'child', ethnicCode: household.head?.ethnicCode } } : {}), ...(type === 'move_in' ? { members: [], existingRelationship: 'other' } : {}) };
  const wide = type === 'birth' || type === 'move_in' || type === 'split';
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
        {type === 'move_out' && <MoveOutFields members={members} />}
        {type === 'move_in' && <MoveInFields />}
        {type === 'split' && <SplitFields members={members} household={household} />}
        {type === 'merge' && <MergeFields household={household} />}
        <Form.Item name="note" label={t('register.events.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
