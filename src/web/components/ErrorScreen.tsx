import { Component, type ErrorInfo, type ReactNode, useEffect, useState } from 'react';
import { Button, Result } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { isChunkLoadError, troubleOf, waitOf } from '../lib/errors.js';

/**
 * What the app shows instead of a page that could not load: what happened in plain words (too many
 * requests with the wait in seconds, no network, a server fault, a page file that did not arrive) and
 * a button to try again. Asks again by itself once the wait is over or the network comes back.
 */
export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const kind = troubleOf(error);
  const [left, setLeft] = useState(() => waitOf(error) ?? 0);

  useEffect(() => {
    if (kind !== 'rateLimited') return;
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, [kind]);
  useEffect(() => {
    if (kind === 'rateLimited' && left === 0 && (waitOf(error) ?? 0) > 0) onRetry();
  }, [kind, left, error, onRetry]);
  useEffect(() => {
    if (kind !== 'offline' && kind !== 'network') return;
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [kind, onRetry]);

  return (
    <div className="error-screen" data-testid="error-screen" data-kind={kind} role="alert">
      <Result
        status={kind === 'server' || kind === 'unexpected' ? 'error' : 'warning'}
        title={t(`shell.error.${kind}.title`)}
        subTitle={t(`shell.error.${kind}.text`, { seconds: left || (waitOf(error) ?? 60) })}
        extra={
          <Button type="primary" size="large" icon={<ReloadOutlined />} onClick={onRetry} data-testid="error-retry">
            {t('shell.error.retry')}
          </Button>
        }
      />
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** A change of this value (the page address) clears the error: going elsewhere starts afresh. */
  resetKey?: unknown;
  /** Lets failed data loads be asked again (TanStack Query's error reset). */
  onReset?: () => void;
}

/** Catches what a page throws while drawing (failed data load, missing page file, a bug) and shows the error screen. */
export class ErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('page failed', error, info.componentStack);
  }

  componentDidUpdate(prev: BoundaryProps) {
    if (this.state.error !== null && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  retry = () => {
    // A page file that did not arrive is asked for by loading the app again (a newer version may have replaced it).
    if (isChunkLoadError(this.state.error)) {
      window.location.reload();
      return;
    }
    this.props.onReset?.();
    this.setState({ error: null });
  };

  render() {
    if (this.state.error !== null) return <ErrorScreen error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}

/** The error boundary of one page: cleared when the address changes, and failed queries are asked again on retry. */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { reset } = useQueryErrorResetBoundary();
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname} onReset={reset}>
      {children}
    </ErrorBoundary>
  );
}

/** The outermost boundary: whatever fails outside a page (the session check, the frame) still gets the error screen. */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  const { reset } = useQueryErrorResetBoundary();
  return <ErrorBoundary onReset={reset}>{children}</ErrorBoundary>;
}
