/**
 * Moved to reorganisations.service.ts; this re-export keeps the register's import of `dayBefore`
 * compiling until it uses `addDays(date, -1)` from src/shared/dates.ts.
 */
export { dayBefore } from './reorganisations.service.js';
