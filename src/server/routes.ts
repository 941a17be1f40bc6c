import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from '../modules/accounts/accounts.routes.js';
import { healthRoutes } from './health.routes.js';
import { ethnicGroupsRoutes } from '../modules/ethnic-groups/ethnic-groups.routes.js';
import { adminUnitsRoutes } from '../modules/admin-units/admin-units.routes.js';
import { boundariesRoutes } from '../modules/boundaries/boundaries.routes.js';
import { mapsRoutes } from '../modules/boundaries/maps.routes.js';
import { villagesRoutes } from '../modules/villages/villages.routes.js';
import { classificationsRoutes } from '../modules/classifications/classifications.routes.js';
import { usersRoutes } from '../modules/accounts/users.routes.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { householdsRoutes } from '../modules/register/households.routes.js';
import { personsRoutes } from '../modules/register/persons.routes.js';
import { registerRoutes } from '../modules/register/register.routes.js';
import { communeProfileRoutes } from '../modules/register/commune-profile.routes.js';
import { registerImportRoutes } from '../modules/register-import/register-import.routes.js';
import { registerExportRoutes } from '../modules/register-export/register-export.routes.js';
import { accessLogRoutes } from '../modules/access-log/access-log.routes.js';
import { duplicatesRoutes } from '../modules/register/duplicates.routes.js';
import { reportingMetadataRoutes } from '../modules/reporting-metadata/reporting-metadata.routes.js';
import { dataEntryRoutes } from '../modules/data-entry/data-entry.routes.js';
import { dhis2Routes } from '../modules/dhis2/dhis2.routes.js';
import { reportingAggregateRoutes } from '../modules/reporting-aggregate/reporting-aggregate.routes.js';
import { reportingExcelRoutes } from '../modules/reporting-excel/reporting-excel.routes.js';
import { overviewRoutes } from '../modules/overview/overview.routes.js';
import { tokensRoutes } from '../modules/accounts/tokens.routes.js';
import { webhooksRoutes } from '../modules/webhooks/webhooks.routes.js';
import { supplyDutiesRoutes } from '../modules/supply-duties/supply-duties.routes.js';
import { dataRequestsRoutes } from '../modules/data-requests/data-requests.routes.js';
import { beneficiariesRoutes } from '../modules/beneficiaries/beneficiaries.routes.js';
import { prestigiousPersonsRoutes } from '../modules/prestigious-persons/prestigious-persons.routes.js';
import { dataProtectionRoutes } from '../modules/data-requests/data-protection.routes.js';
import { surveysRoutes } from '../modules/surveys/surveys.routes.js';
import { collectRoutes } from '../modules/surveys/collect.routes.js';
import { openRosaRoutes } from '../modules/surveys/openrosa.routes.js';

/** ODK Collect's OpenRosa calls under app users' key URLs, mounted at /v1 (as ODK Central's). */
export { openRosaRoutes };
import { policiesRoutes } from '../modules/programmes/policies.routes.js';
import { programmesRoutes } from '../modules/programmes/programmes.routes.js';
import { analyticsRoutes } from '../modules/analytics/analytics.routes.js';
import { dashboardsRoutes } from '../modules/analytics/dashboards.routes.js';

/** Every module's routes, mounted under /api. */
export const apiRoutes: FastifyPluginAsync = async (app) => {
  for (const routes of [
    healthRoutes,
    authRoutes,
    ethnicGroupsRoutes,
    adminUnitsRoutes,
    boundariesRoutes,
    mapsRoutes,
    villagesRoutes,
    classificationsRoutes,
    usersRoutes,
    auditRoutes,
    householdsRoutes,
    personsRoutes,
    registerRoutes,
    communeProfileRoutes,
    registerImportRoutes,
    registerExportRoutes,
    accessLogRoutes,
    duplicatesRoutes,
    reportingMetadataRoutes,
    dataEntryRoutes,
    overviewRoutes,
    dhis2Routes,
    reportingAggregateRoutes,
    reportingExcelRoutes,
    tokensRoutes,
    webhooksRoutes,
    supplyDutiesRoutes,
    dataRequestsRoutes,
    beneficiariesRoutes,
    prestigiousPersonsRoutes,
    dataProtectionRoutes,
    surveysRoutes,
    collectRoutes,
    policiesRoutes,
    programmesRoutes,
    analyticsRoutes,
    dashboardsRoutes,
  ]) {
    await app.register(routes);
  }
};
