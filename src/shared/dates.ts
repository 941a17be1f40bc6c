/**
 * Calendar dates as the product stores and shows them: ISO `YYYY-MM-DD` strings, days in Vietnam
 * (UTC+7, no daylight saving). Runs in the server and the browser.
 */
import { z } from 'zod';
import { isIsoDate } from './days.js';

export { addDays, dayInVN, isIsoDate, startOfDayVN, todayVN } from './days.js';

/** The API's date field. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'YYYY-MM-DD' })
  .refine(isIsoDate, { message: '1900-01-01 … 2100-12-31' });
