/**
 * Hard limits on what an upload may hold, in one place so docs and error messages name the same
 * numbers. Files are refused before they are inflated or parsed whole.
 */
import type { FastifyRequest } from 'fastify';

const MB = 1024 * 1024;

/** Largest register import file, MB (IMPORT_MAX_MB). */
export const importMaxMb = () => Number(process.env.IMPORT_MAX_MB ?? 500);

/** File size allowed on each upload route (multipart `fileSize`); other routes get DEFAULT_UPLOAD_BYTES. */
const ROUTE_UPLOAD_BYTES: Record<string, () => number> = {
  '/api/boundaries': () => 20 * MB,
  '/api/register/imports': () => importMaxMb() * MB,
  '/api/villages/import': () => 10 * MB,
  '/api/classification-lists/:id/import': () => 10 * MB,
  '/api/reporting/excel/upload': () => 10 * MB,
  '/api/admin-reorganisations': () => 10 * MB,
  '/api/benefit-deliveries/:id/evidence': () => 2 * MB,
};

export const DEFAULT_UPLOAD_BYTES = 10 * MB;

/** The largest file the route of this request accepts, in bytes. */
export function uploadLimitOf(request: FastifyRequest): number {
  const url = request.routeOptions?.url ?? '';
  return ROUTE_UPLOAD_BYTES[url]?.() ?? DEFAULT_UPLOAD_BYTES;
}

/** Every upload route and its file size limit (for the docs and the OpenAPI text). */
export const uploadRoutes = () => Object.entries(ROUTE_UPLOAD_BYTES).map(([route, bytes]) => ({ route, bytes: bytes() }));

/** What a spreadsheet (XLSX or CSV) may hold once unpacked and parsed. */
export interface SheetLimits {
  /** All parts of an XLSX together, uncompressed. */
  maxUnpackedBytes: number;
  /** The shared-strings part, uncompressed: it is held in memory while the sheet is read. */
  maxSharedStringsBytes: number;
  /** Uncompressed ÷ compressed size of any part bigger than 1 MB (ordinary workbooks stay under 30). */
  maxRatio: number;
  /** Parts in the archive. */
  maxEntries: number;
  /** Characters in one cell (Excel's own maximum). */
  maxCellChars: number;
  /** One row: characters of a CSV record, bytes of a worksheet row's XML. */
  maxRowBytes: number;
}

/** Limits of the small imports (villages, classification lists, report values, unit lists). */
export const SMALL_SHEET: SheetLimits = {
  maxUnpackedBytes: 200 * MB,
  maxSharedStringsBytes: 32 * MB,
  maxRatio: 100,
  maxEntries: 1000,
  maxCellChars: 32_767,
  maxRowBytes: 1 * MB,
};

/** Limits of register imports (hundreds of thousands of rows; sheets are streamed row by row). */
export const REGISTER_SHEET: SheetLimits = {
  ...SMALL_SHEET,
  maxUnpackedBytes: 4096 * MB,
  maxSharedStringsBytes: 256 * MB,
};

/** "20 MB", "512 KB": how a limit is named in messages. */
export function humanBytes(n: number): string {
  return n >= MB ? `${Math.round(n / MB)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}
