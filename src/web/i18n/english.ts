import en from './en.js';
import { registerEn } from '../pages/register/register.i18n.js';
import { toolsEn } from '../pages/register-tools/tools.i18n.js';
import { reportingEn } from '../pages/reporting/reporting.i18n.js';
import { excelEn } from '../pages/reporting/excel/excel.i18n.js';
import { metadataEn } from '../pages/reporting/metadata/metadata.i18n.js';
import { aggregateEn } from '../pages/reporting/aggregate/aggregate.i18n.js';
import { exchangeEn } from '../pages/reporting/exchange/exchange.i18n.js';
import { accountEn } from '../pages/account/account.i18n.js';
import { helpEn, printEn } from '../pages/help/help.i18n.js';
import { gridEn } from '../pages/reporting/grid-i18n.js';
import { dataUseEn } from '../pages/data-use/data-use.i18n.js';
import { webhooksEn } from '../pages/webhooks/webhooks.i18n.js';
import { mapsEn } from '../pages/boundaries/maps.i18n.js';
import { surveysEn } from '../pages/surveys/surveys.i18n.js';
import { collectEn } from '../pages/collect/collect.i18n.js';
import { programmesEn } from '../pages/programmes/programmes.i18n.js';
import { beneficiariesEn } from '../pages/beneficiaries/beneficiaries.i18n.js';
import { analyticsEn } from '../pages/analytics/analytics.i18n.js';
import { dashboardsEn } from '../pages/dashboards/dashboards.i18n.js';
import { supplyDutiesEn } from '../pages/supply-duties/supply-duties.i18n.js';

/** Every English text, downloaded the first time English is chosen (see loadEnglish). */
export const english = {
  ...en,
  register: registerEn,
  reporting: reportingEn,
  reportingExcel: excelEn,
  registerTools: toolsEn,
  reportingMeta: metadataEn,
  reportAggregate: aggregateEn,
  reportExchange: exchangeEn,
  account: accountEn,
  help: helpEn,
  print: printEn,
  reportGrid: gridEn,
  webhooks: webhooksEn,
  surveys: surveysEn,
  collect: collectEn,
  analytics: analyticsEn,
  dashboards: dashboardsEn,
  supplyDuties: supplyDutiesEn,
  dataUse: dataUseEn,
  maps: mapsEn,
  programmes: programmesEn,
  beneficiaries: beneficiariesEn,
};
