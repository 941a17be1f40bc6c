/** Schemas shared by the import routes: the report every import answers, its form fields, file downloads. */
import { z } from 'zod';
import { isoDate } from '../../shared/paging.js';

/** Content type of XLSX files. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The answer of every import endpoint (dry run or real). */
export const importReport = z.object({
  dryRun: z.boolean(),
  /** Whether anything was written (false for a dry run or a file with nothing to change). */
  applied: z.boolean(),
  /** Data rows read. */
  total: z.number(),
  valid: z.number(),
  invalid: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  /** Bad rows left out (with skipInvalid). */
  skipped: z.number(),
  /** Row errors in the error-detail shape (first 1,000). */
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string(), row: z.number().optional(), value: z.unknown().optional() })),
  /** Where to download the XLSX error report (for an hour, by the same user); null without errors. */
  errorReportUrl: z.string().nullable(),
  /** Each row and what happens to it (first 1,000 rows). */
  preview: z.array(z.object({ row: z.number(), action: z.enum(['create', 'update', 'unchanged', 'error']), values: z.record(z.string(), z.string()) })),
});
export type ImportReport = z.infer<typeof importReport>;

/** The form fields every import takes beside the file. */
export const importFormFields = z.strictObject({
  /** true: check only and report what would happen. */
  dryRun: z.string().max(10).optional(),
  /** true: write the good rows and leave out the bad ones (all-or-nothing otherwise). */
  skipInvalid: z.string().max(10).optional(),
  /** Day on which unit codes and names are looked up (default today). */
  date: isoDate.optional(),
});

/** Path parameter of an error report download. */
export const reportTokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) });

/**
 * A downloaded file in a response schema (its content type given by the route's `content`). OpenAPI
 * shows a binary string; the handler sends a Buffer, which Fastify writes as it is (no serializer),
 * hence the wider type.
 */
export const fileResponse = (description: string) => z.string().meta({ format: 'binary' }).describe(description) as unknown as z.ZodType<string | Buffer>;

/** How an import upload appears in OpenAPI (multipart is read by the handler, not by the body validator). */
export const importUploadDoc = z
  .strictObject({
    file: z.any().meta({ type: 'string', format: 'binary' }).describe('Tệp XLSX hoặc CSV / XLSX or CSV file'),
    dryRun: z.string().optional().describe('true: chỉ kiểm tra / check only'),
    skipInvalid: z.string().optional().describe('true: ghi các dòng hợp lệ, bỏ qua dòng lỗi / write the good rows, leave out the bad ones'),
    date: isoDate.optional().describe('Ngày tra cứu mã đơn vị / day unit codes are looked up on'),
  })
  // Fastify hands a multipart request's (empty) body to the validator as null.
  .nullish();

/** Response of an error report download: the XLSX file. */
export const errorReportResponse = {
  200: { content: { [XLSX_TYPE]: { schema: fileResponse('Báo cáo lỗi XLSX: dòng, cột, giá trị, lý do / XLSX error report: row, column, value, reason') } } },
};
