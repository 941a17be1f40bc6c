import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MountedForm, mountOdkForm } from './odk-form.js';
import { type Draft, deleteDraft, putDraft, putOutbox, type StoredForm } from './store.js';

/** One form being filled (ODK Web Forms); a finished submission goes to the outbox, a draft stays on the device. */
export default function FormFill({ form, draft, onClose }: { form: StoredForm; draft?: Draft; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const host = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedForm | null>(null);
  const draftKey = useRef(draft?.key ?? `${form.id}:${Date.now()}:${Math.random().toString(36).slice(2)}`);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const el = document.createElement('div');
    host.current.appendChild(el);
    mounted.current = mountOdkForm(el, {
      xform: form.xform,
      lang,
      attachment: async (name) => form.media.find((m) => m.name === name)?.blob ?? null,
      draft: draft ? { xml: draft.xml, attachments: draft.attachments } : undefined,
      onSubmit: async (s) => {
        await putOutbox({
          instanceId: s.instanceId,
          formId: form.id,
          title: form.title,
          xml: s.xml,
          attachments: s.attachments,
          status: 'pending',
          error: null,
          savedAt: new Date().toISOString(),
          sentAt: null,
        });
        await deleteDraft(draftKey.current);
        draftKey.current = `${form.id}:${Date.now()}:${Math.random().toString(36).slice(2)}`;
        message.success(t('collect.savedOffline'));
        window.scrollTo(0, 0);
      },
      onError: (e) => setError((e as Error)?.message ?? String(e)),
    });
    return () => {
      mounted.current?.unmount();
      el.remove();
    };
  }, [form, draft, message, t, lang]);

  const saveDraft = async () => {
    const now = await mounted.current?.current();
    if (!now) {
      message.error(t('collect.draftUnreadable'));
      return;
    }
    await putDraft({
      key: draftKey.current,
      formId: form.id,
      title: form.title,
      xml: now.xml,
      attachments: now.attachments,
      savedAt: new Date().toISOString(),
    });
    message.success(t('collect.draftSaved'));
  };

  return (
    <div>
      <div className="collect-form-bar">
        <Button icon={<ArrowLeftOutlined />} onClick={onClose} data-testid="collect-back">
          {t('collect.back')}
        </Button>
        <Typography.Text strong>{form.title}</Typography.Text>
        <Button icon={<SaveOutlined />} onClick={() => void saveDraft()} data-testid="collect-save-draft">
          {t('collect.saveDraft')}
        </Button>
      </div>
      {error && <Alert type="error" showIcon message={t('collect.loadFailed', { message: error })} />}
      <div ref={host} className="collect-form-host" lang="vi" />
    </div>
  );
}
