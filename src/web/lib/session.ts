import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, call, http, setCsrfToken } from '../api/client.js';
import type { Lang, Me, Permission } from '../api/types.js';
import { applyLang, rememberLang } from '../i18n/index.js';
import i18n from '../i18n/index.js';

export const ME_KEY = ['auth', 'me'] as const;

/** Reads the session; null when nobody is logged in. Keeps the CSRF token for writes. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await call(http.GET('/api/auth/me'), { quiet401: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

/** True when the logged-in user holds the permission. */
export function useCan(permission: Permission): boolean {
  const { data } = useMe();
  return !!data?.permissions.includes(permission);
}

/** The UI language and a switch that saves it (on the account when logged in, in a cookie always). */
export function useLanguage(): { lang: Lang; setLang: (lang: Lang) => Promise<void> } {
  const qc = useQueryClient();
  const lang = (i18n.language === 'en' ? 'en' : 'vi') as Lang;
  const setLang = useCallback(
    async (next: Lang) => {
      rememberLang(next);
      await applyLang(next);
      const me = qc.getQueryData<Me | null>(ME_KEY);
      if (me) {
        await call(http.PUT('/api/auth/language', { body: { language: next } }));
        qc.setQueryData(ME_KEY, { ...me, language: next } as Me);
      }
      // Server texts (error messages, some labels) come in the user's language.
      await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    },
    [qc],
  );
  return { lang, setLang };
}
