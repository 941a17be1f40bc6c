// Kept so existing imports keep working; new code imports from schema.ts.
export type { RegisterImportTable, RegisterImportErrorTable, ImportStatus, RegisterImport } from './schema.js';
