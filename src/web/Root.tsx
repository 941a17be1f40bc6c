import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Component, lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router-dom';
import { ApiError } from './api/client.js';
import { ProgressBar, trackPageFile } from './components/ProgressBar.js';
import { isTrouble, troubleOf } from './lib/trouble.js';
import { fetchMe, ME_KEY } from './lib/session.js';
import LoginPage from './pages/LoginPage.js';
import { loadApp, loadFrame, loadHome, prefetchDashboards, prefetchHome } from './firstPages.js';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers do not get better by asking again, nor does a request while the browser is offline.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && navigator.onLine && count < 2,
      // Ask even when the browser thinks it is offline: the answer (or its failure) shows, never an endless spinner.
      networkMode: 'always',
      // A page whose data never came (no network, too many requests, a server fault) shows the error screen with a retry button.
      throwOnError: (err, query) => isTrouble(err) && query.state.data === undefined,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

/** The app behind the login (antd, the frame, the pages): one file fetched once, kept by the browser. */
const App = lazy(() => trackPageFile(loadApp()));

// Who is signed in is the first question of every page (the login page too): asked before anything is drawn.
void queryClient.prefetchQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });

/** A spinner drawn by styles.css alone, while the app's file downloads. */
export function BareSpinner() {
  return <div className="bare-spinner" role="progressbar" aria-busy="true" />;
}

/**
 * Fetches the app's file once the login page is on screen and the browser is idle: on a slow link it
 * arrives while the user types, so the home page opens soon after signing in.
 */
function FetchAppLater() {
  useEffect(() => {
    const start = () => void Promise.all([loadApp(), loadFrame(), loadHome()]).catch(() => undefined);
    const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(start, { timeout: 1000 });
    else setTimeout(start, 200);
  }, []);
  return null;
}

/** The app's own error screen needs the app's file: when that file itself does not come, this plain one says so. */
function PlainErrorScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const kind = troubleOf(error);
  return (
    <div className="error-screen" data-testid="error-screen" data-kind={kind} role="alert">
      <div className="plain-card plain-stack" style={{ maxWidth: 480, textAlign: 'center' }}>
        <h4 className="login-title">{t(`shell.error.${kind}.title`)}</h4>
        <span className="plain-secondary">{t(`shell.error.${kind}.text`, { seconds: 60 })}</span>
        <button type="button" className="plain-btn plain-btn-primary" data-testid="error-retry" onClick={() => window.location.reload()}>
          {t('shell.error.retry')}
        </button>
      </div>
    </div>
  );
}

class AppFileBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    return this.state.error !== null ? <PlainErrorScreen error={this.state.error} /> : this.props.children;
  }
}

/** Any address but the login page: the app's file with its spinner and its own error screen. */
function AppEntry() {
  const { pathname } = useLocation();
  // The frame's file (and on the home address the home page's file and figures) download alongside the app's, not after it.
  useEffect(() => {
    void loadFrame().catch(() => undefined);
    // Asked alongside the session check: for nobody signed in the answers are 401s, dropped (the login page follows).
    if (pathname === '/dashboards') prefetchDashboards(queryClient, window.location.search);
    if (pathname !== '/') return;
    prefetchHome(queryClient, false);
    // The home page's file once someone is known to be signed in (an anonymous visitor goes to the login page).
    void queryClient
      .fetchQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 })
      .then((me) => me && loadHome())
      .catch(() => undefined);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <AppFileBoundary>
      <Suspense fallback={<BareSpinner />}>
        <App />
      </Suspense>
    </AppFileBoundary>
  );
}

/**
 * The first file's part of the app: data cache, router, progress bar and the login page, without antd
 * (the login page is plain HTML and CSS). Every other address loads the App file.
 */
export function Root() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <ProgressBar />
        <Routes>
          <Route
            path="/login"
            element={
              <>
                <LoginPage />
                <FetchAppLater />
              </>
            }
          />
          <Route path="*" element={<AppEntry />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
