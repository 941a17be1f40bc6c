import i18n from './index.js';
import { registerVi } from '../pages/register/register.i18n.js';
import { toolsVi } from '../pages/register-tools/tools.i18n.js';
import { reportingVi } from '../pages/reporting/reporting.i18n.js';
import { excelVi } from '../pages/reporting/excel/excel.i18n.js';
import { metadataVi } from '../pages/reporting/metadata/metadata.i18n.js';
import { aggregateVi } from '../pages/reporting/aggregate/aggregate.i18n.js';
import { exchangeVi } from '../pages/reporting/exchange/exchange.i18n.js';
import { helpVi, printVi } from '../pages/help/help.i18n.js';
import { gridVi } from '../pages/reporting/grid-i18n.js';
import { dataUseVi } from '../pages/data-use/data-use.i18n.js';
import { webhooksVi } from '../pages/webhooks/webhooks.i18n.js';
import { mapsVi } from '../pages/boundaries/maps.i18n.js';
import { surveysVi } from '../pages/surveys/surveys.i18n.js';
import { collectVi } from '../pages/collect/collect.i18n.js';
import { programmesVi } from '../pages/programmes/programmes.i18n.js';
import { beneficiariesVi } from '../pages/beneficiaries/beneficiaries.i18n.js';
import { analyticsVi } from '../pages/analytics/analytics.i18n.js';
import { dashboardsVi } from '../pages/dashboards/dashboards.i18n.js';
import { supplyDutiesVi } from '../pages/supply-duties/supply-duties.i18n.js';

// The Vietnamese texts of the areas behind the login (the login page's own texts are in index.ts).
i18n.addResourceBundle(
  'vi',
  'translation',
  {
    register: registerVi,
    reporting: reportingVi,
    reportingExcel: excelVi,
    registerTools: toolsVi,
    reportingMeta: metadataVi,
    reportAggregate: aggregateVi,
    reportExchange: exchangeVi,
    help: helpVi,
    print: printVi,
    reportGrid: gridVi,
    webhooks: webhooksVi,
    surveys: surveysVi,
    collect: collectVi,
    analytics: analyticsVi,
    dashboards: dashboardsVi,
    supplyDuties: supplyDutiesVi,
    dataUse: dataUseVi,
    maps: mapsVi,
    programmes: programmesVi,
    beneficiaries: beneficiariesVi,
  },
  true,
  true,
);
