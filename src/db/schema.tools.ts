// Kept so existing imports keep working; new code imports from schema.ts.
export type { DuplicateScanMarkTable } from './schema.js';
