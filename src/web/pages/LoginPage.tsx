import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../api/client.js';
import type { Lang } from '../api/types.js';
import { fetchMe, ME_KEY, useLanguage, useMe } from '../lib/session.js';
import { PlainIcon, type PlainIconName } from '../components/PlainIcons.js';
import { prefetchHome } from '../firstPages.js';
import './login.css';

/*
 * The login page is the first thing a user downloads, often over a slow mountain link: it is plain
 * HTML and CSS drawn to look like the rest of the app (antd), so it needs neither antd nor its icons.
 * The app behind it downloads while the user types (Root).
 */

/** Where to go after login: only paths inside this app. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

/** VI | EN switch; before login the choice lives in the `lang` cookie. */
function LanguageButtons() {
  const { t } = useTranslation();
  const { lang, setLang } = useLanguage();
  const options: { value: Lang; label: string; title: string }[] = [
    { value: 'vi', label: 'VI', title: 'Tiếng Việt' },
    { value: 'en', label: 'EN', title: 'English' },
  ];
  return (
    <fieldset className="plain-segmented" aria-label={t('header.language')}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          title={o.title}
          aria-pressed={lang === o.value}
          className={lang === o.value ? 'selected' : undefined}
          onClick={() => void setLang(o.value).catch(() => undefined)}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}

function Notice({ type, children, action, testId }: { type: 'info' | 'error'; children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <div className={`plain-alert plain-alert-${type}`} role="alert" data-testid={testId}>
      <PlainIcon name={type === 'info' ? 'info' : 'error'} className="plain-alert-icon" />
      <div className="plain-alert-message">{children}</div>
      {action && <div className="plain-alert-action">{action}</div>}
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  icon?: PlainIconName;
  type?: 'text' | 'password';
  autoComplete: string;
  autoFocus?: boolean;
  large?: boolean;
  maxLength?: number;
  inputMode?: 'text';
  spaced?: boolean;
}

/** A labelled input with antd's look (vertical form item, prefix icon, red message under it). */
function Field({ id, label, value, onChange, error, icon, type = 'text', large, spaced, ...input }: FieldProps) {
  const [shown, setShown] = useState(false);
  const { t } = useTranslation();
  return (
    <div className={`plain-item${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="plain-label">
        {label}
      </label>
      <span className={`plain-input${large ? ' large' : ''}`}>
        {icon && <PlainIcon name={icon} className="plain-input-prefix" />}
        <input
          id={id}
          type={type === 'password' && !shown ? 'password' : 'text'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-help` : undefined}
          style={spaced ? { letterSpacing: 4 } : undefined}
          {...input}
        />
        {type === 'password' && (
          <button
            type="button"
            className="plain-input-suffix"
            aria-label={t(shown ? 'login.hidePassword' : 'login.showPassword')}
            onClick={() => setShown((s) => !s)}
          >
            <PlainIcon name={shown ? 'eye' : 'eyeInvisible'} />
          </button>
        )}
      </span>
      {error && (
        <div id={`${id}-help`} className="plain-explain">
          {error}
        </div>
      )}
    </div>
  );
}

function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <button type="submit" className={`plain-btn plain-btn-primary${busy ? ' loading' : ''}`} aria-busy={busy || undefined} disabled={busy}>
      {busy && <span className="plain-btn-spin" aria-hidden="true" />}
      <span>{children}</span>
    </button>
  );
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const setup = useQuery({ queryKey: ['auth', 'setup'], queryFn: () => call(http.GET('/api/auth/setup')), staleTime: 60_000 });

  if (me) return <Navigate to={safeNext(params.get('next'))} replace />;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'network') setError(t('common.networkError'));
      else setError(err instanceof Error ? err.message : String(err));
      if (err instanceof ApiError && err.code === 'login_challenge_expired') setChallenge(null);
    } finally {
      setBusy(false);
    }
  };

  const enter = async () => {
    const next = safeNext(params.get('next'));
    // The home page's figures travel alongside the session read rather than after it (a refusal is dropped).
    if (next === '/') prefetchHome(qc);
    const who = await fetchMe();
    qc.setQueryData(ME_KEY, who);
    navigate(next, { replace: true });
  };

  const submitPassword = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!username.trim()) problems.username = t('login.usernameRequired');
    if (!password) problems.password = t('login.passwordRequired');
    setMissing(problems);
    if (Object.keys(problems).length) return;
    void run(async () => {
      const answer = await call(http.POST('/api/auth/login', { body: { username, password } }), { quiet401: true });
      if (answer.next === 'code') setChallenge(answer.challenge!);
      else await enter();
    });
  };

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) {
      setMissing({ code: t('account.codeRequired') });
      return;
    }
    setMissing({});
    void run(async () => {
      await call(http.POST('/api/auth/login/code', { body: { challenge: challenge!, code: code.trim() } }), { quiet401: true });
      await enter();
    });
  };

  return (
    <div className="login-wrap">
      <div className="login-card plain-card">
        <div className="plain-stack">
          <div className="login-head">
            <h4 className="login-title">{t('app.title')}</h4>
            <LanguageButtons />
          </div>
          <span className="plain-secondary">{t('app.subtitle')}</span>
          {setup.data?.open && (
            <Notice type="info" action={<Link to="/setup">{t('account.setupLink')}</Link>}>
              {t('account.setupIntro')}
            </Notice>
          )}
          {error && (
            <Notice type="error" testId="login-error">
              {error}
            </Notice>
          )}
          {challenge ? (
            <form onSubmit={submitCode} noValidate key="code">
              <h5 className="login-subtitle">
                <PlainIcon name="safety" /> {t('account.codeTitle')}
              </h5>
              <p className="plain-secondary plain-paragraph">{t('account.codeHint')}</p>
              <Field
                id="code"
                label={t('account.code')}
                value={code}
                onChange={setCode}
                error={missing.code}
                autoComplete="one-time-code"
                inputMode="text"
                autoFocus
                maxLength={20}
                large
                spaced
              />
              <div className="plain-stack plain-stack-small">
                <SubmitButton busy={busy}>{t('account.verify')}</SubmitButton>
                <button
                  type="button"
                  className="plain-btn plain-btn-link"
                  onClick={() => {
                    setChallenge(null);
                    setError(null);
                    setCode('');
                  }}
                >
                  {t('account.back')}
                </button>
              </div>
            </form>
          ) : (
            <form onSubmit={submitPassword} noValidate autoComplete="on" key="password">
              <Field
                id="username"
                label={t('login.username')}
                value={username}
                onChange={setUsername}
                error={missing.username}
                icon="user"
                autoComplete="username"
                autoFocus
              />
              <Field
                id="password"
                label={t('login.password')}
                value={password}
                onChange={setPassword}
                error={missing.password}
                icon="lock"
                type="password"
                autoComplete="current-password"
              />
              <SubmitButton busy={busy}>{t('login.submit')}</SubmitButton>
            </form>
          )}
          <span className="plain-secondary plain-footnote">{t('login.footer')}</span>
        </div>
      </div>
    </div>
  );
}
