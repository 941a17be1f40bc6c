import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../api/types.js';
import { useLanguage } from '../lib/session.js';
import { useShowError } from '../lib/errors.js';

/** VI | EN switch; saved on the account when logged in, and in the `lang` cookie. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang, setLang } = useLanguage();
  const showError = useShowError();
  return (
    <Segmented
      size="small"
      aria-label={t('header.language')}
      value={lang}
      options={[
        { label: 'VI', value: 'vi', title: 'Tiếng Việt' },
        { label: 'EN', value: 'en', title: 'English' },
      ]}
      onChange={(v) => setLang(v as Lang).catch(showError)}
    />
  );
}
