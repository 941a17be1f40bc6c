import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ConfigProviderProps } from 'antd';
import viVNModule from 'antd/es/locale/vi_VN.js';
import enUSModule from 'antd/es/locale/en_US.js';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api/client.js';
import { AppErrorBoundary } from './components/ErrorScreen.js';
import { ProgressBar } from './components/ProgressBar.js';
import { isTrouble } from './lib/errors.js';
import { AppRoutes } from './routes.js';

type Locale = NonNullable<ConfigProviderProps['locale']>;
/** antd's locale files are typed as CommonJS; the bundler hands over the default export either way. */
const localeOf = (m: unknown): Locale => ((m as { default?: Locale }).default ?? m) as Locale;
const viVN = localeOf(viVNModule);
const enUS = localeOf(enUSModule);

const queryClient = new QueryClient({
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

/** Providers: data cache, antd theme and locale (following the UI language), router. */
export function Root() {
  const { i18n } = useTranslation();
  const vi = i18n.language !== 'en';
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={vi ? viVN : enUS}
        theme={{
          token: { colorPrimary: '#0b6e4f', borderRadius: 6, fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" },
        }}
      >
        <AntApp>
          <BrowserRouter>
            <ProgressBar />
            <AppErrorBoundary>
              <AppRoutes />
            </AppErrorBoundary>
          </BrowserRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
