/** Types of scripts/check-sql-placement.mjs, for the tests that call it. */
export type TableUse = { name: string; write: boolean };
export type SqlUse = { line: number; kind: 'builder' | 'sql-template' | 'raw-sql'; what: string; tables: TableUse[]; joinOnly?: boolean };
export type Violation = { file: string; line: number; module: string | null; message: string };
export type Ownership = { owners: Record<string, string[]>; sharedReads: string[] };
export function sqlAllowed(file: string): boolean;
export function moduleOf(file: string): string | null;
export function tablesInSqlText(text: string): TableUse[];
export function findSql(file: string, text: string): SqlUse[];
export function checkFile(file: string, text: string, ownership: Ownership): Violation[];
export function checkTree(root: string): Violation[];
