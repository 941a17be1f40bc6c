import type { FormInstance, FormRule as Rule } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { cccdProblem } from '../../../shared/cccd.js';
import { todayVN } from '../../../shared/dates.js';

export { HOUSEHOLD_CODE, HOUSEHOLD_CODE_MAX, PHONE } from '../../../shared/fields.js';

/** Year of birth from the date when given, else the year field. */
export function birthYearOf(v: { birthDate?: string | null; birthYear?: number | null }): number | undefined {
  if (v.birthDate) return dayjs(v.birthDate).year();
  return v.birthYear ?? undefined;
}

/**
 * Rules of a person's fields, checked as the user types with the server's own CCCD check. `path` is
 * where the person sits in the form (e.g. ['members', 2]).
 */
export function usePersonRules(path: (string | number)[] = []) {
  const { t } = useTranslation();
  const get = (form: { getFieldValue: FormInstance['getFieldValue'] }, name: string) => form.getFieldValue([...path, name]);
  const required = { required: true, message: t('register.form.required') };
  return {
    fullName: [{ ...required, whitespace: true }, { max: 100 }] as Rule[],
    sex: [required] as Rule[],
    ethnicCode: [required] as Rule[],
    relationship: [required] as Rule[],
    birthDate: [
      {
        validator: (_: unknown, v: string | undefined) => (v && v > todayVN() ? Promise.reject(new Error(t('register.form.birthFuture'))) : Promise.resolve()),
      },
    ] as Rule[],
    birthYear: [
      (form: FormInstance) => ({
        validator: (_: unknown, v: number | undefined) => {
          const date = get(form, 'birthDate') as string | undefined;
          if (!date && !v) return Promise.reject(new Error(t('register.form.birthRule')));
          if (date && v && dayjs(date).year() !== v) return Promise.reject(new Error(t('register.form.birthYearMismatch')));
          if (v && v > Number(todayVN().slice(0, 4))) return Promise.reject(new Error(t('register.form.birthFuture')));
          return Promise.resolve();
        },
      }),
    ] as Rule[],
    cccd: [
      (form: FormInstance) => ({
        validator: (_: unknown, v: string | undefined) => {
          const value = v?.trim();
          if (!value) return Promise.resolve();
          const sex = get(form, 'sex') as 'male' | 'female' | undefined;
          const birthYear = birthYearOf({ birthDate: get(form, 'birthDate'), birthYear: get(form, 'birthYear') });
          const p = cccdProblem(value, { sex: sex ?? 'male', birthYear: birthYear ?? 0 });
          // Sex and year are compared only once they are known.
          if (!p || (p.code === 'cccd_sex' && !sex) || (p.code === 'cccd_birth_year' && !birthYear)) return Promise.resolve();
          return Promise.reject(new Error(t(`register.form.${p.code}`, p.params)));
        },
      }),
    ] as Rule[],
  };
}
