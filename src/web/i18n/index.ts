import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi.js';
import vi from './vi.js';
import type { Lang } from '../api/types.js';
import { accountVi } from '../pages/account/account.i18n.js';

/*
 * Texts load in three parts so the login page carries only what it shows: the common Vietnamese texts
 * (menus, buttons, errors, the login and account pages) here; each area's Vietnamese texts with the
 * app's frame after login (areas.ts); all English texts the first time English is chosen (english.ts).
 */

/** The language remembered in the `lang` cookie (used before login and for anonymous pages). */
export function cookieLang(): Lang {
  const m = /(?:^|;\s*)lang=(vi|en)\b/.exec(document.cookie);
  return m ? (m[1] as Lang) : 'vi';
}

export function rememberLang(lang: Lang) {
  document.cookie = `lang=${lang}; path=/; max-age=${365 * 24 * 3600}; samesite=strict`;
}

let english: Promise<void> | null = null;
/** Downloads the English texts once (most users never switch, so they stay out of the first page's files). */
export function loadEnglish(): Promise<void> {
  english ??= import('./english.js')
    .then((m) => {
      i18n.addResourceBundle('en', 'translation', m.english, true, true);
    })
    .catch((err: unknown) => {
      english = null;
      throw err;
    });
  return english;
}

/** Switches texts, dayjs and the page's lang attribute together. */
export async function applyLang(lang: Lang) {
  if (lang === 'en') await loadEnglish();
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  document.documentElement.lang = lang;
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

const initial = cookieLang();
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: { ...vi, account: accountVi } } },
  // English starts as Vietnamese until its texts arrive (i18nReady waits for them).
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});
dayjs.locale('vi');
document.documentElement.lang = 'vi';

/** Resolves once the remembered language's texts are in place (at once for Vietnamese). */
export const i18nReady: Promise<void> = initial === 'en' ? applyLang('en').catch(() => undefined) : Promise.resolve();

export default i18n;
