import { type ComponentType, lazy, Suspense, type ReactNode, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Permission } from './api/types.js';
import { PageSpinner } from './components/PageSpinner.js';
import { PageErrorBoundary } from './components/ErrorScreen.js';
import { trackPageFile } from './components/ProgressBar.js';
import { useMe } from './lib/session.js';

/** A page with its own spinner and its own error screen (a failed download or data load shows there; the frame and menu stay usable). */
function PageFrame({ page: Page }: { page: ComponentType }) {
  return (
    <PageErrorBoundary>
      <Suspense fallback={<PageSpinner />}>
        <Page />
      </Suspense>
    </PageErrorBoundary>
  );
}

/** A page whose code downloads when first opened (one file per page), with the progress bar running meanwhile. */
function lazyPage(load: () => Promise<{ default: ComponentType }>): () => ReactNode {
  const page = lazy(() => trackPageFile(load()));
  return () => <PageFrame page={page} />;
}

// The frame after login (menu, header): its own file, so the login page does not wait for it.
const loadLayout = () => trackPageFile(import('./components/AppLayout.js').then((m) => ({ default: m.AppLayout })));
const AppLayout = lazy(loadLayout);

const HomePage = lazyPage(() => import('./pages/home/HomePage.js'));
const EthnicGroupsPage = lazyPage(() => import('./pages/EthnicGroupsPage.js'));
const AdminUnitsPage = lazyPage(() => import('./pages/admin-units/AdminUnitsPage.js'));
const BoundariesPage = lazyPage(() => import('./pages/boundaries/BoundariesPage.js'));
const MapsPage = lazyPage(() => import('./pages/boundaries/MapsPage.js'));
const VillagesPage = lazyPage(() => import('./pages/villages/VillagesPage.js'));
const ClassificationsPage = lazyPage(() => import('./pages/classifications/ClassificationsPage.js'));
const UsersPage = lazyPage(() => import('./pages/users/UsersPage.js'));
const AuditPage = lazyPage(() => import('./pages/audit/AuditPage.js'));
const RegisterProfilePage = lazyPage(() => import('./pages/register-tools/ProfilePage.js'));
const RegisterImportPage = lazyPage(() => import('./pages/register-tools/ImportPage.js'));
const DuplicatesPage = lazyPage(() => import('./pages/register-tools/DuplicatesPage.js'));
const AccessLogPage = lazyPage(() => import('./pages/register-tools/AccessLogPage.js'));
const HouseholdsPage = lazyPage(() => import('./pages/register/HouseholdsPage.js'));
const HouseholdPage = lazyPage(() => import('./pages/register/HouseholdPage.js'));
const PersonsPage = lazyPage(() => import('./pages/register/PersonsPage.js'));
const PersonPage = lazyPage(() => import('./pages/register/PersonPage.js'));
const ReportingEntryPage = lazyPage(() => import('./pages/reporting/EntryPage.js'));
const ReportingCompletenessPage = lazyPage(() => import('./pages/reporting/CompletenessPage.js'));
const ReportingFormsPage = lazyPage(() => import('./pages/reporting/FormsPage.js'));
const ReportingMetadataPage = lazyPage(() => import('./pages/reporting/metadata/MetadataPage.js'));
const ReportingAggregatePage = lazyPage(() => import('./pages/reporting/aggregate/AggregatePage.js'));
const ReportingExchangePage = lazyPage(() => import('./pages/reporting/exchange/ExchangePage.js'));
const WebhooksPage = lazyPage(() => import('./pages/webhooks/WebhooksPage.js'));
const SurveysPage = lazyPage(() => import('./pages/surveys/SurveysPage.js'));
const CollectPage = lazyPage(() => import('./pages/collect/CollectPage.js'));
const AnalyticsPage = lazyPage(() => import('./pages/analytics/AnalyticsPage.js'));
const DashboardsPage = lazyPage(() => import('./pages/dashboards/DashboardsPage.js'));
const SupplyDutiesPage = lazyPage(() => import('./pages/supply-duties/SupplyDutiesPage.js'));
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage.js'));
const HelpPage = lazyPage(() => import('./pages/help/HelpPage.js'));
const AccountSecurityPage = lazyPage(() => import('./pages/account/AccountSecurityPage.js'));
const SetupPage = lazyPage(() => import('./pages/account/SetupPage.js'));
const DataRequestsPage = lazyPage(() => import('./pages/data-use/DataRequestsPage.js'));
const ProgrammesPage = lazyPage(() => import('./pages/programmes/ProgrammesPage.js'));
const DataProtectionPage = lazyPage(() => import('./pages/data-use/DataProtectionPage.js'));
const BeneficiariesPage = lazyPage(() => import('./pages/beneficiaries/BeneficiariesPage.js'));
const PrestigiousPersonsPage = lazyPage(() => import('./pages/beneficiaries/PrestigiousPersonsPage.js'));

