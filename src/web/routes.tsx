import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Permission } from './api/types.js';
import { AppLayout } from './components/AppLayout.js';
import { PageSpinner } from './components/PageSpinner.js';
import { useMe } from './lib/session.js';

const LoginPage = lazy(() => import('./pages/LoginPage.js'));
const HomePage = lazy(() => import('./pages/home/HomePage.js'));
const EthnicGroupsPage = lazy(() => import('./pages/EthnicGroupsPage.js'));
const AdminUnitsPage = lazy(() => import('./pages/admin-units/AdminUnitsPage.js'));
const BoundariesPage = lazy(() => import('./pages/boundaries/BoundariesPage.js'));
const VillagesPage = lazy(() => import('./pages/villages/VillagesPage.js'));
const ClassificationsPage = lazy(() => import('./pages/classifications/ClassificationsPage.js'));
const UsersPage = lazy(() => import('./pages/users/UsersPage.js'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage.js'));
const RegisterProfilePage = lazy(() => import('./pages/register-tools/ProfilePage.js'));
const RegisterImportPage = lazy(() => import('./pages/register-tools/ImportPage.js'));
const DuplicatesPage = lazy(() => import('./pages/register-tools/DuplicatesPage.js'));
const AccessLogPage = lazy(() => import('./pages/register-tools/AccessLogPage.js'));
const HouseholdsPage = lazy(() => import('./pages/register/HouseholdsPage.js'));
const HouseholdPage = lazy(() => import('./pages/register/HouseholdPage.js'));
const PersonsPage = lazy(() => import('./pages/register/PersonsPage.js'));
const PersonPage = lazy(() => import('./pages/register/PersonPage.js'));
const ReportingEntryPage = lazy(() => import('./pages/reporting/EntryPage.js'));
const ReportingCompletenessPage = lazy(() => import('./pages/reporting/CompletenessPage.js'));
const ReportingFormsPage = lazy(() => import('./pages/reporting/FormsPage.js'));
const ReportingMetadataPage = lazy(() => import('./pages/reporting/metadata/MetadataPage.js'));
const ReportingAggregatePage = lazy(() => import('./pages/reporting/aggregate/AggregatePage.js'));
const ReportingExchangePage = lazy(() => import('./pages/reporting/exchange/ExchangePage.js'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.js'));
const AccountSecurityPage = lazy(() => import('./pages/account/AccountSecurityPage.js'));
const SetupPage = lazy(() => import('./pages/account/SetupPage.js'));

/** Sends anonymous visitors to the login page, remembering where they wanted to go. */
function RequireLogin({ children }: { children: ReactNode }) {
  const { data: me, isLoading } = useMe();
  const location = useLocation();
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
        <Route path="/login" element={<LoginPage />} />
        <Route path="/setup" element={<SetupPage />} />
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
          <Route path="villages" element={<VillagesPage />} />
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
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
