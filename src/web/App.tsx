import { App as AntApp, ConfigProvider, type ConfigProviderProps } from 'antd';
import viVNModule from 'antd/es/locale/vi_VN.js';
import enUSModule from 'antd/es/locale/en_US.js';
import { useTranslation } from 'react-i18next';
import './i18n/areas.js';
import { AppErrorBoundary } from './components/ErrorScreen.js';
import { AppRoutes } from './routes.js';

type Locale = NonNullable<ConfigProviderProps['locale']>;
/** antd's locale files are typed as CommonJS; the bundler hands over the default export either way. */
const localeOf = (m: unknown): Locale => ((m as { default?: Locale }).default ?? m) as Locale;
const viVN = localeOf(viVNModule);
const enUS = localeOf(enUSModule);

/**
 * Everything behind the login page: antd's theme and locale (following the UI language), the error
 * screen and the pages. Its own file, downloaded after the login page is on screen (see Root).
 */
export default function App() {
  const { i18n } = useTranslation();
  const vi = i18n.language !== 'en';
  return (
    <ConfigProvider
      locale={vi ? viVN : enUS}
      theme={{
        token: { colorPrimary: '#0b6e4f', borderRadius: 6, fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" },
      }}
    >
      <AntApp>
        <AppErrorBoundary>
          <AppRoutes />
        </AppErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
