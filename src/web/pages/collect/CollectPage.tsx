import { CloudUploadOutlined, DownloadOutlined, EditOutlined, HomeOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchMe } from '../../lib/session.js';
import { install, useInstallOffer } from '../../lib/install-prompt.js';
import { ApiError } from '../../api/client.js';
import { type Draft, deleteDraft, listDrafts, listForms, listOutbox, type OutboxItem, type StoredForm } from './store.js';
import { refreshForms, sendOutbox } from './sync.js';
import './collect.css';

// The form engine (ODK Web Forms, Vue) is a large file: fetched on the collection page only, while the list shows.
type FormFillComponent = typeof import('./FormFill.js')['default'];
let formFillLoaded: FormFillComponent | null = null;
const loadFormFill = () =>
  import('./FormFill.js').then((m) => {
    formFillLoaded = m.default;
    return m;
  });
const FormFillLazy = lazy(loadFormFill);

/**
 * While the list shows and the browser has nothing else to do: the engine's files, then a small form
 * opened once out of sight (`warmUpEngine`), so the surveyor's first form opens as fast as the next ones.
 */
function useEngineWarmUp(when: boolean) {
  useEffect(() => {
    if (!when) return;
    const warm = () =>
      void loadFormFill()
        .then(() => import('./odk-form.js'))
        .then((m) => m.warmUpEngine())
        .catch(() => undefined);
    // Safari has no requestIdleCallback.
    if (typeof (window as Partial<Window>).requestIdleCallback === 'function') {
      const h = window.requestIdleCallback(warm, { timeout: 3000 });
      return () => window.cancelIdleCallback(h);
    }
    const h = setTimeout(warm, 500);
    return () => clearTimeout(h);
  }, [when]);
}

const STATUS_COLOR = { pending: 'gold', sending: 'blue', sent: 'green', failed: 'red' } as const;

function useOnline() {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/**
 * Keeps this page's files for use without a network: once the service worker controls the page, the
 * scripts and styles already loaded are fetched again through it, which stores them.
 */
function useOfflineReady() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let stop = false;
    const warm = async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      const urls = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => new URL(u).origin === location.origin && new URL(u).pathname.startsWith('/assets/'));
      await Promise.all(urls.map((u) => fetch(u).catch(() => undefined)));
      await loadFormFill();
      if (!stop) setReady(true);
    };
    warm().catch(() => undefined);
    return () => {
      stop = true;
    };
  }, []);
  return ready;
}

const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { hour12: false });

