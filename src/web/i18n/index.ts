import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi.js';
import vi from './vi.js';
import en from './en.js';
import type { Lang } from '../api/types.js';
import { registerEn, registerVi } from '../pages/register/register.i18n.js';
import { toolsEn, toolsVi } from '../pages/register-tools/tools.i18n.js';
import { reportingEn, reportingVi } from '../pages/reporting/reporting.i18n.js';
import { excelEn, excelVi } from '../pages/reporting/excel/excel.i18n.js';
import { metadataEn, metadataVi } from '../pages/reporting/metadata/metadata.i18n.js';
import { aggregateEn, aggregateVi } from '../pages/reporting/aggregate/aggregate.i18n.js';
import { exchangeEn, exchangeVi } from '../pages/reporting/exchange/exchange.i18n.js';
import { accountEn, accountVi } from '../pages/account/account.i18n.js';
import { helpEn, helpVi, printEn, printVi } from '../pages/help/help.i18n.js';
import { gridEn, gridVi } from '../pages/reporting/grid-i18n.js';
import { dataUseEn, dataUseVi } from '../pages/data-use/data-use.i18n.js';

/** The language remembered in the `lang` cookie (used before login and for anonymous pages). */
export function cookieLang(): Lang {
  const m = /(?:^|;\s*)lang=(vi|en)\b/.exec(document.cookie);
  return m ? (m[1] as Lang) : 'vi';
}

export function rememberLang(lang: Lang) {
  document.cookie = `lang=${lang}; path=/; max-age=${365 * 24 * 3600}; samesite=strict`;
}

/** Switches texts, dayjs and the page's lang attribute together. */
export async function applyLang(lang: Lang) {
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  document.documentElement.lang = lang;
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

const initial = cookieLang();
void i18n.use(initReactI18next).init({
  resources: {
    vi: {
      translation: {
        ...vi,
        register: registerVi,
        reporting: reportingVi,
        reportingExcel: excelVi,
        registerTools: toolsVi,
        reportingMeta: metadataVi,
        reportAggregate: aggregateVi,
        reportExchange: exchangeVi,
        account: accountVi,
        help: helpVi,
        print: printVi,
        reportGrid: gridVi,
        dataUse: dataUseVi,
      },
    },
    en: {
      translation: {
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
        dataUse: dataUseEn,
      },
    },
  },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});
dayjs.locale(initial === 'vi' ? 'vi' : 'en');
document.documentElement.lang = initial;

export default i18n;