/** Sends anonymous visitors to the login page, remembering where they wanted to go. */
function RequireLogin({ children }: { children: ReactNode }) {
  const { data: me, isLoading } = useMe();
  const location = useLocation();
  // The frame's file downloads while the session is checked, not after.
  useEffect(() => void loadLayout(), []);
  if (isLoading) return <PageSpinner />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  // An administrator without two-step verification may only enrol.
  if (me.twoFactor?.required && !me.twoFactor.enabled)
    return <Navigate to={`/account/security?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

/** The account security page: any signed-in user, including an administrator who must enrol. */
function RequireSession({ children }: { children: ReactNode }) {
  const { data: me, isLoading } = useMe();
  if (isLoading) return <PageSpinner />;
  if (!me) return <Navigate to="/login?next=%2Faccount%2Fsecurity" replace />;
  return <>{children}</>;
}

function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { data: me } = useMe();
  const { t } = useTranslation();
  if (!me?.permissions.includes(permission)) return <Result status="403" title="403" subTitle={t('common.notAllowed')} />;
  return <>{children}</>;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageSpinner />}>
      <Routes>
        <Route path="/setup" element={<SetupPage />} />
        {/* The surveyor's collection opens without a network (forms and submissions kept on the device). */}
        <Route path="/collect" element={<CollectPage />} />
        <Route
          path="/account/security"
          element={
            <RequireSession>
              <AccountSecurityPage />
            </RequireSession>
          }
        />
        <Route
          element={
            <RequireLogin>
              <AppLayout />
            </RequireLogin>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="ethnic-groups" element={<EthnicGroupsPage />} />
          <Route path="admin-units" element={<AdminUnitsPage />} />
          <Route path="boundaries" element={<BoundariesPage />} />
          <Route path="maps" element={<MapsPage />} />
          <Route path="villages" element={<VillagesPage />} />
          <Route path="analytics" element={<AnalyticsPage />} />
          <Route path="dashboards" element={<DashboardsPage />} />
          <Route path="classifications" element={<ClassificationsPage />} />
          <Route path="households" element={<HouseholdsPage />} />
          <Route path="households/:id" element={<HouseholdPage />} />
          <Route path="persons" element={<PersonsPage />} />
          <Route path="persons/:id" element={<PersonPage />} />
          <Route
            path="users"
            element={
              <RequirePermission permission="manage_users">
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route path="surveys" element={<SurveysPage />} />
          <Route
            path="supply-duties"
            element={
              <RequirePermission permission="manage_reporting">
                <SupplyDutiesPage />
              </RequirePermission>
            }
          />
          <Route
            path="webhooks"
            element={
              <RequirePermission permission="manage_users">
                <WebhooksPage />
              </RequirePermission>
            }
          />
          <Route
            path="audit"
            element={
              <RequirePermission permission="read_audit">
                <AuditPage />
              </RequirePermission>
            }
          />
          <Route path="register/profile" element={<RegisterProfilePage />} />
          <Route path="register/import" element={<RegisterImportPage />} />
          <Route path="register/duplicates" element={<DuplicatesPage />} />
          <Route
            path="access-log"
            element={
              <RequirePermission permission="read_audit">
                <AccessLogPage />
              </RequirePermission>
            }
          />
          <Route path="reporting/entry" element={<ReportingEntryPage />} />
          <Route path="reporting/completeness" element={<ReportingCompletenessPage />} />
          <Route path="reporting/forms" element={<ReportingFormsPage />} />
          <Route path="reporting/metadata" element={<ReportingMetadataPage />} />
          <Route path="reporting/aggregate" element={<ReportingAggregatePage />} />
          <Route
            path="reporting/exchange"
            element={
              <RequirePermission permission="manage_reporting">
                <ReportingExchangePage />
              </RequirePermission>
            }
          />
          <Route path="data-requests" element={<DataRequestsPage />} />
          <Route path="programmes" element={<ProgrammesPage />} />
          <Route path="beneficiaries" element={<BeneficiariesPage />} />
          <Route path="prestigious-persons" element={<PrestigiousPersonsPage />} />
          <Route
            path="data-protection"
            element={
              <RequirePermission permission="read_audit">
                <DataProtectionPage />
              </RequirePermission>
            }
          />
          <Route path="help" element={<HelpPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