/** The surveyor's page: assigned forms, drafts, the outbox with its state and "send now"; filling works offline. */
export default function CollectPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const online = useOnline();
  const offlineReady = useOfflineReady();
  const installOffer = useInstallOffer();
  const [forms, setForms] = useState<StoredForm[]>([]);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [outbox, setOutbox] = useState<OutboxItem[]>([]);
  const [signedOut, setSignedOut] = useState(false);
  const [open, setOpen] = useState<{ form: StoredForm; draft?: Draft } | null>(null);
  const [busy, setBusy] = useState(false);
  useEngineWarmUp(forms.length > 0 && !open);

  const reload = useCallback(async () => {
    const [f, d, o] = await Promise.all([listForms(), listDrafts(), listOutbox()]);
    setForms(f.sort((a, b) => a.title.localeCompare(b.title, 'vi')));
    setDrafts(d.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    setOutbox(o.reverse());
  }, []);

  const send = useCallback(
    async (quiet: boolean) => {
      const n = await sendOutbox(() => void reload());
      await reload();
      if (n && !quiet) message.success(t('collect.sent', { count: n }));
    },
    [reload, message, t],
  );

  // Online: the session (CSRF token for sending), the forms, then the outbox.
  const sync = useCallback(
    async (quiet: boolean) => {
      setBusy(true);
      try {
        const me = await fetchMe();
        if (!me) {
          setSignedOut(true);
          return;
        }
        setSignedOut(false);
        const n = await refreshForms();
        await reload();
        if (!quiet) message.success(t('collect.refreshed', { count: n }));
        await send(quiet);
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 0)) message.error((e as Error).message);
      } finally {
        setBusy(false);
      }
    },
    [reload, send, message, t],
  );

  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    if (online) void sync(true);
  }, [online, sync]);

  const pending = outbox.filter((o) => o.status !== 'sent').length;

  if (open) {
    // Once its file is loaded, the form is drawn at once (a lazy component would still wait a turn).
    const FormFill = formFillLoaded ?? FormFillLazy;
    return (
      <div className="collect-page">
        <Suspense fallback={<Card loading />}>
          <FormFill
            form={open.form}
            draft={open.draft}
            onClose={() => {
              setOpen(null);
              void reload();
              if (navigator.onLine) void send(true);
            }}
          />
        </Suspense>
      </div>
    );
  }

  return (
    <div className="collect-page">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <div className="collect-head">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('collect.title')}
          </Typography.Title>
          <Space wrap>
            <Tag color={online ? 'green' : 'default'} data-testid="collect-network">
              {online ? t('collect.online') : t('collect.offline')}
            </Tag>
            {offlineReady && (
              <Tag color="blue" data-testid="collect-offline-ready">
                {t('collect.ready')}
              </Tag>
            )}
            <Link to="/">
              <HomeOutlined /> {t('collect.home')}
            </Link>
          </Space>
        </div>
        <Typography.Text type="secondary">{t('collect.intro')}</Typography.Text>
        {installOffer && (
          <Alert
            type="info"
            showIcon
            data-testid="collect-install"
            message={t('collect.installHint')}
            action={
              <Button
                size="small"
                type="primary"
                icon={<DownloadOutlined />}
                onClick={() => void install().then((ok) => ok && message.success(t('collect.installed')))}
              >
                {t('collect.install')}
              </Button>
            }
          />
        )}
        {signedOut && (
          <Alert
            type="warning"
            showIcon
            message={t('collect.signIn')}
            action={
              <Link to="/login?next=%2Fcollect">
                <Button size="small">{t('collect.signInButton')}</Button>
              </Link>
            }
          />
        )}

        <Card
          size="small"
          title={t('collect.forms')}
          extra={
            <Button icon={<ReloadOutlined />} disabled={!online} loading={busy} onClick={() => void sync(false)} data-testid="collect-refresh">
              {t('collect.refresh')}
            </Button>
          }
        >
          <List
            dataSource={forms}
            locale={{ emptyText: <Empty description={t('collect.noForms')} /> }}
            renderItem={(f) => (
              <List.Item
                data-testid={`collect-form-${f.xmlFormId}`}
                actions={[
                  <Button key="fill" type="primary" icon={<EditOutlined />} onClick={() => setOpen({ form: f })}>
                    {t('collect.fill')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={f.title}
                  description={[f.provinceName, f.version ? t('collect.version', { version: f.version }) : null].filter(Boolean).join(' · ')}
                />
              </List.Item>
            )}
          />
        </Card>

        <Card size="small" title={t('collect.drafts')}>
          <List
            dataSource={drafts}
            locale={{ emptyText: t('collect.noDrafts') }}
            renderItem={(d) => {
              const form = forms.find((f) => f.id === d.formId);
              return (
                <List.Item
                  data-testid="collect-draft"
                  actions={[
                    <Button key="go" disabled={!form} onClick={() => form && setOpen({ form, draft: d })}>
                      {t('collect.continue')}
                    </Button>,
                    <Popconfirm key="del" title={t('collect.deleteDraft')} onConfirm={() => deleteDraft(d.key).then(reload)}>
                      <Button danger type="text">
                        {t('collect.delete')}
                      </Button>
                    </Popconfirm>,
                  ]}
                >
                  <List.Item.Meta title={d.title} description={t('collect.savedAt', { time: when(d.savedAt) })} />
                </List.Item>
              );
            }}
          />
        </Card>

        <Card
          size="small"
          title={t('collect.outbox')}
          extra={
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              disabled={!online || pending === 0}
              onClick={() => void send(false)}
              data-testid="collect-send"
            >
              {t('collect.sendNow')} {pending ? `(${pending})` : ''}
            </Button>
          }
        >
          <List
            dataSource={outbox}
            locale={{ emptyText: t('collect.noOutbox') }}
            renderItem={(o) => (
              <List.Item data-testid="collect-outbox-item" data-status={o.status}>
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {o.title}
                      <Tag color={STATUS_COLOR[o.status]}>{t(`collect.status.${o.status}`)}</Tag>
                    </Space>
                  }
                  description={
                    <>
                      {o.sentAt ? t('collect.sentAt', { time: when(o.sentAt) }) : t('collect.savedAt', { time: when(o.savedAt) })}
                      {o.error && <div className="collect-error">{o.error}</div>}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      </Space>
    </div>
  );
}
